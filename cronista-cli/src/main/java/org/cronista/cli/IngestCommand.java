package org.cronista.cli;

import java.io.Console;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.cronista.api.LanguageTag;
import org.cronista.ingest.ReadOptions;
import org.cronista.ingest.Skip;
import org.cronista.knowledge.Knowledge;
import org.cronista.pipeline.Pipeline;
import org.cronista.store.EventStore;
import org.cronista.store.StoreException;
import org.cronista.store.ingest.IngestProgress;
import org.cronista.store.ingest.IngestSummary;
import org.cronista.store.ingest.Ingester;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cronista ingest}: codes articles from files and folders and stores their events. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Code news articles and store them and their events in the event database.",
                "Reads text, HTML (boilerplate removed), JSON lines (.jsonl), RSS/Atom feeds (.rss, .atom, .xml) "
                        + "and web archives (.warc, .warc.gz); folders are read recursively. Articles stored "
                        + "already are recognised by their text and left as they are.",
                "Exit status: 0 when every record was stored, 1 when some were skipped, 2 on errors."})
final class IngestCommand implements Callable<Integer> {
    /** How often plain progress lines are written when standard error is not a terminal. */
    private static final long LOG_EVERY_SECONDS = 10;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to ingest.")
    List<Path> paths = new ArrayList<>();

    @Mixin
    StoreOptions store;

    @Option(names = "--lang", paramLabel = "auto|xx", defaultValue = "auto",
            description = "Language of articles that declare none: auto (detect) or an ISO 639-1 code "
                    + "(default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Publication date of articles that carry none (default: today).")
    LocalDate date;

    @Option(names = "--threads", paramLabel = "N", description = "Coding threads (default: one per core).")
    Integer threads;

    @Mixin
    KnowledgeOptions knowledge;

    @Override
    public Integer call() {
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        LanguageTag tag;
        try {
            tag = "auto".equalsIgnoreCase(lang) ? null : LanguageTag.of(lang);
        } catch (IllegalArgumentException e) {
            err.println("cronista: --lang: " + e.getMessage());
            return 2;
        }
        try (EventStore db = EventStore.open(store.db)) {
            Knowledge k = knowledge.load();
            if (tag != null && !k.languages().contains(tag)) {
                err.println("cronista: no model for language '" + tag + "' (known: " + k.languages() + ")");
                return 2;
            }
            Ingester.Settings defaults = Ingester.Settings.defaults();
            Ingester ingester = Ingester.create(db, Pipeline.create(k), threads == null ? defaults
                    : new Ingester.Settings(threads, defaults.batchSize(), defaults.inFlight()));
            ReadOptions options = new ReadOptions(date != null ? date : LocalDate.now(), tag);
            IngestProgress progress = new IngestProgress();
            boolean terminal = isTerminal();
            IngestSummary s;
            try (Display display = new Display(progress, terminal, err)) {
                s = ingester.run(paths, options, progress, skip -> display.skipped(skip));
            }
            summary(out, s, db.file());
            return s.skipped() == 0 ? 0 : 1;
        } catch (StoreException e) {
            return StoreOptions.fail(err, e);
        }
    }

    private static void summary(PrintWriter out, IngestSummary s, Path db) {
        StringBuilder reasons = new StringBuilder();
        for (Map.Entry<String, Long> e : s.skipReasons().entrySet()) {
            reasons.append(reasons.isEmpty() ? " (" : ", ").append(e.getKey()).append(": ").append(e.getValue());
        }
        if (!reasons.isEmpty()) {
            reasons.append(')');
        }
        out.printf(Locale.ROOT, "read %,d: stored %,d, already present %,d, skipped %,d%s%n",
                s.read(), s.stored(), s.present(), s.skipped(), reasons);
        out.printf(Locale.ROOT, "events: %,d new, %,d mentions stored; %s now holds %,d articles and %,d events%n",
                s.newEvents(), s.mentions(), db, s.totals().articles(), s.totals().events());
        out.printf(Locale.ROOT, "%.1f seconds, %,.0f articles/s%n", s.seconds(), s.articlesPerSecond());
    }

    /** Whether standard error goes to a terminal (Console.isTerminal from Java 22, else a console exists). */
    private static boolean isTerminal() {
        Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /**
     * Shows progress: on a terminal a bar of articles done (with articles per second and time
     * left), elsewhere a line every few seconds; and the skip warnings.
     */
    private static final class Display implements AutoCloseable {
        private final IngestProgress progress;
        private final boolean terminal;
        private final PrintWriter err;
        private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "cronista-progress");
            t.setDaemon(true);
            return t;
        });
        private final long start = System.nanoTime();
        private final ProgressBar bar;

        Display(IngestProgress progress, boolean terminal, PrintWriter err) {
            this.progress = progress;
            this.terminal = terminal;
            this.err = err;
            if (terminal) {
                bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(-1)
                        .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUnit(" articles", 1).showSpeed()
                        .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true,
                                StandardCharsets.UTF_8)))
                        .setUpdateIntervalMillis(250).build();
                ticker.scheduleAtFixedRate(this::tick, 250, 250, TimeUnit.MILLISECONDS);
            } else {
                bar = null;
                ticker.scheduleAtFixedRate(this::log, LOG_EVERY_SECONDS, LOG_EVERY_SECONDS, TimeUnit.SECONDS);
            }
        }

        private double rate() {
            double s = (System.nanoTime() - start) / 1e9;
            return s <= 0 ? 0 : progress.done() / s;
        }

        /** The bar counts articles done; their total is unknown until the input is read, so it is estimated. */
        private void tick() {
            long done = progress.done();
            long read = progress.read();
            long bytes = progress.bytesRead();
            long total = progress.bytesTotal();
            long estimate = bytes >= total ? read : bytes == 0 ? -1 : Math.round((double) read * total / bytes);
            synchronized (this) {
                bar.maxHint(estimate < 0 ? -1 : Math.max(estimate, done));
                bar.stepTo(done);
                bar.setExtraMessage(progress.skipped() == 0 ? "" : String.format(Locale.ROOT, ", %,d skipped",
                        progress.skipped()));
            }
        }

        private void log() {
            long total = progress.bytesTotal();
            String pct = total > 0 ? String.format(Locale.ROOT, " (%.0f%% of the input)",
                    100.0 * progress.bytesRead() / total) : "";
            synchronized (this) {
                err.printf(Locale.ROOT, "cronista: ingest: %,d articles done%s, %,.0f/s, %,d stored, %,d skipped%n",
                        progress.done(), pct, rate(), progress.stored(), progress.skipped());
            }
        }

        synchronized void skipped(Skip s) {
            // On a terminal, clear the bar's line first; it is drawn again on the next tick.
            err.println((terminal ? "\r\033[K" : "") + "cronista: skipped " + s.origin() + ": " + s.reason());
        }

        @Override
        public void close() {
            ticker.shutdownNow();
            if (bar != null) {
                synchronized (this) {
                    tick();
                    bar.close();
                }
            }
        }
    }
}
