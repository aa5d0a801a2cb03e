package org.cronista.store.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.cronista.ingest.ArticleReaders;
import org.cronista.ingest.Document;
import org.cronista.ingest.ReadOptions;
import org.cronista.ingest.ReadResult;
import org.cronista.ingest.Skip;
import org.cronista.knowledge.Knowledge;
import org.cronista.output.GdeltEventRow;
import org.cronista.output.GeoLabels;
import org.cronista.pipeline.Pipeline;
import org.cronista.pipeline.UnsupportedLanguageException;
import org.cronista.store.ArticleId;
import org.cronista.store.EventStore;
import org.cronista.store.StoreException;

/**
 * Ingests files into a store: the calling thread reads the inputs; a bounded pool drops articles
 * stored already or met earlier in the run (by {@link ArticleId}) and codes the rest in parallel; one writer thread stores them in batches
 * ({@link BatchWriter}). At most {@link Settings#inFlight()} articles are between reading and
 * storing at any time, so memory stays flat however large the input. Bad records are skipped and
 * reported, never fatal; a database failure stops the run with nothing half-written. One ingester
 * runs one ingest at a time.
 */
public final class Ingester {
    private static final Object END = new Object();
    /** Longest a writer waits to fill a batch. */
    private static final long BATCH_WAIT_MS = 200;

    private final EventStore store;
    private final Pipeline pipeline;
    private final GdeltEventRow gdelt;
    private final Settings settings;

    /**
     * How an ingest runs.
     *
     * @param threads   coding threads
     * @param batchSize most articles per transaction
     * @param inFlight  most articles read but not yet stored
     */
    public record Settings(int threads, int batchSize, int inFlight) {
        public Settings {
            if (threads < 1 || batchSize < 1 || inFlight < 1) {
                throw new IllegalArgumentException("threads, batch size and in-flight must be positive");
            }
        }

        /** One coding thread per core, batches of up to 1,000 articles, 4,096 in flight. */
        public static Settings defaults() {
            return new Settings(Runtime.getRuntime().availableProcessors(), 1000, 4096);
        }
    }

    private Ingester(EventStore store, Pipeline pipeline, GdeltEventRow gdelt, Settings settings) {
        this.store = store;
        this.pipeline = pipeline;
        this.gdelt = gdelt;
        this.settings = settings;
    }

    /** An ingester into {@code store}, coding with {@code pipeline}. */
    public static Ingester create(EventStore store, Pipeline pipeline, Settings settings) {
        if (store.readOnly()) {
            throw new IllegalArgumentException("the store is open for reading only");
        }
        Knowledge k = pipeline.knowledge();
        return new Ingester(store, pipeline, new GdeltEventRow(new GeoLabels(k.gazetteer(), k.countries())), settings);
    }

    /**
     * Reads, codes and stores every article under {@code paths} (files and folders).
     *
     * @param progress counters to update as it goes
     * @param onSkip   told of each skipped record as it happens (from any thread)
     * @throws StoreException if the database fails; what was committed before stays
     */
    public IngestSummary run(List<Path> paths, ReadOptions options, IngestProgress progress, Consumer<Skip> onSkip) {
        long t0 = System.nanoTime();
        Run run = new Run(progress, onSkip);
        List<Path> files = ArticleReaders.files(paths, s -> {
            progress.read.incrementAndGet();
            run.skip(s);
        });
        for (Path f : files) {
            try {
                progress.bytesTotal.addAndGet(Files.size(f));
            } catch (IOException e) {
                // Reported when the file is read.
            }
        }
        EventStore.Counts before = store.counts();
        Thread writer = new Thread(run::write, "cronista-writer");
        ExecutorService coders = Executors.newFixedThreadPool(settings.threads(), named("cronista-code"));
        writer.start();
        try {
            loadStoredIds(run.ids);
            for (Path f : files) {
                if (run.failure.get() != null) {
                    break;
                }
                try (InputStream in = new Counting(Files.newInputStream(f), progress.bytesRead);
                     Stream<ReadResult> results = ArticleReaders.forFile(f, options).read(f.toString(), in)) {
                    results.forEach(r -> {
                        progress.read.incrementAndGet();
                        if (r instanceof Skip s) {
                            run.skip(s);
                        } else {
                            submit((Document) r, coders, run);
                        }
                    });
                } catch (IOException e) {
                    progress.read.incrementAndGet();
                    run.skip(new Skip(f.toString(), "cannot read: " + e.getMessage()));
                }
            }
        } catch (SQLException e) {
            run.failure.compareAndSet(null, e);
        } finally {
            coders.shutdown();
            awaitQuietly(coders);
            run.queue.add(END);
            joinQuietly(writer);
        }
        Throwable failure = run.failure.get();
        if (failure != null) {
            throw failure instanceof StoreException se ? se
                    : new StoreException("ingest stopped: " + failure.getMessage(), failure);
        }
        EventStore.Counts after = store.counts();
        return new IngestSummary(progress.read(), progress.stored(), progress.present(), progress.skipped(),
                run.reasons(), after.events() - before.events(), progress.mentions(), after,
                (System.nanoTime() - t0) / 1e9);
    }

    /** The ids of the articles stored already, so that they are recognised without a query each. */
    private void loadStoredIds(IdSet ids) throws SQLException {
        try (Connection c = store.newConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM articles")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
    }

    /** Hands an article to the coders, waiting while too many are in flight. */
    private void submit(Document d, ExecutorService coders, Run run) {
        run.permits.acquireUninterruptibly();
        coders.execute(() -> code(d, run));
    }

    /** Codes an article and queues its rows for the writer, unless it is stored already or on its way. */
    private void code(Document d, Run run) {
        String id = ArticleId.of(d.article());
        if (run.failure.get() != null || !run.ids.add(id)) {
            if (run.failure.get() == null) {
                run.progress.present.incrementAndGet();
            }
            run.permits.release();
            return;
        }
        try {
            ArticleRows rows = ArticleRows.of(id, pipeline.code(d.article()), gdelt, Instant.now());
            run.queue.add(rows);
        } catch (UnsupportedLanguageException e) {
            notCoded(id, new Skip(d.origin(), e.getMessage()), run);
        } catch (RuntimeException | StackOverflowError e) {
            notCoded(id, new Skip(d.origin(), "could not be coded (" + e + ")"), run);
        }
    }

    private static void notCoded(String id, Skip skip, Run run) {
        // Forgotten, so that the same text met again is skipped again rather than taken as stored.
        run.ids.remove(id);
        run.skip(skip);
        run.permits.release();
    }

    /** The state of one run, shared by its threads. */
    private final class Run {
        final IngestProgress progress;
        final Consumer<Skip> onSkip;
        final Semaphore permits = new Semaphore(settings.inFlight());
        final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(settings.inFlight() + 1);
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        /** Articles stored, or read and on their way to the store. */
        final IdSet ids = new IdSet();
        final Map<String, AtomicLong> reasons = new ConcurrentHashMap<>();

        Run(IngestProgress progress, Consumer<Skip> onSkip) {
            this.progress = progress;
            this.onSkip = onSkip;
        }

        void skip(Skip s) {
            progress.skipped.incrementAndGet();
            reasons.computeIfAbsent(s.kind(), k -> new AtomicLong()).incrementAndGet();
            synchronized (onSkip) {
                onSkip.accept(s);
            }
        }

        Map<String, Long> reasons() {
            Map<String, Long> out = new LinkedHashMap<>();
            reasons.entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<String, AtomicLong> e) -> -e.getValue().get())
                            .thenComparing(Map.Entry::getKey))
                    .forEach(e -> out.put(e.getKey(), e.getValue().get()));
            return out;
        }

        /** The writer thread: batches of whole articles, one transaction each. */
        void write() {
            List<ArticleRows> batch = new ArrayList<>(settings.batchSize());
            try (BatchWriter writer = BatchWriter.open(store)) {
                boolean end = false;
                while (!end) {
                    Object first = queue.take();
                    if (first == END) {
                        break;
                    }
                    batch.add((ArticleRows) first);
                    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(BATCH_WAIT_MS);
                    while (batch.size() < settings.batchSize()) {
                        Object o = queue.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                        if (o == null) {
                            break;
                        }
                        if (o == END) {
                            end = true;
                            break;
                        }
                        batch.add((ArticleRows) o);
                    }
                    if (failure.get() == null) {
                        BatchWriter.Result r = writer.write(batch);
                        progress.stored.addAndGet(r.stored());
                        progress.newEvents.addAndGet(r.newEvents());
                        progress.mentions.addAndGet(r.mentions());
                    }
                    permits.release(batch.size());
                    batch.clear();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure.compareAndSet(null, e);
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
                // Keep taking articles (and freeing their places) so that the reader can stop.
                drainAfterFailure(batch.size());
            }
        }

        private void drainAfterFailure(int held) {
            permits.release(held);
            try {
                Object o;
                while ((o = queue.take()) != END) {
                    if (o instanceof ArticleRows) {
                        permits.release();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // Coding threads finish the articles already handed to them.
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void joinQuietly(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Counts the bytes read through it. */
    private static final class Counting extends FilterInputStream {
        private final AtomicLong count;

        Counting(InputStream in, AtomicLong count) {
            super(in);
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count.addAndGet(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            count.addAndGet(s);
            return s;
        }
    }
}
