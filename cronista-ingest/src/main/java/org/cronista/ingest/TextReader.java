package org.cronista.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;
import org.cronista.api.Article;

/**
 * Reads a plain-text file as one article: UTF-8 (a byte-order mark is dropped), at most 10 MB, not
 * binary, not empty ({@link TextDecoder}). The article id is the origin. Immutable and thread-safe.
 */
public final class TextReader implements ArticleReader {
    private final ReadOptions options;

    /** A reader that dates and labels articles with {@code options}. */
    public TextReader(ReadOptions options) {
        this.options = options;
    }

    @Override
    public Stream<ReadResult> read(String origin, InputStream in) {
        try (in) {
            return Stream.of(toResult(origin, Reads.readLimited(in)));
        } catch (IOException e) {
            return Stream.of(new Skip(origin, Reads.cannotRead(e)));
        }
    }

    private ReadResult toResult(String origin, byte[] bytes) {
        return switch (TextDecoder.decode(bytes)) {
            case TextDecoder.Refused r -> new Skip(origin, r.reason());
            case TextDecoder.Text t -> new Document(
                    new Article(origin, null, null, options.date(), options.language(), null, t.text()), origin);
        };
    }
}
