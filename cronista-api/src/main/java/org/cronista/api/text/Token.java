package org.cronista.api.text;

import java.util.List;
import java.util.Objects;

/**
 * A token of a sentence.
 *
 * @param text     the token as written (for split tokens such as {@code dell'} the written part)
 * @param span     where it lies in the article text
 * @param key      the matching key: lower case, accents removed, apostrophes unified
 * @param reading  the reading chosen in context
 * @param readings every reading the lexicon gives, the chosen one included; immutable
 */
public record Token(String text, CharSpan span, String key, Reading reading, List<Reading> readings) {
    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(reading, "reading");
        readings = List.copyOf(readings);
    }

    /** The chosen reading's part of speech. */
    public Upos upos() {
        return reading.upos();
    }

    /** The chosen reading's lemma. */
    public String lemma() {
        return reading.lemma();
    }

    /** Whether the first character is upper case. */
    public boolean capitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
