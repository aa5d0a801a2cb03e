package org.cronista.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.cronista.api.Article;
import org.cronista.ingest.Document;
import org.cronista.ingest.JsonLinesReader;
import org.cronista.ingest.ReadOptions;
import org.cronista.ingest.ReadResult;
import org.cronista.knowledge.Knowledge;
import org.cronista.knowledge.KnowledgeSource;
import org.cronista.pipeline.Pipeline;
import org.cronista.store.EventStore;
import org.cronista.store.ingest.IngestProgress;
import org.cronista.store.ingest.IngestSummary;
import org.cronista.store.ingest.Ingester;

/**
 * The whole ingest (read, code, store) of a JSON-lines corpus into a fresh event database, timed:
 * articles per second and peak memory. Not a JMH benchmark: one cold run, as a user would see it.
 * Run with {@code ./dev ingest-bench [CORPUS] [--code-only]}; the default corpus is Reuters-21578
 * from the shared folder. {@code --code-only} codes the same articles on the same threads without
 * storing them, to show what the store costs.
 */
public final class IngestBench {
    private IngestBench() {
    }

    public static void main(String[] args) throws Exception {
        boolean codeOnly = List.of(args).contains("--code-only");
        Path corpus = List.of(args).stream().filter(a -> !a.startsWith("--")).findFirst().map(Path::of)
                .orElse(Path.of(System.getProperty("cronista.shared", "../shared"),
                        "corpora", "reuters21578", "reuters21578.jsonl"));
        if (!Files.isRegularFile(corpus)) {
            System.err.println("ingest-bench: no corpus at " + corpus);
            System.exit(2);
        }
        long t0 = System.nanoTime();
        Pipeline pipeline = Pipeline.create(Knowledge.load(KnowledgeSource.shipped()));
        double startup = (System.nanoTime() - t0) / 1e9;
        int threads = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "corpus %s; %d cores; heap limit %d MB; start-up (knowledge, pipeline) %.1f s%n",
                corpus, threads, Runtime.getRuntime().maxMemory() >> 20, startup);
        if (codeOnly) {
            codeOnly(pipeline, corpus, threads);
        } else {
            ingest(pipeline, corpus, startup);
        }
        System.out.printf(Locale.ROOT, "peak heap %d MB (sum of the heap pools' peaks), peak resident memory %s%n",
                peakHeap() >> 20, peakRss());
    }

    private static void ingest(Pipeline pipeline, Path corpus, double startup) throws IOException {
        Path dir = Files.createTempDirectory("cronista-ingest-bench");
        Path db = dir.resolve("bench.duckdb");
        try (EventStore store = EventStore.open(db)) {
            Ingester ingester = Ingester.create(store, pipeline, Ingester.Settings.defaults());
            long cpu0 = cpuNanos();
            IngestSummary s = ingester.run(List.of(corpus), new ReadOptions(LocalDate.now(), null),
                    new IngestProgress(), skip -> { });
            cpuShare(cpuNanos() - cpu0, s.seconds());
            System.out.printf(Locale.ROOT, "read %d, stored %d, already present %d, skipped %d; %d events, %d mentions%n",
                    s.read(), s.stored(), s.present(), s.skipped(), s.totals().events(), s.totals().mentions());
            System.out.printf(Locale.ROOT, "ingest %.1f s: %.0f articles/s (%.0f/s counting start-up)%n",
                    s.seconds(), s.articlesPerSecond(), s.read() / (s.seconds() + startup));
            System.out.printf(Locale.ROOT, "database %d MB%n", (Files.size(db)) >> 20);
        } finally {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    private static void codeOnly(Pipeline pipeline, Path corpus, int threads) throws InterruptedException {
        List<Article> docs = new ArrayList<>();
        try (Stream<ReadResult> s = new JsonLinesReader(new ReadOptions(LocalDate.now(), null)).read(corpus)) {
            s.forEach(r -> {
                if (r instanceof Document d) {
                    docs.add(d.article());
                }
            });
        }
        long t0 = System.nanoTime();
        long cpu0 = cpuNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (Article a : docs) {
            pool.execute(() -> {
                try {
                    pipeline.code(a);
                } catch (Exception e) {
                    // Counted as done: the ingest skips such articles too.
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        double s = (System.nanoTime() - t0) / 1e9;
        cpuShare(cpuNanos() - cpu0, s);
        System.out.printf(Locale.ROOT, "coded %d articles on %d threads in %.1f s: %.0f articles/s (no reading, no store)%n",
                docs.size(), threads, s, docs.size() / s);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** How much of the machine the run had: on a shared machine other processes take the rest. */
    private static void cpuShare(long cpuNanos, double seconds) {
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "process CPU time %.1f s = %.0f%% of %d cores over %.1f s%n",
                cpuNanos / 1e9, 100 * cpuNanos / 1e9 / (seconds * cores), cores, seconds);
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** The process's peak resident set (Java heap, DuckDB and the rest), from Linux's /proc. */
    private static String peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    return (kb >> 10) + " MB";
                }
            }
        } catch (IOException | NumberFormatException e) {
            // Not Linux: unknown.
        }
        return "unknown";
    }
}
