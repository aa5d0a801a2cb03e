package org.cronista.api.events;

import java.time.LocalDate;
import java.util.List;
import org.cronista.api.text.AnalyzedText;

/**
 * Dates events from what the text says ("ieri", "last Tuesday", "13 settembre"), relative to the
 * publication date. Thread-safe.
 */
public interface DateResolver {

    /** The same events, each with its date set (the publication date when the text gives none). */
    List<CodedEvent> date(AnalyzedText text, LocalDate published, List<CodedEvent> events);
}
