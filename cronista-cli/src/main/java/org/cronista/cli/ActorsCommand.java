package org.cronista.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.cronista.api.LanguageTag;
import org.cronista.api.actors.ActorMention;
import org.cronista.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cronista actors}: questions about the actor dictionaries. */
@Command(name = "actors", mixinStandardHelpOptions = true, description = "Look up actors in the dictionaries.",
        subcommands = ActorsCommand.Lookup.class)
final class ActorsCommand {

    /**
     * {@code cronista actors lookup TEXT --lang xx --date YYYY-MM-DD}: the code or codes a phrase
     * resolves to on a date, and the dictionary lines and dated roles behind them.
     */
    @Command(name = "lookup", mixinStandardHelpOptions = true,
            description = "Print the code(s) a phrase resolves to on a date, and why.")
    static final class Lookup implements Callable<Integer> {
        @Parameters(paramLabel = "TEXT", arity = "1..*", description = "The phrase (several words are joined).")
        List<String> words;

        @Option(names = "--lang", required = true, paramLabel = "xx", description = "Language of the phrase.")
        String lang;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Date the phrase is read on (default: today).")
        LocalDate date;

        @Mixin
        KnowledgeOptions knowledge;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            String text = String.join(" ", words);
            LocalDate on = date != null ? date : LocalDate.now();
            List<ActorMention> found = Pipeline.create(knowledge.load()).actors(text, LanguageTag.of(lang), on);
            if (found.isEmpty()) {
                out.println("no actor in \"" + text + "\" (" + lang + ", " + on + ")");
                out.flush();
                return 1;
            }
            for (ActorMention m : found) {
                out.printf("%-12s %-10s \"%s\" = %s%n", m.code(), m.kind().name().toLowerCase(java.util.Locale.ROOT),
                        m.span().of(text), m.name());
                out.println("             because " + m.rule());
            }
            out.flush();
            return 0;
        }
    }
}
