package org.cronista.store;

/**
 * A database the store cannot use (not Cronista's, of a newer schema, locked, damaged) or a
 * failure while using it; the message is one line meant for the user. Stored data is never left
 * half-written: a failed write is rolled back.
 */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An error with a user-facing message. */
    public StoreException(String message) {
        super(message);
    }

    /** An error with a user-facing message and its cause. */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
