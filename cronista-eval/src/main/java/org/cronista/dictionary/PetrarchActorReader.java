package org.cronista.dictionary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cronista.api.actors.ActorCode;

/**
 * Converts a PETRARCH/TABARI actor dictionary (a primary phrase with an optional {@code [CODE]},
 * {@code +synonym} lines, and tab-indented date restrictions {@code [CODE <date]},
 * {@code [CODE >date]}, {@code [CODE date-date]}) into lines of Cronista's {@code actors.tsv}.
 * PETRARCH applies the first restriction that covers a date and the undated code otherwise; the
 * conversion gives each code the periods where it applies, so that the lines of one phrase never
 * overlap. Null codes ({@code ---}) leave the phrase without actor in their period.
 */
final class PetrarchActorReader {
    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Set<String> INTERNATIONAL = Set.of("IGO", "NGO", "IMG", "MNC", "NGM", "INT", "UIS");

    private final Predicate<String> functionWord;
    private final ImportResult result;
    private final String out;
    private final Map<String, String> seen = new HashMap<>();

    PetrarchActorReader(Predicate<String> functionWord, ImportResult result, String out) {
        this.functionWord = functionWord;
        this.result = result;
        this.out = out;
    }

    /** One period of one code. */
    private record Span(String code, LocalDate from, LocalDate until, int line) {
    }

    private static final class Entry {
        final int line;
        final List<List<String>> phrases = new ArrayList<>();
        final List<Span> restrictions = new ArrayList<>();
        Span fallback;

        Entry(int line) {
            this.line = line;
        }
    }

    void read(String file, List<String> lines) {
        Entry current = null;
        int n = 0;
        for (String raw : lines) {
            n++;
            String s = PetrarchText.strip(raw, true);
            if (s == null || s.isBlank()) {
                continue;
            }
            String t = s.strip();
            boolean indented = Character.isWhitespace(s.charAt(0));
            if (indented && t.startsWith("[")) {
                if (current == null) {
                    result.lost("date restriction without an entry", file + ":" + n + ": " + t);
                } else {
                    restriction(file, n, t, current);
                }
                continue;
            }
            if (t.startsWith("+")) {
                if (current == null) {
                    result.lost("synonym without an entry", file + ":" + n + ": " + t);
                } else {
                    current.phrases.add(PetrarchText.words(phraseOf(t.substring(1))));
                    if (CODE.matcher(t).find()) {
                        result.lost("code on a synonym line (the entry's codes are used)", file + ":" + n + ": " + t);
                    }
                }
                continue;
            }
            if (current != null) {
                emit(file, current);
            }
            current = new Entry(n);
            current.phrases.add(PetrarchText.words(phraseOf(t)));
            Matcher m = CODE.matcher(t);
            if (m.find()) {
                restriction(file, n, m.group(0), current);
            }
        }
        if (current != null) {
            emit(file, current);
        }
    }

    private static String phraseOf(String t) {
        int b = t.indexOf('[');
        return (b >= 0 ? t.substring(0, b) : t).strip();
    }

    private void restriction(String file, int n, String bracket, Entry e) {
        Matcher m = CODE.matcher(bracket);
        if (!m.find()) {
            result.lost("malformed code", file + ":" + n + ": " + bracket);
            return;
        }
        String body = m.group(1).strip();
        Matcher cm = Pattern.compile("^([^\\s<>]+)\\s*(.*)$").matcher(body);
        if (!cm.matches()) {
            result.lost("malformed code", file + ":" + n + ": " + bracket);
            return;
        }
        String code = cm.group(1);
        String spec = cm.group(2).replaceAll("\\s+", "");
        if (code.chars().allMatch(c -> Character.isDigit(c) || c == '-') && !code.equals("---")) {
            result.lost("date restriction without a code", file + ":" + n + ": " + bracket);
            return;
        }
        LocalDate from = null;
        LocalDate until = null;
        if (!spec.isEmpty()) {
            if (spec.startsWith("<")) {
                until = PetrarchText.date(spec.substring(1));
                if (until == null) {
                    result.lost("malformed date", file + ":" + n + ": " + bracket);
                    return;
                }
            } else if (spec.startsWith(">")) {
                from = PetrarchText.date(spec.substring(1));
                if (from == null) {
                    result.lost("malformed date", file + ":" + n + ": " + bracket);
                    return;
                }
            } else {
                String[] ab = spec.split("-");
                from = ab.length == 2 ? PetrarchText.date(ab[0]) : null;
                until = ab.length == 2 ? PetrarchText.date(ab[1]) : null;
                if (from == null || until == null || until.isBefore(from)) {
                    result.lost("malformed date", file + ":" + n + ": " + bracket);
                    return;
                }
            }
        }
        String c = code(file, n, code);
        Span span = new Span(c, from, until, n);
        if (from == null && until == null) {
            e.fallback = span;
        } else {
            e.restrictions.add(span);
        }
    }

    /** The code in Cronista's form, or null for a null code or one Cronista cannot use. */
    private String code(String file, int n, String raw) {
        String c = raw.toUpperCase(Locale.ROOT);
        if (c.equals("---")) {
            return null;
        }
        if (c.contains("/")) {
            result.lost("several codes for one phrase (the first is kept)", file + ":" + n + ": " + raw);
            c = c.substring(0, c.indexOf('/'));
        }
        if (!ActorCode.isValid(c)) {
            result.lost("not an actor code (three-letter segments)", file + ":" + n + ": " + raw);
            return null;
        }
        return c;
    }

    private void emit(String file, Entry e) {
        Set<String> variants = new LinkedHashSet<>();
        for (List<String> words : e.phrases) {
            if (words.isEmpty()) {
                continue;
            }
            String name = PetrarchText.name(words, functionWord);
            String key = name.toLowerCase(Locale.ROOT);
            String earlier = seen.putIfAbsent(key, file + ":" + e.line);
            if (earlier != null) {
                result.lost("phrase defined twice (the first definition is kept)",
                        file + ":" + e.line + ": " + name + " (first at " + earlier + ")");
                continue;
            }
            variants.add(name);
        }
        if (variants.isEmpty()) {
            return;
        }
        List<Span> periods = new ArrayList<>();
        List<Span> claimed = new ArrayList<>();
        for (Span r : e.restrictions) {
            for (Span piece : minus(r, claimed)) {
                periods.add(piece);
            }
            claimed.add(r);
        }
        if (e.fallback != null) {
            periods.addAll(minus(e.fallback, claimed));
        } else if (e.restrictions.isEmpty()) {
            result.lost("entry without a code", file + ":" + e.line + ": " + String.join("|", variants));
            return;
        }
        String phrase = String.join("|", variants);
        for (Span p : periods) {
            if (p.code() == null) {
                continue;
            }
            result.line(out, String.join("\t", phrase, p.code(), kind(p.code()),
                    p.from() == null ? "" : p.from().toString(), p.until() == null ? "" : p.until().toString(),
                    "", file + ":" + p.line()));
        }
    }

    private static String kind(String code) {
        if (INTERNATIONAL.contains(code.substring(0, 3))) {
            return "organization";
        }
        return code.length() == 3 ? "country" : "group";
    }

    /** The parts of {@code s}'s period not covered by any of {@code claimed}. */
    static List<Span> minus(Span s, List<Span> claimed) {
        List<Span> pieces = new ArrayList<>(List.of(s));
        for (Span c : claimed) {
            List<Span> next = new ArrayList<>();
            for (Span p : pieces) {
                // part before c
                if (c.from() != null && (p.from() == null || p.from().isBefore(c.from()))) {
                    LocalDate end = c.from().minusDays(1);
                    LocalDate u = p.until() == null || p.until().isAfter(end) ? end : p.until();
                    if (p.from() == null || !u.isBefore(p.from())) {
                        next.add(new Span(p.code(), p.from(), u, p.line()));
                    }
                }
                // part after c
                if (c.until() != null && (p.until() == null || p.until().isAfter(c.until()))) {
                    LocalDate start = c.until().plusDays(1);
                    LocalDate f = p.from() == null || p.from().isBefore(start) ? start : p.from();
                    if (p.until() == null || !p.until().isBefore(f)) {
                        next.add(new Span(p.code(), f, p.until(), p.line()));
                    }
                }
            }
            pieces = next;
        }
        return pieces;
    }
}
