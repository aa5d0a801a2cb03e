package org.cronista.eval;

import java.util.List;
import java.util.Map;
import org.cronista.api.LanguageTag;

/**
 * How one gold record fared.
 *
 * @param record     the record
 * @param language   the language it was coded in
 * @param coded      the distinct events Cronista coded (after the record's dyad rule)
 * @param failure    why the record could not be coded (unsupported language), or null
 * @param levels     the comparison at each level
 * @param confusion  pairs of (gold root, coded root) for the confusion table; {@code -} for none
 * @param ploverSame gold events whose dyad was coded with the same PLOVER type
 * @param ploverAll  gold events with a PLOVER type whose dyad was coded
 */
public record RecordResult(GoldRecord record, LanguageTag language, List<CodedItem> coded, String failure,
                           Map<Level, Comparison> levels, List<String[]> confusion, int ploverSame, int ploverAll) {

    /**
     * The comparison at one level.
     *
     * @param gold         gold events that count (implicit ones only when coded)
     * @param coded        coded events that count
     * @param goldMatched  gold events found
     * @param codedMatched coded events that match a gold event
     * @param missed       gold events not found
     * @param extra        coded events that match none, each with a reason ("" or why it is wrong)
     */
    public record Comparison(int gold, int coded, int goldMatched, int codedMatched, List<GoldEvent> missed,
                             List<Extra> extra) {
    }

    /**
     * A coded event that matches no gold event.
     *
     * @param item the event
     * @param why  empty, or what makes it wrong beyond not being expected ("the text negates it")
     */
    public record Extra(CodedItem item, String why) {
    }

    /** Whether the record is scored (it expects no input error). */
    public boolean scored() {
        return record.error() == null;
    }

    /** The finest level the record's gold supports: full codes when every gold event has one. */
    public Level finest() {
        boolean full = record.events().stream().filter(e -> !e.negated()).allMatch(GoldEvent::fullCode);
        return full ? Level.ACTOR_CODE : Level.ACTOR_ROOT;
    }

    /** Whether Cronista coded exactly the expected events at the finest level. */
    public boolean correct() {
        Comparison c = levels.get(finest());
        return c.missed().isEmpty() && c.extra().isEmpty();
    }
}
