package org.cronista.ingest;

/**
 * One thing an {@link ArticleReader} found in its input: an article ({@link Document}) or an input
 * that could not be read as one ({@link Skip}). Both name their origin: the file, and the record
 * within it where a file holds several.
 */
public sealed interface ReadResult permits Document, Skip {
    /** Where it came from: {@code file}, {@code file:line}, {@code file#entry} or {@code file@offset}. */
    String origin();
}
