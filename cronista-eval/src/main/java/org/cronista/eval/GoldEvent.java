package org.cronista.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One event a gold record expects: who did what to whom, as the annotator coded it. Codes are kept
 * normalised (see {@link ActorCodes#normalize}); an empty actor code means the annotator coded no
 * actor there and matches anything.
 *
 * @param sentence    index of the sentence that reports it in the record's text, or −1 when unknown
 * @param source      source actor code, or empty
 * @param target      target actor code, or empty
 * @param cameo       CAMEO code, or several acceptable ones separated by {@code |}; two-digit codes are
 *                    roots only ("some 19 event"); empty when the annotator gave none
 * @param plover      PLOVER type (0.8 names), or empty
 * @param negated     the text says the action did not happen: it must not be coded
 * @param symmetric   the action is mutual (a meeting): it matches either direction
 * @param restatement a later report of an event already listed; compared once per record
 * @param implicit    implied rather than stated: coding it is right, missing it is not an error
 */
public record GoldEvent(int sentence, String source, String target, String cameo, String plover,
                        boolean negated, boolean symmetric, boolean restatement, boolean implicit) {

    /** A plain asserted event with no flags. */
    public static GoldEvent of(String source, String target, String cameo) {
        return new GoldEvent(-1, source, target, cameo, "", false, false, false, false);
    }

    /** The acceptable CAMEO codes. */
    public List<String> codes() {
        List<String> out = new ArrayList<>();
        for (String c : cameo.split("\\|")) {
            if (!c.isEmpty()) {
                out.add(c);
            }
        }
        return out;
    }

    /** The acceptable CAMEO roots. */
    public List<String> roots() {
        return codes().stream().map(c -> c.substring(0, 2)).distinct().toList();
    }

    /** Whether the full code is known (not only the root), so that full codes can be compared. */
    public boolean fullCode() {
        List<String> cs = codes();
        return !cs.isEmpty() && cs.stream().allMatch(c -> c.length() >= 3);
    }

    /** {@code SRC>TGT:CODE} with {@code -} for empty parts, plus its flags. */
    public String display() {
        StringBuilder sb = new StringBuilder();
        sb.append(source.isEmpty() ? "-" : source).append(symmetric ? "<>" : ">")
                .append(target.isEmpty() ? "-" : target).append(':').append(cameo.isEmpty() ? "-" : cameo);
        if (!plover.isEmpty()) {
            sb.append(' ').append(plover.toLowerCase(Locale.ROOT));
        }
        if (negated) {
            sb.append(" (negated)");
        }
        if (implicit) {
            sb.append(" (implicit)");
        }
        return sb.toString();
    }
}
