package org.cronista.api;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as it enters the pipeline.
 *
 * @param id        stable identifier (a file name, a feed id or a hash of the text); never null
 * @param url       where it was published, or null
 * @param source    the outlet or collection it came from, or null
 * @param published publication date; relative dates in the text are resolved against it; never null
 * @param language  the language when known beforehand, or null to detect it
 * @param title     the headline, or null
 * @param text      the body text; never null
 */
public record Article(String id, String url, String source, LocalDate published, LanguageTag language,
                      String title, String text) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(text, "text");
    }

    /** A plain article with only an id, a date and a text. */
    public static Article of(String id, LocalDate published, String text) {
        return new Article(id, null, null, published, null, null, text);
    }

    /** The language given with the article, if any. */
    public Optional<LanguageTag> declaredLanguage() {
        return Optional.ofNullable(language);
    }

    /** The text the coder reads: the title (as its own paragraph) followed by the body. */
    public String fullText() {
        return title == null || title.isBlank() ? text : title.strip() + "\n\n" + text;
    }

    /** This article with its language set. */
    public Article withLanguage(LanguageTag lang) {
        return new Article(id, url, source, published, lang, title, text);
    }
}
