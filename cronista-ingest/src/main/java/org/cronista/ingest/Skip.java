package org.cronista.ingest;

/**
 * An input that was not read as an article, and why.
 *
 * @param origin the file (and record, where there are several) it came from
 * @param reason a short human-readable reason, e.g. "empty", "binary data", "not valid UTF-8"
 */
public record Skip(String origin, String reason) implements ReadResult {
    @Override
    public String toString() {
        return origin + ": " + reason;
    }
}
