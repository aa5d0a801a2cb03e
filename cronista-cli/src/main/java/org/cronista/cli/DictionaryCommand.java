package org.cronista.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.cronista.analysis.LanguageToolAnalyzer;
import org.cronista.api.LanguageTag;
import org.cronista.api.text.AnalyzedText;
import org.cronista.api.text.Upos;
import org.cronista.dictionary.DictionaryChecker;
import org.cronista.dictionary.ImportResult;
import org.cronista.dictionary.PetrarchImporter;
import org.cronista.knowledge.Knowledge;
import org.cronista.knowledge.KnowledgeSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cronista dictionary}: import other coders' dictionaries and check dictionary folders. */
@Command(name = "dictionary", mixinStandardHelpOptions = true,
        description = "Import PETRARCH/TABARI dictionaries; check dictionary folders.",
        subcommands = {DictionaryCommand.Import.class, DictionaryCommand.Check.class})
final class DictionaryCommand {

    /** {@code cronista dictionary import}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Convert PETRARCH/TABARI actor, agent and verb dictionaries into Cronista's files "
                    + "(<lang>/actors.tsv, agents.tsv, events.tsv; world/cameo.tsv for codes the codebook lacks) "
                    + "and report what could not be carried over.")
    static final class Import implements Callable<Integer> {
        @Option(names = "--format", required = true, description = "Format of the files: petrarch.")
        String format;

        @Parameters(paramLabel = "FILE", arity = "1..*", description = "Dictionary files (actors, agents, verbs).")
        List<Path> files = new ArrayList<>();

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the files into.")
        Path out;

        @Option(names = "--lang", defaultValue = "en", paramLabel = "xx",
                description = "Language of the dictionaries (default: ${DEFAULT-VALUE}).")
        String lang;

        @Option(names = "--verbose", description = "List every source line that could not be carried over.")
        boolean verbose;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
            if (!format.equalsIgnoreCase("petrarch")) {
                err.println("cronista: unknown dictionary format '" + format + "' (known: petrarch)");
                return 2;
            }
            for (Path f : files) {
                if (!Files.isRegularFile(f)) {
                    err.println("cronista: " + f + ": no such file");
                    return 2;
                }
            }
            LanguageTag tag = LanguageTag.of(lang);
            Knowledge k = Knowledge.load(KnowledgeSource.shipped());
            ImportResult r = PetrarchImporter.create(tag, k.codebook(), functionWords(k, tag)).importFiles(files);
            r.write(out);
            PrintWriter o = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
            r.written().forEach((file, n) -> o.printf(Locale.ROOT, "wrote %s: %d lines%n", out.resolve(file), n));
            if (!r.losses().isEmpty()) {
                o.println("not carried over:");
                r.losses().forEach((why, where) -> {
                    o.printf(Locale.ROOT, "  %5d  %s%n", where.size(), why);
                    for (String w : verbose ? where : where.subList(0, Math.min(2, where.size()))) {
                        o.println("           " + w);
                    }
                });
            }
            return 0;
        }

        /** Words the language's tagger reads as articles, prepositions, conjunctions or pronouns. */
        private static Predicate<String> functionWords(Knowledge k, LanguageTag tag) {
            if (k.pack(tag).isEmpty()) {
                return w -> false;
            }
            LanguageToolAnalyzer a = LanguageToolAnalyzer.create(k.pack(tag).orElseThrow());
            Set<Upos> function = Set.of(Upos.DET, Upos.ADP, Upos.CCONJ, Upos.SCONJ, Upos.PART, Upos.PRON);
            return w -> {
                AnalyzedText t = a.analyze(w);
                return t.sentences().size() == 1 && t.sentences().get(0).size() == 1
                        && function.contains(t.sentences().get(0).token(0).upos());
            };
        }
    }

    /** {@code cronista dictionary check}. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Validate dictionaries: duplicates, malformed codes and dates, overlapping periods of a "
                    + "person, entries that shadow each other, pattern problems. Prints file:line for each problem; "
                    + "exits 1 when there is any.")
    static final class Check implements Callable<Integer> {
        @Option(names = "--only", paramLabel = "DIR",
                description = "Check only the dictionaries of this folder (same layout as the shipped data), against "
                        + "the shipped codebook, grammar and tag sets, not the shipped dictionaries.")
        Path only;

        @Mixin
        KnowledgeOptions knowledge;

        @Override
        public Integer call() throws IOException {
            KnowledgeSource source = only != null ? KnowledgeSource.dictionariesOnly(List.of(only)) : knowledge.source();
            DictionaryChecker.Report r = DictionaryChecker.check(source);
            PrintWriter o = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
            r.problems().forEach(o::println);
            r.warnings().forEach(w -> o.println(w.file() + ":" + w.line() + ": warning: " + w.message()));
            o.println((r.problems().isEmpty() ? "no problems" : r.problems().size() + " problems")
                    + (r.warnings().isEmpty() ? "" : ", " + r.warnings().size() + " warnings (redundant lines)"));
            return r.problems().isEmpty() ? 0 : 1;
        }
    }
}
