package org.cronista.geo;

import java.util.ArrayList;
import java.util.List;
import org.cronista.api.events.CodedEvent;
import org.cronista.api.geo.EventLocator;
import org.cronista.api.geo.PlaceMention;
import org.cronista.api.text.AnalyzedText;

/**
 * Locates an event at the first place its own sentence introduces with a locative preposition after
 * the action's words ("met … in the Amur region", "fired missiles into the Sea of Japan"), else at
 * such a place before them. A place in the event's sentence beats any other. Thread-safe.
 */
public final class SentencePlaceLocator implements EventLocator {

    @Override
    public List<CodedEvent> locate(AnalyzedText text, List<PlaceMention> places, List<CodedEvent> events) {
        List<CodedEvent> out = new ArrayList<>(events.size());
        for (CodedEvent e : events) {
            PlaceMention after = null;
            PlaceMention before = null;
            for (PlaceMention p : places) {
                if (p.sentence() != e.sentence() || !p.locative() || overlapsActor(e, p)) {
                    continue;
                }
                if (p.span().start() >= e.trigger().start()) {
                    if (after == null) {
                        after = p;
                    }
                } else {
                    before = p;
                }
            }
            PlaceMention chosen = after != null ? after : before;
            out.add(chosen == null ? e : e.withPlace(chosen));
        }
        return out;
    }

    private static boolean overlapsActor(CodedEvent e, PlaceMention p) {
        return p.tokens().overlaps(e.source().tokens()) && p.sentence() == e.source().sentence()
                || e.target() != null && p.sentence() == e.target().sentence() && p.tokens().overlaps(e.target().tokens());
    }
}
