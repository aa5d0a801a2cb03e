package org.cronista.api.actors;

import java.util.Objects;
import org.cronista.api.text.CharSpan;
import org.cronista.api.text.TokenSpan;

/**
 * An actor named in a sentence, resolved to its code for the article's date.
 *
 * @param sentence index of the sentence
 * @param tokens   the tokens of the noun phrase that names the actor
 * @param span     the same in characters of the article text
 * @param code     the actor code at the article's date
 * @param name     a readable name for the actor ("Vladimir Putin", "Russia", "Russia military")
 * @param kind     what kind of words named it
 * @param rule     the dictionary entries that produced the code, as {@code file:line} references
 */
public record ActorMention(int sentence, TokenSpan tokens, CharSpan span, ActorCode code, String name,
                           ActorKind kind, String rule) {
    public ActorMention {
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rule, "rule");
    }
}
