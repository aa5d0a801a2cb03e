package org.cronista.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.cronista.api.Article;

/**
 * Reads a saved web page as one article, keeping the article body and dropping the page's
 * boilerplate ({@link HtmlArticles}). The article id is the origin; the date is the page's own
 * publication date when it declares one. Immutable and thread-safe.
 */
public final class HtmlReader implements ArticleReader {
    private final ReadOptions options;

    /** A reader that dates and labels articles without metadata with {@code options}. */
    public HtmlReader(ReadOptions options) {
        this.options = options;
    }

    @Override
    public Stream<ReadResult> read(String origin, InputStream in) {
        try (in) {
            return Stream.of(page(origin, origin, null, Reads.readLimited(in), null, options.date(), options));
        } catch (IOException e) {
            return Stream.of(new Skip(origin, Reads.cannotRead(e)));
        }
    }

    /**
     * One page as an article or a skip; shared with the WARC reader.
     *
     * @param id       the article id
     * @param url      where the page was fetched from, or null
     * @param charset  the charset the server declared, or null
     * @param date     the date for a page that declares none
     */
    static ReadResult page(String origin, String id, String url, byte[] bytes, String charset, LocalDate date,
                           ReadOptions options) {
        return switch (HtmlArticles.decode(bytes, charset)) {
            case TextDecoder.Refused r -> new Skip(origin, r.reason());
            case TextDecoder.Text t -> {
                HtmlArticles.Page p = HtmlArticles.extract(t.text(), url);
                if (p.text().isBlank()) {
                    yield new Skip(origin, "no article text in the page");
                }
                yield new Document(new Article(id, p.url(), p.site(),
                        p.published() != null ? p.published() : date, options.language(), p.title(),
                        p.text()), origin);
            }
        };
    }
}
