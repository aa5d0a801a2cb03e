package org.cronista.api;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An ISO 639-1 language code ({@code it}, {@code en}, {@code de} …), validated and lower-cased.
 *
 * @param code the two-letter code
 */
public record LanguageTag(String code) implements Comparable<LanguageTag> {
    private static final Pattern ISO_639_1 = Pattern.compile("[a-z]{2}");

    /** Italian. */
    public static final LanguageTag IT = new LanguageTag("it");
    /** English. */
    public static final LanguageTag EN = new LanguageTag("en");

    public LanguageTag {
        Objects.requireNonNull(code, "code");
        if (!ISO_639_1.matcher(code).matches()) {
            throw new IllegalArgumentException("not an ISO 639-1 language code: '" + code + "'");
        }
    }

    /** Parses a code, accepting upper case ("IT"). */
    public static LanguageTag of(String code) {
        return new LanguageTag(code.strip().toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public int compareTo(LanguageTag o) {
        return code.compareTo(o.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
