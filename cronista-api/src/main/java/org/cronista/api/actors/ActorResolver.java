package org.cronista.api.actors;

import java.time.LocalDate;
import java.util.List;
import org.cronista.api.geo.PlaceMention;
import org.cronista.api.text.AnalyzedText;

/**
 * Stage 3: finds the actors a text names. Resolution is article-wide: a bare surname or "the two
 * leaders" refers to actors named earlier in the same text. Implementations are thread-safe.
 */
public interface ActorResolver {

    /**
     * Finds actor mentions.
     *
     * @param text   the analysed article
     * @param places place names already found in it (a place name such as "Sea of Japan" hides the
     *               country name inside it)
     * @param date   the article's date, against which dated entries are chosen
     * @return mentions ordered by sentence and position; two mentions share a span when one phrase
     *     names several actors
     */
    List<ActorMention> resolve(AnalyzedText text, List<PlaceMention> places, LocalDate date);
}
