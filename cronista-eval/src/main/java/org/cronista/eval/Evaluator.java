package org.cronista.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cronista.api.Article;
import org.cronista.api.LanguageDetector;
import org.cronista.api.LanguageTag;
import org.cronista.api.events.CodedEvent;
import org.cronista.api.events.EventStatus;
import org.cronista.api.events.EventType;
import org.cronista.pipeline.CodedArticle;
import org.cronista.pipeline.Pipeline;
import org.cronista.pipeline.UnsupportedLanguageException;

/**
 * Codes the texts of gold records with a {@link Pipeline} and has a {@link Scorer} compare the
 * events with the gold ones. Per record, coded events are the article's distinct events (same
 * source, target and code once; mutual ones in either direction) that the text reports as having
 * happened; with {@link Options#hypothetical()} also those it reports as possible or intended; for
 * records with {@link GoldRecord#requireDyad()} only those with a target. Thread-safe.
 */
public final class Evaluator {
    /** Records whose text is read to tell a file's language when neither file nor user gives it. */
    private static final int DETECTION_SAMPLE = 25;

    /**
     * What to count.
     *
     * @param hypothetical also count events the text reports as possible, announced or intended
     *                     (PETRARCH's convention) — negated ones never count
     * @param language     language of records whose file does not say, or null to detect it per file
     * @param threads      records coded at once
     */
    public record Options(boolean hypothetical, LanguageTag language, int threads) {
    }

    private final Pipeline pipeline;
    private final Scorer scorer;
    private final Options options;

    private Evaluator(Pipeline pipeline, Scorer scorer, Options options) {
        this.pipeline = pipeline;
        this.scorer = scorer;
        this.options = options;
    }

    /** An evaluator coding with {@code pipeline}, comparing countries with {@code codes}. */
    public static Evaluator create(Pipeline pipeline, ActorCodes codes, Options options) {
        return new Evaluator(pipeline, new Scorer(codes, pipeline.knowledge().codebook()), options);
    }

    /** Codes and compares every record of a file. */
    public List<RecordResult> evaluate(GoldFile file) {
        LanguageTag fileLanguage = options.language() != null ? options.language() : detect(file);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.threads()), r -> {
            Thread t = new Thread(r, "cronista-eval");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<RecordResult>> futures = new ArrayList<>();
            for (GoldRecord r : file.records()) {
                GoldRecord rec = r.language() != null ? r : r.withLanguage(fileLanguage);
                futures.add(pool.submit(() -> evaluate(rec)));
            }
            List<RecordResult> out = new ArrayList<>(futures.size());
            for (Future<RecordResult> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private LanguageTag detect(GoldFile file) {
        Map<LanguageTag, Integer> votes = new HashMap<>();
        for (GoldRecord r : file.records().subList(0, Math.min(DETECTION_SAMPLE, file.records().size()))) {
            if (r.language() == null) {
                pipeline.detect(r.text()).map(LanguageDetector.DetectedLanguage::language)
                        .ifPresent(l -> votes.merge(l, 1, Integer::sum));
            }
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** Codes and compares one record. */
    public RecordResult evaluate(GoldRecord record) {
        List<CodedItem> coded = new ArrayList<>();
        String failure = null;
        if (record.language() == null) {
            failure = "language unknown";
        } else {
            try {
                CodedArticle a = pipeline.code(new Article(record.id(), null, null, record.date(), record.language(),
                        record.title(), record.text()));
                coded = items(a, record.requireDyad());
            } catch (UnsupportedLanguageException e) {
                failure = e.getMessage();
            }
        }
        return scorer.compare(record, coded, failure);
    }

    private List<CodedItem> items(CodedArticle a, boolean requireDyad) {
        Map<String, CodedItem> distinct = new LinkedHashMap<>();
        for (CodedEvent e : a.mentions()) {
            boolean counts = e.status() == EventStatus.ASSERTED
                    || options.hypothetical() && e.status() == EventStatus.HYPOTHETICAL;
            if (!counts || requireDyad && e.target() == null) {
                continue;
            }
            String src = e.source().code().value();
            String tgt = e.target() == null ? "" : e.target().code().value();
            if (e.symmetric() && !tgt.isEmpty() && tgt.compareTo(src) < 0) {
                String t = src;
                src = tgt;
                tgt = t;
            }
            String key = src + ">" + tgt + ":" + e.type().code().value();
            if (!distinct.containsKey(key)) {
                EventType type = e.type();
                distinct.put(key, new CodedItem(e.source().code().value(),
                        e.target() == null ? "" : e.target().code().value(), type.code().value(),
                        type.plover() == null ? "" : type.plover().name(), e.symmetric(), e.rule(), e.sentence(),
                        a.text().sentenceText(a.text().sentences().get(e.sentence())), e.source().rule(),
                        e.target() == null ? "" : e.target().rule()));
            }
        }
        return new ArrayList<>(distinct.values());
    }

}
