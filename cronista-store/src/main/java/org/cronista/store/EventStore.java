package org.cronista.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Properties;
import org.duckdb.DuckDBConnection;

/**
 * Cronista's event store: one embedded DuckDB database file with the tables of {@link StoreSchema}.
 * {@link #open} creates or upgrades it; both factories refuse, leaving the file untouched, a file
 * that is not a DuckDB database, a database that is not Cronista's, and one of a newer schema.
 *
 * <p>The store owns one connection ({@link #connection()}), for use by one thread at a time; other
 * threads take their own with {@link #newConnection()}. DuckDB lets one process write a file at a
 * time.
 */
public final class EventStore implements AutoCloseable {
    /** The database file used when none is named. */
    public static final String DEFAULT_FILE = "cronista.duckdb";
    private static final byte[] DUCKDB_MAGIC = "DUCK".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final DuckDBConnection connection;
    private final boolean readOnly;

    private EventStore(Path file, DuckDBConnection connection, boolean readOnly) {
        this.file = file;
        this.connection = connection;
        this.readOnly = readOnly;
    }

    /**
     * Opens {@code file} for reading and writing, creating it (and its folder) when it does not
     * exist and upgrading an older schema.
     *
     * @throws StoreException if the file cannot be used; it is then left untouched
     */
    public static EventStore open(Path file) {
        if (Files.exists(file)) {
            // Inspect read-only first, so that a refused file is never opened for writing.
            checkFile(file);
            DuckDBConnection look = connect(file, true);
            try {
                StoreSchema.version(look, file.toString());
            } catch (SQLException e) {
                throw new StoreException("cannot read " + file + ": " + firstLine(e), e);
            } finally {
                closeQuietly(look);
            }
        } else {
            try {
                Path parent = file.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
            } catch (IOException e) {
                throw new StoreException("cannot create the folder of " + file + ": " + e.getMessage(), e);
            }
        }
        DuckDBConnection c = connect(file, false);
        try {
            StoreSchema.migrate(c, StoreSchema.version(c, file.toString()));
            return new EventStore(file, c, false);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            throw e instanceof StoreException se ? se
                    : new StoreException("cannot prepare " + file + ": " + firstLine(e), e);
        }
    }

    /**
     * Opens an existing store for reading only (queries and exports).
     *
     * @throws StoreException if it is missing, not Cronista's, or of another schema version
     */
    public static EventStore openReadOnly(Path file) {
        checkFile(file);
        DuckDBConnection c = connect(file, true);
        try {
            int v = StoreSchema.version(c, file.toString());
            if (v == 0) {
                throw new StoreException(file + " holds no Cronista data yet; run cronista ingest first");
            }
            if (v < StoreSchema.VERSION) {
                throw new StoreException(file + " has schema " + v + "; open it once for writing (cronista ingest) "
                        + "to upgrade it to " + StoreSchema.VERSION);
            }
            return new EventStore(file, c, true);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            throw e instanceof StoreException se ? se : new StoreException("cannot read " + file + ": " + firstLine(e), e);
        }
    }

    private static void checkFile(Path file) {
        if (!Files.exists(file)) {
            throw new StoreException(file + ": no such database");
        }
        if (!Files.isRegularFile(file)) {
            throw new StoreException(file + " is not a database file");
        }
        byte[] head = new byte[12];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (n < head.length || !Arrays.equals(head, 8, 12, DUCKDB_MAGIC, 0, 4)) {
            throw new StoreException(file + " is not a Cronista database (not a DuckDB file); it was left untouched");
        }
    }

    private static DuckDBConnection connect(Path file, boolean readOnly) {
        Properties p = new Properties();
        if (readOnly) {
            p.setProperty("duckdb.read_only", "true");
        }
        try {
            return (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), p);
        } catch (SQLException e) {
            String m = firstLine(e);
            if (m.contains("lock")) {
                throw new StoreException(file + " is in use by another process (" + m + ")", e);
            }
            throw new StoreException("cannot open " + file + ": " + m, e);
        }
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    /** Whether the store was opened for reading only. */
    public boolean readOnly() {
        return readOnly;
    }

    /** The store's own connection (not to be closed by the caller, nor shared between threads). */
    public Connection connection() {
        return connection;
    }

    /** A further connection to the same database, for another thread; the caller closes it. */
    public Connection newConnection() {
        try {
            return connection.duplicate();
        } catch (SQLException e) {
            throw new StoreException("cannot open a connection to " + file + ": " + firstLine(e), e);
        }
    }

    /** Row counts of the three tables. */
    public Counts counts() {
        return counts(connection);
    }

    /** Row counts of the three tables, read on {@code c} (one of this store's connections). */
    public Counts counts(Connection c) {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM mentions), "
                     + "(SELECT count(*) FROM events)")) {
            rs.next();
            return new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3));
        } catch (SQLException e) {
            throw new StoreException("cannot count the rows of " + file + ": " + firstLine(e), e);
        }
    }

    /**
     * The row counts of a store.
     *
     * @param articles distinct articles
     * @param mentions event mentions
     * @param events   distinct events
     */
    public record Counts(long articles, long mentions, long events) {
    }

    /** The first line of an exception's message, without DuckDB's JSON-ish noise. */
    static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // Closing after a failure; the first error is the one reported.
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close " + file + ": " + firstLine(e), e);
        }
    }
}
