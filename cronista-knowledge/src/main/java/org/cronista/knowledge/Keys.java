package org.cronista.knowledge;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The matching key of a word: lower case, diacritics removed, apostrophes unified, so that
 * "Kíev", "KIEV" and "kiev" meet, and "dell’" equals "dell'". Dictionary phrases and text tokens
 * are compared by key.
 */
public final class Keys {
    private Keys() {
    }

    /** The key of {@code word}. */
    public static String fold(String word) {
        boolean ascii = true;
        boolean upper = false;
        for (int i = 0; i < word.length() && ascii; i++) {
            char c = word.charAt(i);
            ascii = c < 128;
            upper |= c >= 'A' && c <= 'Z';
        }
        if (ascii) {
            return upper ? word.toLowerCase(Locale.ROOT) : word;
        }
        StringBuilder sb = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 128) {
                sb.append(Character.toLowerCase(c));
                continue;
            }
            switch (c) {
                case '\u2019', '\u2018', '\u02BC', '\u00B4', '`', '\u2032' -> sb.append('\'');
                case '\u2010', '\u2011', '\u2012', '\u2013' -> sb.append('-');
                case '\u00DF' -> sb.append("ss");
                // Russian: \u0439 is a letter of its own, \u0451 is written as \u0435 in most news
                case '\u0439', '\u0419' -> sb.append('\u0439');
                case '\u0451', '\u0401' -> sb.append('\u0435');
                default -> {
                    String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                    for (int k = 0; k < nfd.length(); k++) {
                        char d = nfd.charAt(k);
                        if (Character.getType(d) != Character.NON_SPACING_MARK) {
                            sb.append(Character.toLowerCase(d));
                        }
                    }
                }
            }
        }
        return sb.toString();
    }

    /** Whether {@code c} is an apostrophe of any kind. */
    public static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '\u2018';
    }
}
