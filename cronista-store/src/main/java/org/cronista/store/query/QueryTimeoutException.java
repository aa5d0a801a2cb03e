package org.cronista.store.query;

/**
 * A query that DuckDB stopped because it ran past its {@link Session}'s time limit; the message is
 * one line meant for the user. The connection stays usable.
 */
public final class QueryTimeoutException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    QueryTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
