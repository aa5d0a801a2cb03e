package org.cronista.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.cronista.store.ingest.IngestProgress;
import org.cronista.store.ingest.IngestSummary;
import org.cronista.store.ingest.Ingester;

/**
 * A process that ingests one corpus into one database and says how far it got, so that
 * {@link KillIT} can kill it in the middle. Arguments: database, corpus, and optionally the batch size.
 */
public final class IngestChild {
    private IngestChild() {
    }

    public static void main(String[] args) {
        IngestProgress progress = new IngestProgress();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ingest-child-ticker");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(() -> System.out.println("stored " + progress.stored()), 50, 50, TimeUnit.MILLISECONDS);
        int status = 1;
        try (EventStore store = EventStore.open(Path.of(args[0]))) {
            int batch = args.length > 2 ? Integer.parseInt(args[2]) : 100;
            Ingester ingester = Ingester.create(store, TestCorpus.pipeline(), new Ingester.Settings(2, batch, 4 * batch));
            IngestSummary s = ingester.run(List.of(Path.of(args[1])), TestCorpus.OPTIONS, progress, skip -> { });
            ticker.shutdownNow();
            System.out.printf(Locale.ROOT, "done read=%d stored=%d present=%d skipped=%d%n", s.read(), s.stored(),
                    s.present(), s.skipped());
            status = 0;
        } catch (Throwable e) {
            e.printStackTrace(System.out);
        } finally {
            System.exit(status);
        }
    }
}
