package org.cronista.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.cronista.api.Article;
import org.cronista.api.LanguageTag;
import org.cronista.api.events.Event;
import org.cronista.knowledge.Knowledge;
import org.cronista.knowledge.KnowledgeSource;
import org.cronista.pipeline.CodedArticle;
import org.cronista.pipeline.Pipeline;
import org.cronista.pipeline.UnsupportedLanguageException;

/**
 * Codes a sample of each news corpus in {@code ../shared/corpora} and prints, per corpus, how many
 * events were found and the share that have a target, a location and a date other than the
 * publication date. Run with {@code ./dev stats [max-articles]}.
 */
public final class CorpusStats {
    private static final List<String> CORPORA = List.of(
            "reuters21578/reuters21578_politics_world.jsonl", "bbc_news/bbc_news_en.jsonl",
            "kind_wikinews_it/kind_wikinews_it.jsonl", "gnad10k_de/gnad10k_test_de.jsonl",
            "conll2002_efe_es/conll2002_efe_es.jsonl", "masakhanews_fr/masakhanews_fr.jsonl",
            "nerel_wikinews_ru/nerel_wikinews_ru.jsonl");

    private CorpusStats() {
    }

    /** Prints the statistics table. */
    public static void main(String[] args) throws Exception {
        int max = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        Path corpora = Path.of(System.getProperty("cronista.shared", "../shared")).resolve("corpora");
        Pipeline pipeline = Pipeline.create(Knowledge.load(KnowledgeSource.shipped()));
        System.out.printf(Locale.ROOT, "%-48s %6s %9s %7s %8s %9s %9s%n", "corpus", "docs", "sentences", "events",
                "target", "location", "own date");
        for (String c : CORPORA) {
            Path file = corpora.resolve(c);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            List<Article> docs = PipelineBenchmark.read(file, max);
            long sentences = 0;
            long events = 0;
            long target = 0;
            long located = 0;
            long dated = 0;
            int coded = 0;
            for (Article a : docs) {
                CodedArticle ca;
                try {
                    ca = pipeline.code(a);
                } catch (UnsupportedLanguageException e) {
                    continue;
                }
                coded++;
                sentences += ca.text().sentences().size();
                for (Event e : ca.events()) {
                    events++;
                    target += e.target() != null ? 1 : 0;
                    located += e.place() != null ? 1 : 0;
                    dated += e.date() != null && !e.date().equals(a.published()) ? 1 : 0;
                }
            }
            System.out.printf(Locale.ROOT, "%-48s %6d %9d %7d %7.1f%% %8.1f%% %8.1f%%%n", c, coded, sentences, events,
                    pct(target, events), pct(located, events), pct(dated, events));
        }
    }

    private static double pct(long n, long d) {
        return d == 0 ? 0 : 100.0 * n / d;
    }
}
