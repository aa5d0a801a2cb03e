package org.cronista.api.text;

/**
 * A half-open range {@code [start, end)} of character (UTF-16 char) offsets into an article's text.
 *
 * @param start first char, inclusive
 * @param end   last char, exclusive
 */
public record CharSpan(int start, int end) {
    public CharSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad char span [" + start + ", " + end + ")");
        }
    }

    /** Number of chars covered. */
    public int length() {
        return end - start;
    }

    /** The covered part of {@code text}. */
    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    /** Smallest span covering both. */
    public CharSpan union(CharSpan other) {
        return new CharSpan(Math.min(start, other.start), Math.max(end, other.end));
    }
}
