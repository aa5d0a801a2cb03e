package org.cronista.dictionary;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** Helpers shared by the PETRARCH dictionary readers: comments, phrases, dates, plurals. */
final class PetrarchText {
    private PetrarchText() {
    }

    /** A line without its {@code #} comment (and {@code ;} comment in actor files); null for XML-style comment lines. */
    static String strip(String line, boolean semicolon) {
        String t = line.strip();
        if (t.startsWith("<!") || t.startsWith("-->")) {
            return null;
        }
        int hash = line.indexOf('#');
        String s = hash >= 0 ? line.substring(0, hash) : line;
        if (semicolon) {
            int semi = s.indexOf(';');
            if (semi >= 0) {
                s = s.substring(0, semi);
            }
        }
        return s;
    }

    /** The words of a PETRARCH phrase: {@code _} and blanks separate words; a trailing {@code _} is dropped. */
    static List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : phrase.replace('_', ' ').strip().split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * A name as Cronista writes it: each word capitalised (a capitalised word must be capitalised in
     * the text, as names are), words with dots or digits kept as written ({@code U.N.}), and function
     * words in lower case so that they match in any case ("the Hermit Kingdom").
     */
    static String name(List<String> words, Predicate<String> functionWord) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            String lower = w.toLowerCase(Locale.ROOT);
            if (w.contains(".") || w.chars().anyMatch(Character::isDigit)) {
                sb.append(w);
            } else if (words.size() > 1 && functionWord.test(lower)) {
                sb.append(lower);
            } else {
                sb.append(Character.toUpperCase(lower.charAt(0))).append(lower.substring(1));
            }
        }
        return sb.toString();
    }

    /** A role word as Cronista writes it: lower case. */
    static String lower(List<String> words) {
        return String.join(" ", words).toLowerCase(Locale.ROOT);
    }

    /** The regular English plural of the last word, as PETRARCH forms it (y → ies, s/x/z/ch/sh → es). */
    static String plural(String phrase) {
        String p = phrase;
        String l = p.toLowerCase(Locale.ROOT);
        if (l.endsWith("y") && l.length() > 1 && "aeiou".indexOf(l.charAt(l.length() - 2)) < 0) {
            return p.substring(0, p.length() - 1) + "ies";
        }
        if (l.endsWith("s") || l.endsWith("x") || l.endsWith("z") || l.endsWith("ch") || l.endsWith("sh")) {
            return p + "es";
        }
        return p + "s";
    }

    /** A PETRARCH date: YYYYMMDD, or YYMMDD with years below 30 in this century; null when malformed. */
    static LocalDate date(String s) {
        String d = s.strip();
        if (d.length() == 6 && d.chars().allMatch(Character::isDigit)) {
            d = (Integer.parseInt(d.substring(0, 2)) < 30 ? "20" : "19") + d;
        }
        if (d.length() != 8 || !d.chars().allMatch(Character::isDigit)) {
            return null;
        }
        try {
            return LocalDate.parse(d, DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
