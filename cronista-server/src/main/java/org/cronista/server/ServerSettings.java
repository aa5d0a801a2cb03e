package org.cronista.server;

import java.nio.file.Path;

/**
 * How a {@link CronistaServer} runs: one immutable object built at start-up.
 *
 * @param database        the store's file
 * @param host            the address to listen on ({@link #DEFAULT_HOST}: this machine only)
 * @param port            the port (0: any free one)
 * @param allowIngest     whether the store is opened for writing and {@code POST /api/ingest} accepted
 * @param queryTimeoutSeconds longest a database query may run before it is cancelled (503)
 * @param maxCodeBytes    largest article {@code POST /api/code} accepts (413 beyond)
 * @param maxIngestBytes  largest body {@code POST /api/ingest} accepts (413 beyond)
 * @param queryThreads    most database queries running at once; others wait their turn
 * @param cacheEntries    how many answers of read-only queries are remembered (0: none)
 */
public record ServerSettings(Path database, String host, int port, boolean allowIngest, int queryTimeoutSeconds,
                             int maxCodeBytes, int maxIngestBytes, int queryThreads, int cacheEntries) {
    /** Loopback: the server is not reachable from other machines unless asked. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** The port of {@code cronista serve}. */
    public static final int DEFAULT_PORT = 8080;
    /** Ten seconds per query. */
    public static final int DEFAULT_QUERY_TIMEOUT_SECONDS = 10;
    /** One mebibyte per article to code. */
    public static final int DEFAULT_MAX_CODE_BYTES = 1 << 20;
    /** 32 MiB per ingest request. */
    public static final int DEFAULT_MAX_INGEST_BYTES = 32 << 20;
    /** Remembered answers. */
    public static final int DEFAULT_CACHE_ENTRIES = 2000;

    public ServerSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535: " + port);
        }
        if (queryTimeoutSeconds < 1 || maxCodeBytes < 1 || maxIngestBytes < 1 || queryThreads < 1 || cacheEntries < 0) {
            throw new IllegalArgumentException("time limit, sizes and query threads must be positive");
        }
    }

    /** The defaults for {@code database}: loopback, port 8080, read-only. */
    public static ServerSettings defaults(Path database) {
        return new ServerSettings(database, DEFAULT_HOST, DEFAULT_PORT, false, DEFAULT_QUERY_TIMEOUT_SECONDS,
                DEFAULT_MAX_CODE_BYTES, DEFAULT_MAX_INGEST_BYTES, Math.max(2, Runtime.getRuntime().availableProcessors()),
                DEFAULT_CACHE_ENTRIES);
    }

    /** These settings on another host and port. */
    public ServerSettings at(String host, int port) {
        return new ServerSettings(database, host, port, allowIngest, queryTimeoutSeconds, maxCodeBytes, maxIngestBytes,
                queryThreads, cacheEntries);
    }

    /** These settings with ingest over HTTP allowed or not. */
    public ServerSettings withIngest(boolean allow) {
        return new ServerSettings(database, host, port, allow, queryTimeoutSeconds, maxCodeBytes, maxIngestBytes,
                queryThreads, cacheEntries);
    }

    /** These settings with another query time limit. */
    public ServerSettings withQueryTimeout(int seconds) {
        return new ServerSettings(database, host, port, allowIngest, seconds, maxCodeBytes, maxIngestBytes,
                queryThreads, cacheEntries);
    }

    /** These settings with another answer cache size. */
    public ServerSettings withCache(int entries) {
        return new ServerSettings(database, host, port, allowIngest, queryTimeoutSeconds, maxCodeBytes, maxIngestBytes,
                queryThreads, entries);
    }
}
