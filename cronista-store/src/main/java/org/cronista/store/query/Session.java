package org.cronista.store.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.ArrayList;
import java.util.List;
import org.cronista.store.StoreException;

/**
 * A connection to the store on which the query classes of this package run, each statement with
 * bound parameters only and cancelled by DuckDB after {@code timeoutSeconds}. Used by one thread at
 * a time, like the connection it holds.
 *
 * @param connection     an open connection (the caller closes it)
 * @param timeoutSeconds longest a statement may run, or 0 for no limit
 */
public record Session(Connection connection, int timeoutSeconds) {
    /** A session without time limit. */
    public static Session of(Connection connection) {
        return new Session(connection, 0);
    }

    public Session {
        if (timeoutSeconds < 0) {
            throw new IllegalArgumentException("the time limit must not be negative");
        }
    }

    /** A prepared statement for {@code sql} with its parameters bound and the time limit set. */
    PreparedStatement prepare(Sql sql) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql.text());
        try {
            if (timeoutSeconds > 0) {
                ps.setQueryTimeout(timeoutSeconds);
            }
            List<Object> p = sql.params();
            for (int i = 0; i < p.size(); i++) {
                ps.setObject(i + 1, p.get(i));
            }
            return ps;
        } catch (SQLException e) {
            ps.close();
            throw e;
        }
    }

    /** The exception for a failed query: {@link QueryTimeoutException} when the time limit cut it. */
    static RuntimeException failure(String what, SQLException e) {
        if (e instanceof SQLTimeoutException || String.valueOf(e.getMessage()).contains("INTERRUPT")) {
            return new QueryTimeoutException(what + " took longer than the time limit; narrow the filters", e);
        }
        return new StoreException(what + " failed: " + firstLine(e), e);
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }

    /** A SQL text and the values of its {@code ?} placeholders, built up in order. Not thread-safe. */
    static final class Sql {
        private final StringBuilder text = new StringBuilder();
        private final List<Object> params = new ArrayList<>();

        Sql add(String s, Object... values) {
            text.append(s);
            params.addAll(List.of(values));
            return this;
        }

        String text() {
            return text.toString();
        }

        List<Object> params() {
            return params;
        }
    }
}
