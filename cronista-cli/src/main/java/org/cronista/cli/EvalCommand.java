package org.cronista.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cronista.api.LanguageTag;
import org.cronista.eval.ActorCodes;
import org.cronista.eval.Evaluator;
import org.cronista.eval.GoldFile;
import org.cronista.eval.GoldFiles;
import org.cronista.eval.RecordResult;
import org.cronista.eval.ReportPrinter;
import org.cronista.knowledge.Knowledge;
import org.cronista.knowledge.KnowledgeSource;
import org.cronista.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cronista eval}: codes the texts of gold files and prints precision, recall and F1 at three
 * levels, PLOVER-type agreement, the shares of records right, with missed and with extra events, and
 * a confusion table of CAMEO roots; {@code --errors} lists each miss and extra with its rule.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score Cronista against gold files (PETRARCH XML, PLOVER JSON, Cronista JSON lines).")
final class EvalCommand implements Callable<Integer> {

    @Parameters(paramLabel = "GOLD", arity = "1..*",
            description = "Gold files or folders of them: *.xml (PETRARCH), PLOVER's JSON array, "
                    + "NAME.documents.jsonl with NAME.events.jsonl, or *.jsonl of gold records.")
    List<Path> gold = new ArrayList<>();

    @Option(names = "--lang", paramLabel = "xx",
            description = "Language of records whose file does not say (default: detected per file).")
    String lang;

    @Option(names = "--errors", description = "List each missed and each extra event with its sentence and rules.")
    boolean errors;

    @Option(names = "--hypothetical",
            description = "Also count events the text gives as possible, announced or intended (PETRARCH's "
                    + "convention); negated ones never count.")
    boolean hypothetical;

    @Option(names = "--dictionaries-only", paramLabel = "DIR",
            description = "Code with the dictionaries (actors, agents, events, people, countries, places) of DIR "
                    + "instead of the shipped ones, keeping the shipped grammar, tag sets and codebook.")
    Path dictionariesOnly;

    @Mixin
    KnowledgeOptions knowledge;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        KnowledgeSource source = knowledge.source();
        if (dictionariesOnly != null) {
            List<Path> folders = new ArrayList<>(List.of(dictionariesOnly));
            folders.addAll(knowledge.folders);
            source = KnowledgeSource.dictionariesOnly(folders);
        }
        Knowledge k = Knowledge.load(source);
        Knowledge shipped = dictionariesOnly == null ? k : Knowledge.load(KnowledgeSource.shipped());
        Evaluator evaluator = Evaluator.create(Pipeline.create(k), ActorCodes.create(shipped.countries()),
                new Evaluator.Options(hypothetical, lang == null ? null : LanguageTag.of(lang),
                        Runtime.getRuntime().availableProcessors()));
        ReportPrinter printer = new ReportPrinter(out, errors);
        List<RecordResult> all = new ArrayList<>();
        int status = 0;
        int files = 0;
        for (Path p : gold) {
            if (!Files.exists(p)) {
                err.println("cronista: " + p + ": no such file or folder");
                status = 1;
                continue;
            }
            for (Path f : GoldFiles.expand(p)) {
                GoldFile file;
                try {
                    file = GoldFiles.read(f);
                } catch (IOException e) {
                    err.println("cronista: " + e.getMessage());
                    status = 1;
                    continue;
                }
                List<RecordResult> results = evaluator.evaluate(file);
                printer.file(file, results);
                all.addAll(results);
                files++;
            }
        }
        if (files > 1) {
            printer.summary(all);
        }
        return status;
    }
}
