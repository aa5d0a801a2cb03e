package org.cronista.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.cronista.api.Article;
import org.cronista.api.LanguageTag;
import org.cronista.knowledge.Knowledge;
import org.cronista.knowledge.KnowledgeSource;
import org.cronista.pipeline.CodedArticle;
import org.cronista.pipeline.Pipeline;
import org.cronista.pipeline.UnsupportedLanguageException;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole coding pipeline (language given, so no detection; analysis, places, actors, events,
 * places, dates) over real news. One operation codes one article; the {@code sentences} counter
 * gives sentences per second. Run with one and two threads to see the use of both cores.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class PipelineBenchmark {

    /** Articles and pipeline, shared by all benchmark threads. */
    @State(Scope.Benchmark)
    public static class Corpus {
        /** A JSON-lines corpus with {@code text}, {@code title}, {@code lang} and {@code date} fields. */
        @Param({"reuters21578/reuters21578.jsonl"})
        public String corpus;

        /** How many articles to cycle through. */
        @Param({"2000"})
        public int articles;

        Pipeline pipeline;
        List<Article> docs;
        final AtomicInteger next = new AtomicInteger();

        @Setup(Level.Trial)
        public void load() throws IOException {
            Path shared = Path.of(System.getProperty("cronista.shared", "../shared"));
            Path file = shared.resolve("corpora").resolve(corpus);
            docs = read(file, articles);
            pipeline = Pipeline.create(Knowledge.load(KnowledgeSource.shipped()));
        }

        Article take() {
            return docs.get(Math.floorMod(next.getAndIncrement(), docs.size()));
        }
    }

    /** Counts sentences and events per thread; JMH reports them as rates. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counts {
        /** Sentences coded. */
        public long sentences;
        /** Events found. */
        public long events;
    }

    @Benchmark
    public CodedArticle codeArticle(Corpus c, Counts n) throws UnsupportedLanguageException {
        CodedArticle a = c.pipeline.code(c.take());
        n.sentences += a.text().sentences().size();
        n.events += a.events().size();
        return a;
    }

    /** Reads up to {@code max} non-empty articles of a JSON-lines corpus. */
    static List<Article> read(Path file, int max) throws IOException {
        ObjectMapper om = new ObjectMapper();
        List<Article> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null && out.size() < max; ) {
                JsonNode n = om.readTree(line);
                String text = n.path("text").asText("");
                if (text.isBlank()) {
                    continue;
                }
                String date = n.path("date").asText("");
                out.add(new Article(n.path("id").asText(), null, null,
                        date.isEmpty() || "null".equals(date) ? LocalDate.of(2000, 1, 1) : LocalDate.parse(date),
                        n.hasNonNull("lang") ? LanguageTag.of(n.get("lang").asText()) : null,
                        n.hasNonNull("title") ? n.get("title").asText() : null, text));
            }
        }
        return out;
    }
}
