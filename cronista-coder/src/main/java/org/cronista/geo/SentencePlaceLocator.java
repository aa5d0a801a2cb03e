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
import org.cronista.api.text.Upos;

/**
 * Locates an event at the first place its own clause introduces with a locative preposition after
 * the action's words ("met … in the Amur region", "fired missiles into the Sea of Japan"), else at
 * such a place before them. The clause ends at the next finite verb, so in "Kim praised the army and
 * expressed confidence in a victory in Ukraine" the praise is not located in Ukraine. An event whose
 * clause names no place is located at the article's dateline, if it has one. Thread-safe.
 */
public final class SentencePlaceLocator implements EventLocator {

    @Override
    public List<CodedEvent> locate(AnalyzedText text, List<PlaceMention> places, List<CodedEvent> events) {
        PlaceMention dateline = dateline(text, places);
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
            PlaceMention chosen = after != null ? after : before != null ? before : dateline;
            out.add(chosen == null ? e : e.withPlace(chosen));
        }
        return out;
    }

    /**
     * The dateline's place: a place that opens one of the first two sentences and is followed by a
     * comma, a dash or a parenthesis ("MOSCOW, Sept 13 (Reuters) -", "ROMA —"), or null.
     */
    static PlaceMention dateline(AnalyzedText text, List<PlaceMention> places) {
        for (PlaceMention p : places) {
            if (p.sentence() > 1) {
                break;
            }
            Sentence s = text.sentences().get(p.sentence());
            if (p.tokens().start() == 0 && p.tokens().end() < s.size()) {
                String next = s.token(p.tokens().end()).text();
                if (next.equals(",") || next.equals("-") || next.equals("\u2014") || next.equals("\u2013")
                        || next.equals("(")) {
                    return p;
                }
            }
        }
        return null;
    }

    /** The token after the last finite verb before the trigger's own verb group. */
    private static int clauseStart(Sentence s, CharSpan trigger) {
        int first = 0;
        while (first < s.size() && s.token(first).span().end() <= trigger.start()) {
            first++;
        }
        int k = first - 1;
        while (k >= 0 && (s.token(k).upos().isVerbal() || s.token(k).upos() == Upos.ADV
                || s.token(k).upos() == Upos.PRON)) {
            k--;
        }
        int start = 0;
        for (int i = 0; i <= k; i++) {
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
