package org.cronista.server;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.cronista.store.EventStore;
import org.cronista.store.StoreException;
import org.cronista.store.query.Session;

/**
 * Runs the API's reads on a small pool of connections to the store: at most as many queries at
 * once as there are connections (the others wait their turn, up to the query time limit), each
 * read in one transaction so that its statements see one snapshot even while an ingest commits,
 * each statement cancelled by DuckDB past the time limit. Answers are remembered by key until the
 * store changes ({@link #changed()}). Thread-safe.
 */
final class StoreReader implements AutoCloseable {
    private final BlockingQueue<Connection> pool;
    private final int timeoutSeconds;
    private final Cache cache;
    private final AtomicLong version = new AtomicLong();

    private StoreReader(BlockingQueue<Connection> pool, int timeoutSeconds, int cacheEntries) {
        this.pool = pool;
        this.timeoutSeconds = timeoutSeconds;
        this.cache = new Cache(cacheEntries);
    }

    /** A reader with {@code connections} connections to {@code store}. */
    static StoreReader open(EventStore store, int connections, int timeoutSeconds, int cacheEntries) {
        BlockingQueue<Connection> pool = new ArrayBlockingQueue<>(connections);
        for (int i = 0; i < connections; i++) {
            pool.add(store.newConnection());
        }
        return new StoreReader(pool, timeoutSeconds, cacheEntries);
    }

    /**
     * The answer remembered under {@code key}, else {@code read}'s answer (remembered when the store
     * did not change meanwhile).
     */
    byte[] cached(String key, Function<Session, byte[]> read) {
        long v = version.get();
        byte[] hit = cache.get(key, v);
        if (hit != null) {
            return hit;
        }
        byte[] answer = read(read);
        cache.put(key, v, answer);
        return answer;
    }

    /** The store's version: how many times it has {@link #changed()}. */
    long version() {
        return version.get();
    }

    /** Runs {@code read} in one transaction on a pooled connection. */
    <T> T read(Function<Session, T> read) {
        Connection c;
        try {
            c = pool.poll(timeoutSeconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpError(503, "interrupted while waiting for the database");
        }
        if (c == null) {
            throw new HttpError(503, "the database is busy; try again in a moment");
        }
        try (Statement s = c.createStatement()) {
            s.execute("BEGIN TRANSACTION");
            try {
                return read.apply(new Session(c, timeoutSeconds));
            } finally {
                s.execute("ROLLBACK");
            }
        } catch (SQLException e) {
            throw new StoreException("database error: " + e.getMessage(), e);
        } finally {
            pool.add(c);
        }
    }

    /** Forgets every remembered answer: the store has changed. */
    void changed() {
        version.incrementAndGet();
        cache.clear();
    }

    @Override
    public void close() {
        Connection c;
        while ((c = pool.poll()) != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // Closing at shutdown; nothing to do about it.
            }
        }
    }

    /** A least-recently-used map of answers, each tagged with the store version it was read at. */
    private static final class Cache {
        private static final int MAX_ANSWER_BYTES = 512 * 1024;
        private final int capacity;
        private final Map<String, Answer> map;

        private record Answer(long version, byte[] answer) {
        }

        Cache(int capacity) {
            this.capacity = capacity;
            this.map = new LinkedHashMap<>(16, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Answer> eldest) {
                    return size() > Cache.this.capacity;
                }
            };
        }

        synchronized byte[] get(String key, long version) {
            Answer e = map.get(key);
            return e != null && e.version() == version ? e.answer() : null;
        }

        synchronized void put(String key, long version, byte[] answer) {
            if (capacity > 0 && answer.length <= MAX_ANSWER_BYTES) {
                map.put(key, new Answer(version, answer));
            }
        }

        synchronized void clear() {
            map.clear();
        }
    }
}
