package org.cronista.api.geo;

import java.util.Objects;
import org.cronista.api.text.CharSpan;
import org.cronista.api.text.TokenSpan;

/**
 * A place named in a sentence, resolved to one gazetteer entry.
 *
 * @param sentence  index of the sentence
 * @param tokens    the tokens of the name
 * @param span      the same in characters of the article text
 * @param place     the entry chosen
 * @param locative  whether a locative preposition ("in", "a", "at") introduces it
 */
public record PlaceMention(int sentence, TokenSpan tokens, CharSpan span, Place place, boolean locative) {
    public PlaceMention {
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(place, "place");
    }
}
