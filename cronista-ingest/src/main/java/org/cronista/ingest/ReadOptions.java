package org.cronista.ingest;

import java.time.LocalDate;
import java.util.Objects;
import org.cronista.api.LanguageTag;

/**
 * What readers assume for articles that do not say it themselves.
 *
 * @param date     publication date of articles that carry none
 * @param language language of articles that declare none, or null to let the pipeline detect it
 */
public record ReadOptions(LocalDate date, LanguageTag language) {
    public ReadOptions {
        Objects.requireNonNull(date, "date");
    }
}
