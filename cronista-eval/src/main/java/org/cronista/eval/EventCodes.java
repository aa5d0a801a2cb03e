package org.cronista.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How event codes of gold files are read: CAMEO codes written with labels
 * ({@code 140_Engage_in_political_dissent}) or as bare roots ({@code 10}), and PLOVER categories of
 * every version (0.5 {@code FIGHT}, 0.6 {@code DEMAND}, 0.8 {@code REQUEST}) mapped to PLOVER 0.8
 * and to the CAMEO roots they stand for ({@code plover-categories.tsv}). Thread-safe.
 */
public final class EventCodes {
    /** A PLOVER category's meaning: its 0.8 type and its CAMEO roots ({@code |}-separated). */
    private record Category(String plover, String roots) {
    }

    private static final Map<String, Category> CATEGORIES = load();

    private EventCodes() {
    }

    private static Map<String, Category> load() {
        Map<String, Category> m = new HashMap<>();
        try (var in = EventCodes.class.getResourceAsStream("plover-categories.tsv");
             var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#") || line.startsWith("category\t")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                m.put(c[0], new Category(c.length > 1 ? c[1] : "", c.length > 2 ? c[2] : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }

    /**
     * The leading digits of a gold CAMEO code ("140_Engage…" → "140"), or of each of several
     * {@code |}-separated ones; empty when there are none. A code with letters after its digits
     * ({@code 174K}) is kept as written, so that it matches nothing.
     */
    public static String cameo(String raw) {
        if (raw == null) {
            return "";
        }
        if (raw.indexOf('|') >= 0) {
            StringBuilder sb = new StringBuilder();
            for (String part : raw.split("\\|")) {
                String c = one(part);
                if (!c.isEmpty()) {
                    sb.append(sb.isEmpty() ? "" : "|").append(c);
                }
            }
            return sb.toString();
        }
        return one(raw);
    }

    private static String one(String raw) {
        String s = raw.strip();
        int i = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        if (i < 2) {
            return "";
        }
        String digits = s.substring(0, i);
        return i == s.length() || !Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' ? digits : s;
    }

    /** The PLOVER 0.8 type of a category of any version; empty when unknown or without one. */
    public static String plover(String category) {
        if (category == null || category.isBlank()) {
            return "";
        }
        Category c = CATEGORIES.get(category.strip().toUpperCase(Locale.ROOT));
        return c == null ? "" : c.plover();
    }

    /** The CAMEO roots a PLOVER category of any version stands for ({@code 19|20}); empty when none. */
    public static String roots(String category) {
        if (category == null || category.isBlank()) {
            return "";
        }
        Category c = CATEGORIES.get(category.strip().toUpperCase(Locale.ROOT));
        return c == null ? "" : c.roots();
    }

    /** Whether a PLOVER category name is known. */
    public static boolean knownCategory(String category) {
        return category != null && CATEGORIES.containsKey(category.strip().toUpperCase(Locale.ROOT));
    }
}
