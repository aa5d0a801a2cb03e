package org.cronista.geo;

import java.util.ArrayList;
import java.util.List;
import org.cronista.api.events.CodedEvent;
import org.cronista.api.geo.EventLocator;
import org.cronista.api.geo.PlaceMention;
import org.cronista.api.text.AnalyzedText;
import org.cronista.api.text.CharSpan;
import org.cronista.api.text.Feature;
import org.cronista.api.text.Sentence;
import org.cronista.api.text.Token;

/**
 * Locates an event at the first place its own clause introduces with a locative preposition after
 * the action's words ("met … in the Amur region", "fired missiles into the Sea of Japan"), else at
 * such a place before them. The clause ends at the next finite verb, so in "Kim praised the army and
 * expressed confidence in a victory in Ukraine" the praise is not located in Ukraine. Thread-safe.
 */
public final class SentencePlaceLocator implements EventLocator {

    @Override
    public List<CodedEvent> locate(AnalyzedText text, List<PlaceMention> places, List<CodedEvent> events) {
        List<CodedEvent> out = new ArrayList<>(events.size());
        for (CodedEvent e : events) {
            Sentence s = text.sentences().get(e.sentence());
            int from = clauseStart(s, e.trigger());
            int to = clauseEnd(s, e.trigger());
            PlaceMention after = null;
            PlaceMention before = null;
            for (PlaceMention p : places) {
                if (p.sentence() != e.sentence() || !p.locative() || overlapsActor(e, p)
                        || p.tokens().start() < from || p.tokens().start() >= to) {
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

    /** The token after the last finite verb before the trigger. */
    private static int clauseStart(Sentence s, CharSpan trigger) {
        int start = 0;
        for (int i = 0; i < s.size() && s.token(i).span().end() <= trigger.start(); i++) {
            if (finite(s.token(i))) {
                start = i + 1;
            }
        }
        return start;
    }

    /** The first finite verb after the trigger, or the sentence end. */
    private static int clauseEnd(Sentence s, CharSpan trigger) {
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            if (t.span().start() >= trigger.end() && finite(t)) {
                return i;
            }
        }
        return s.size();
    }

    private static boolean finite(Token t) {
        return t.upos().isVerbal() && t.reading().has(Feature.FIN);
    }

    private static boolean overlapsActor(CodedEvent e, PlaceMention p) {
        return p.tokens().overlaps(e.source().tokens()) && p.sentence() == e.source().sentence()
                || e.target() != null && p.sentence() == e.target().sentence() && p.tokens().overlaps(e.target().tokens());
    }
}
