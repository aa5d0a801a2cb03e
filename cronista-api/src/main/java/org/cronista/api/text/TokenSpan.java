package org.cronista.api.text;

/**
 * A half-open range {@code [start, end)} of token indexes within one {@link Sentence}.
 *
 * @param start first token, inclusive
 * @param end   last token, exclusive
 */
public record TokenSpan(int start, int end) {
    public TokenSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad token span [" + start + ", " + end + ")");
        }
    }

    /** Number of tokens covered. */
    public int length() {
        return end - start;
    }

    /** Whether token {@code index} lies inside. */
    public boolean contains(int index) {
        return index >= start && index < end;
    }

    /** Whether the two spans share a token. */
    public boolean overlaps(TokenSpan other) {
        return start < other.end && other.start < end;
    }
}
