package org.cronista.ingest;

import java.util.Objects;
import org.cronista.api.Article;

/**
 * An article read from an input.
 *
 * @param article the article; its id is the one the input gave, or else {@code origin}
 * @param origin  where it came from (see {@link ReadResult#origin()})
 */
public record Document(Article article, String origin) implements ReadResult {
    public Document {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(origin, "origin");
    }
}
