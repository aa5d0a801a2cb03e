package org.cronista.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Reads the articles held in one input (a file, or a stream of one file's bytes). Bad records never
 * stop a reader: each becomes a {@link Skip} naming its origin and the reason, and reading goes on
 * with the next record where the format allows it.
 *
 * <p>Origins name the file and, where a file holds several articles, the record: {@code file:line}
 * for JSON lines, {@code file#n} for the n-th entry of a feed, {@code file@offset} for the WARC record
 * starting at that byte offset.
 *
 * <p>Implementations are immutable and thread-safe; each returned stream is lazy, single-use and
 * must be closed (it closes the input).
 */
public interface ArticleReader {

    /**
     * The articles in {@code in}.
     *
     * @param origin the name to report (usually the file's path)
     * @param in     the bytes, closed when the stream is closed
     */
    Stream<ReadResult> read(String origin, InputStream in);

    /** The articles in {@code file}; a file that cannot be opened gives one {@link Skip}. */
    default Stream<ReadResult> read(Path file) {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            return Stream.of(new Skip(file.toString(), Reads.cannotRead(e)));
        }
        return read(file.toString(), in);
    }
}
