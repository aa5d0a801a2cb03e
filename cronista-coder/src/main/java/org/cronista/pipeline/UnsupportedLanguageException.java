package org.cronista.pipeline;

/** The article's language is unknown or one Cronista has no knowledge for. */
public class UnsupportedLanguageException extends Exception {
    private static final long serialVersionUID = 1L;

    /** With a message naming the language or saying it could not be told. */
    public UnsupportedLanguageException(String message) {
        super(message);
    }
}
