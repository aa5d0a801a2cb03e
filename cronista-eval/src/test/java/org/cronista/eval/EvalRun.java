package org.cronista.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cronista.api.LanguageTag;
import org.cronista.knowledge.Knowledge;
import org.cronista.knowledge.KnowledgeSource;
import org.cronista.pipeline.Pipeline;

/** Runs an evaluation for the integration tests and totals it per language. */
final class EvalRun {
    private EvalRun() {
    }

    /** Scores of the given gold files coded with {@code source}, per language. */
    static Map<String, Scores> scores(KnowledgeSource source, LanguageTag lang, boolean hypothetical, Path... gold)
            throws IOException {
        Knowledge k = Knowledge.load(source);
        Evaluator e = Evaluator.create(Pipeline.create(k),
                ActorCodes.create(Knowledge.load(KnowledgeSource.shipped()).countries()),
                new Evaluator.Options(hypothetical, lang, 2));
        List<RecordResult> all = new ArrayList<>();
        for (Path g : gold) {
            for (Path f : GoldFiles.expand(g)) {
                all.addAll(e.evaluate(GoldFiles.read(f)));
            }
        }
        Map<String, Scores> out = new LinkedHashMap<>();
        for (RecordResult r : all) {
            out.computeIfAbsent(r.language() == null ? "??" : r.language().code(), x -> new Scores()).add(r);
        }
        return out;
    }

    /** The shared evaluation material (../shared), if present. */
    static Optional<Path> shared() {
        String p = System.getProperty("cronista.shared");
        return p != null && Files.isDirectory(Path.of(p)) ? Optional.of(Path.of(p)) : Optional.empty();
    }
}
