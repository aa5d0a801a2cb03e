package org.cronista.api.text;

import java.util.List;

/**
 * One sentence of an analysed text.
 *
 * @param index  position in the article, from 0
 * @param span   where it lies in the article text
 * @param tokens its tokens, immutable
 */
public record Sentence(int index, CharSpan span, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** Token {@code i}. */
    public Token token(int i) {
        return tokens.get(i);
    }

    /** Number of tokens. */
    public int size() {
        return tokens.size();
    }

    /** The characters a token range covers. */
    public CharSpan charSpan(TokenSpan t) {
        return new CharSpan(tokens.get(t.start()).span().start(), tokens.get(t.end() - 1).span().end());
    }
}
