package org.cronista.dictionary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts a PETRARCH agents dictionary ({@code PHRASE {plurals} [~CODE]} lines and
 * {@code !MARKER! = A, B} substitution sets) into lines of Cronista's {@code agents.tsv}: the phrase
 * with its regular plural (or the irregular ones in braces, or none for {@code {}}), and the role.
 * Cronista appends a role to the actor's code; PETRARCH's prefix agents ({@code [NGO~]}) are written
 * as roles too, and this loss is reported.
 */
final class PetrarchAgentReader {
    private static final Pattern LINE = Pattern.compile("^(.*?)\\s*(\\{([^}]*)\\})?\\s*\\[([^\\]]*)\\]\\s*$");
    private static final Pattern MARKER = Pattern.compile("!([A-Z]+)!");
    private static final Pattern ROLE = Pattern.compile("(?:[A-Z]{3})+");

    private final ImportResult result;
    private final String out;
    private final Map<String, List<String>> markers = new HashMap<>();
    private final Map<String, String> seen = new HashMap<>();

    PetrarchAgentReader(ImportResult result, String out) {
        this.result = result;
        this.out = out;
    }

    void read(String file, List<String> lines) {
        int n = 0;
        for (String raw : lines) {
            n++;
            String s = PetrarchText.strip(raw, false);
            if (s == null || s.isBlank()) {
                continue;
            }
            String t = s.strip();
            String where = file + ":" + n + ": " + t;
            int eq = t.indexOf('=');
            if (t.startsWith("!") && eq > 0) {
                List<String> items = new ArrayList<>();
                for (String item : t.substring(eq + 1).split(",")) {
                    if (!item.isBlank()) {
                        items.add(item.strip());
                    }
                }
                markers.put(t.substring(0, eq).strip().replace("!", ""), items);
                continue;
            }
            Matcher m = LINE.matcher(t);
            if (!m.matches()) {
                result.lost("agent line without a [code]", where);
                continue;
            }
            String code = m.group(4).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
            String role;
            if (code.startsWith("~")) {
                role = code.substring(1);
            } else if (code.endsWith("~")) {
                role = code.substring(0, code.length() - 1);
                result.lost("agent put before the actor code ([XXX~]); Cronista appends it as a role", where);
            } else {
                result.lost("agent code without ~", where);
                continue;
            }
            if (!ROLE.matcher(role).matches()) {
                result.lost("agent code is not three-letter segments", where);
                continue;
            }
            String phrase = m.group(1).strip();
            if (phrase.contains(" ") && !phrase.contains("!")) {
                result.lost("agent words that may be apart (blank, not _) are read as consecutive", where);
            }
            Set<String> variants = new LinkedHashSet<>();
            for (String expanded : expand(phrase, where)) {
                String words = PetrarchText.lower(PetrarchText.words(expanded));
                variants.add(words);
                if (m.group(2) == null && !phrase.contains("!")) {
                    variants.add(PetrarchText.plural(words));
                }
            }
            if (m.group(3) != null) {
                for (String p : m.group(3).strip().split("\\s+")) {
                    if (!p.isBlank()) {
                        variants.add(PetrarchText.lower(PetrarchText.words(p)));
                    }
                }
            }
            String here = file + ":" + n;
            variants.removeIf(v -> seen.putIfAbsent(v, here) != null);
            if (variants.isEmpty()) {
                result.lost("agent phrase defined twice (the first definition is kept)", where);
                continue;
            }
            result.line(out, String.join("\t", String.join("|", variants), role, "", file + ":" + n));
        }
    }

    private List<String> expand(String phrase, String where) {
        Matcher m = MARKER.matcher(phrase);
        if (!m.find()) {
            return List.of(phrase);
        }
        List<String> items = markers.get(m.group(1));
        if (items == null) {
            result.lost("undefined substitution marker", where);
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String item : items) {
            out.addAll(expand(phrase.substring(0, m.start()) + item + phrase.substring(m.end()), where));
        }
        return out;
    }
}
