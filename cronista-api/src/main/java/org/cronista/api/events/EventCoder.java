package org.cronista.api.events;

import java.util.List;
import org.cronista.api.actors.ActorMention;
import org.cronista.api.geo.PlaceMention;
import org.cronista.api.text.AnalyzedText;

/**
 * Stage 4: finds the actions the text reports between the actors it names. Implementations are
 * thread-safe.
 */
public interface EventCoder {

    /**
     * Codes the events of a text.
     *
     * @param text   the analysed article
     * @param actors its actor mentions, as the resolver gave them
     * @param places its place mentions (a city can stand for its country as a target)
     * @return every event mention, including negated and hypothetical ones (see
     *     {@link CodedEvent#status()}), in text order
     */
    List<CodedEvent> code(AnalyzedText text, List<ActorMention> actors, List<PlaceMention> places);
}
