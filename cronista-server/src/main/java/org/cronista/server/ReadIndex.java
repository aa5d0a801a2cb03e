package org.cronista.server;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.cronista.store.EventStore;
import org.cronista.store.query.EventIndex;
import org.cronista.store.query.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's current {@link EventIndex} of the store: loaded at start-up, rebuilt on a background
 * thread ({@code cronista-index}) after the store changes ({@link #refresh}) and swapped in at
 * once, so that a reader sees one whole snapshot. A snapshot answers only while the store is at
 * the version it was read at ({@link StoreReader#version()}); otherwise (before a rebuild is done,
 * or when one failed, which leaves the old snapshot and is logged) the API asks the database.
 * Thread-safe; {@link #close} stops the rebuild thread.
 */
final class ReadIndex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReadIndex.class);

    /**
     * An index and the store version it was read at.
     *
     * @param version the {@link StoreReader#version()} before it was read
     * @param index   the index
     */
    record Snapshot(long version, EventIndex index) {
    }

    private final EventStore store;
    private final StoreReader reader;
    private final AtomicReference<Snapshot> current = new AtomicReference<>();
    private final AtomicBoolean pending = new AtomicBoolean();
    private final ExecutorService rebuilds = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cronista-index");
        t.setDaemon(true);
        return t;
    });

    private ReadIndex(EventStore store, StoreReader reader) {
        this.store = store;
        this.reader = reader;
    }

    /** Loads the index of {@code store} in the calling thread (the server answers from the database if it fails). */
    static ReadIndex load(EventStore store, StoreReader reader) {
        ReadIndex i = new ReadIndex(store, reader);
        i.rebuild();
        return i;
    }

    /** The snapshot of the store as it is now, or null: ask the database. */
    Snapshot current() {
        Snapshot s = current.get();
        return s != null && s.version() == reader.version() ? s : null;
    }

    /** Rebuilds the index in the background: the store has changed. Requests made meanwhile are merged. */
    void refresh() {
        if (pending.compareAndSet(false, true)) {
            rebuilds.execute(this::rebuild);
        }
    }

    private void rebuild() {
        pending.set(false);
        long version = reader.version();
        long start = System.nanoTime();
        try (Connection c = store.newConnection(); Statement s = c.createStatement()) {
            s.execute("BEGIN TRANSACTION");
            EventIndex index;
            try {
                index = EventIndex.load(Session.of(c));
            } finally {
                s.execute("ROLLBACK");
            }
            current.accumulateAndGet(new Snapshot(version, index), (old, now) ->
                    old == null || now.version() >= old.version() ? now : old);
            LOG.info("read index of {} events loaded in {} ms", index.size(), (System.nanoTime() - start) / 1_000_000);
        } catch (SQLException | RuntimeException | OutOfMemoryError e) {
            // Whatever failed, the old snapshot (or none) stays and the database answers.
            LOG.warn("the read index could not be loaded; the database answers instead: {}", e.toString());
        }
    }

    @Override
    public void close() {
        rebuilds.shutdownNow();
        try {
            rebuilds.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
