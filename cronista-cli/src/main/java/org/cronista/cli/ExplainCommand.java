package org.cronista.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.cronista.api.Article;
import org.cronista.api.LanguageTag;
import org.cronista.api.actors.ActorMention;
import org.cronista.api.events.CodedEvent;
import org.cronista.api.geo.PlaceMention;
import org.cronista.api.text.Sentence;
import org.cronista.api.text.Token;
import org.cronista.pipeline.CodedArticle;
import org.cronista.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cronista explain}: shows every stage's output for one text — tokens with lemma and part of
 * speech, places, actors with the dictionary lines behind them, and every event mention with its
 * rule and status — so that a dictionary author sees why something was or was not coded.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Show each stage's output for a text: tokens, places, actors, event mentions and rules.")
final class ExplainCommand implements Callable<Integer> {

    @Parameters(paramLabel = "TEXT|FILE", description = "The text to explain, or a file holding it.")
    String input;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date (default: today).")
    LocalDate date;

    @Option(names = "--lang", paramLabel = "auto|xx", defaultValue = "auto", description = "Language (default: auto).")
    String lang;

    @Option(names = "--tokens", description = "Also list each token's readings.")
    boolean tokens;

    @Mixin
    KnowledgeOptions knowledge;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path p = Path.of(input);
        String text = input.length() < 4096 && Files.isRegularFile(p) ? Files.readString(p) : input;
        LanguageTag tag = "auto".equalsIgnoreCase(lang) ? null : LanguageTag.of(lang);
        Pipeline pipeline = Pipeline.create(knowledge.load());
        CodedArticle a = pipeline.code(new Article("input", null, null, date != null ? date : LocalDate.now(), tag,
                null, text));
        PrintWriter out = spec.commandLine().getOut();
        out.println("language: " + a.language());
        for (Sentence s : a.text().sentences()) {
            out.println();
            out.println("[" + s.index() + "] " + a.text().sentenceText(s));
            if (tokens) {
                for (Token t : s.tokens()) {
                    out.printf("      %-18s %-16s %-6s %s%n", t.text(), t.lemma(), t.upos(), t.reading().features());
                }
            }
            for (PlaceMention pm : a.places()) {
                if (pm.sentence() == s.index()) {
                    out.println("   place  " + pm.span().of(a.text().text()) + " -> " + pm.place().name() + " ("
                            + pm.place().feature() + ", " + pm.place().country() + ")" + (pm.locative() ? " locative" : ""));
                }
            }
            for (ActorMention m : a.actors()) {
                if (m.sentence() == s.index()) {
                    out.println("   actor  " + m.span().of(a.text().text()) + " -> " + m.code() + " " + m.kind()
                            + "  [" + m.rule() + "]");
                }
            }
            for (CodedEvent e : a.mentions()) {
                if (e.sentence() == s.index()) {
                    out.println("   event  " + e.source().code() + " -> " + (e.target() == null ? "-" : e.target().code())
                            + " " + e.type().code() + " (" + e.type().name() + ") " + e.status().name().toLowerCase()
                            + "  rule " + e.rule() + "  trigger \"" + e.trigger().of(a.text().text()) + "\""
                            + (e.place() != null ? "  at " + e.place().place().name() : ""));
                }
            }
        }
        out.flush();
        return 0;
    }
}
