package org.cronista.eval;

/**
 * One distinct event Cronista coded for a gold record, with what explains it.
 *
 * @param source       source actor code
 * @param target       target actor code, or empty
 * @param cameo        CAMEO code
 * @param plover       PLOVER type, or empty
 * @param symmetric    whether the action is mutual
 * @param rule         id of the pattern that fired first ({@code CodedEvent.rule()})
 * @param sentence     index of the sentence of its first mention
 * @param sentenceText that sentence
 * @param sourceRule   the dictionary lines behind the source ({@code ActorMention.rule()})
 * @param targetRule   the dictionary lines behind the target, or empty
 */
public record CodedItem(String source, String target, String cameo, String plover, boolean symmetric,
                        String rule, int sentence, String sentenceText, String sourceRule, String targetRule) {

    /** The CAMEO root. */
    public String root() {
        return cameo.substring(0, 2);
    }

    /** {@code SRC>TGT:CODE}. */
    public String display() {
        return source + (symmetric ? "<>" : ">") + (target.isEmpty() ? "-" : target) + ":" + cameo;
    }
}
