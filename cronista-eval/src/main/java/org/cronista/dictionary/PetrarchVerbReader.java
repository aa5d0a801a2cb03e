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
import org.cronista.api.events.CameoCode;
import org.cronista.knowledge.CameoCodebook;
import org.cronista.knowledge.EventPattern;

/**
 * Converts a PETRARCH verb dictionary (synonym sets {@code &NAME} with {@code +member} lines; verb
 * blocks {@code --- NAME [code] ---} of verbs, with irregular forms in braces and multi-word verbs
 * whose verb is marked {@code +}; pattern lines {@code - words * words [code]}) into Cronista event
 * patterns. Per verb and pattern:
 * <ul>
 *   <li>the verb is the anchor, irregular forms its alternatives, the words after a multi-word
 *       verb's {@code +} follow it;</li>
 *   <li>pattern words follow each other as Cronista's pattern words do: articles, adjectives,
 *       adverbs and numerals may stand between them ("restore full diplomatic ties"), other words
 *       may not ("adopt a set of resolutions" is not "adopt resolutions"), which is how PETRARCH
 *       matches the head of a phrase; {@code _} (words strictly next to each other) is read the
 *       same way;</li>
 *   <li>{@code +} becomes the target slot {@code $T}; without one, the target is the first actor
 *       after the pattern's words (or between verb and words), and a pattern without target is
 *       added for sentences that have none; {@code ^} (skip a noun phrase) becomes a gap;</li>
 *   <li>a synonym set becomes alternatives of one word, and a pattern per multi-word member;</li>
 *   <li>paired codes {@code [a:a]} make the pattern symmetric.</li>
 * </ul>
 * What Cronista's patterns cannot say is reported: words before the verb (Cronista reads modality
 * and negation itself), a source or compound slot after the verb, a target before the verb,
 * null-coded patterns that block a verb, the second code of {@code [a:b]}, transformations, and
 * codes that are not CAMEO codes. Codes of CAMEO's shape that the codebook lacks are added to a
 * {@code world/cameo.tsv} with the values of their parent code.
 */
final class PetrarchVerbReader {
    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");
    private static final List<String> TARGET_REACH = List.of("*", "*", "$T");

    private final ImportResult result;
    private final String out;
    private final String lang;
    private final CameoCodebook codebook;
    private final Map<String, List<String>> synsets = new HashMap<>();
    private final Map<String, Integer> ids = new HashMap<>();
    private final Map<String, String> patterns = new HashMap<>();
    private final Set<String> added = new LinkedHashSet<>();
    private final String cameoOut;

    PetrarchVerbReader(ImportResult result, String out, String lang, CameoCodebook codebook, String cameoOut) {
        this.result = result;
        this.out = out;
        this.lang = lang;
        this.codebook = codebook;
        this.cameoOut = cameoOut;
    }

    /** A verb of a block: its anchor forms, the words after a multi-word verb, its own code. */
    private record Verb(Set<String> anchors, List<String> after, String code, int line) {
    }

    /** A pattern line of a block. */
    private record Line(String body, String code, int line) {
    }

    /** What the lines being read belong to. */
    private enum Mode { NONE, SYNSET, BLOCK }

    /** An element of a PETRARCH pattern. */
    private record Unit(List<String> tokens) {
    }

    void read(String file, List<String> lines) {
        Mode mode = Mode.NONE;
        String synset = null;
        String blockCode = null;
        List<Verb> verbs = new ArrayList<>();
        List<Line> patternLines = new ArrayList<>();
        int n = 0;
        for (String raw : lines) {
            n++;
            String s = PetrarchText.strip(raw, false);
            if (s == null || s.isBlank()) {
                continue;
            }
            String t = s.strip();
            if (t.startsWith("---")) {
                flush(file, verbs, patternLines, blockCode);
                verbs = new ArrayList<>();
                patternLines = new ArrayList<>();
                Matcher m = CODE.matcher(t);
                blockCode = m.find() ? m.group(1).strip() : "---";
                mode = Mode.BLOCK;
                continue;
            }
            if (t.startsWith("&")) {
                synset = label(t.split("\\s+")[0].substring(1));
                synsets.put(synset, new ArrayList<>());
                mode = Mode.SYNSET;
                continue;
            }
            if (t.startsWith("+") && mode == Mode.SYNSET) {
                synsets.get(synset).add(t.substring(1).strip());
                continue;
            }
            if (t.startsWith("~")) {
                result.lost("transformation (verb acting on a verb)", file + ":" + n + ": " + t);
                continue;
            }
            if (mode != Mode.BLOCK) {
                if (mode != Mode.SYNSET || !t.startsWith("-")) {
                    result.lost("line outside a verb block", file + ":" + n + ": " + t);
                }
                continue;
            }
            if (t.startsWith("-")) {
                Matcher m = CODE.matcher(t);
                int last = -1;
                String code = null;
                while (m.find()) {
                    last = m.start();
                    code = m.group(1).strip();
                }
                if (code == null) {
                    result.lost("pattern without [code]", file + ":" + n + ": " + t);
                    continue;
                }
                patternLines.add(new Line(t.substring(1, last).strip(), code, n));
                continue;
            }
            Verb v = verb(file, n, t);
            if (v != null) {
                verbs.add(v);
            }
        }
        flush(file, verbs, patternLines, blockCode);
    }

    private Verb verb(String file, int n, String t) {
        String code = null;
        Matcher cm = CODE.matcher(t);
        if (cm.find()) {
            code = cm.group(1).strip();
            t = (t.substring(0, cm.start()) + t.substring(cm.end())).strip();
        }
        List<String> forms = new ArrayList<>();
        int b = t.indexOf('{');
        if (b >= 0) {
            int e = t.indexOf('}', b);
            for (String f : t.substring(b + 1, e < 0 ? t.length() : e).strip().split("\\s+")) {
                if (!f.isBlank()) {
                    forms.add(f);
                }
            }
            t = t.substring(0, b).strip();
        }
        List<String> words = PetrarchText.words(t.replace("+", " +"));
        if (words.isEmpty()) {
            return null;
        }
        int vi = 0;
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).startsWith("+")) {
                vi = i;
            }
        }
        List<String> clean = words.stream().map(w -> w.replace("+", "").toLowerCase(Locale.ROOT)).toList();
        Set<String> anchors = new LinkedHashSet<>();
        anchors.add(clean.get(vi));
        for (String f : forms) {
            List<String> fw = PetrarchText.words(f.replace("+", " +"));
            int fi = 0;
            for (int i = 0; i < fw.size(); i++) {
                if (fw.get(i).startsWith("+")) {
                    fi = i;
                }
            }
            if (!fw.isEmpty()) {
                anchors.add(fw.get(fi).replace("+", "").toLowerCase(Locale.ROOT));
            }
        }
        if (vi > 0) {
            result.lost("words before a multi-word verb are dropped (Cronista anchors on the verb)",
                    file + ":" + n + ": " + t);
        }
        return new Verb(anchors, clean.subList(vi + 1, clean.size()), code, n);
    }

    private void flush(String file, List<Verb> verbs, List<Line> lines, String blockCode) {
        for (Verb v : verbs) {
            String own = v.code() != null ? v.code() : blockCode;
            String[] codes = codes(file, v.line(), own, "verb");
            if (codes != null) {
                List<String> base = base(v);
                String where = file + ":" + v.line() + ": verb " + String.join("|", v.anchors()) + " [" + own + "]";
                emit(v, codes, withTarget(base, List.of()), where);
                emit(v, codes, String.join(" ", base), where + " (no target)");
            }
            for (Line l : lines) {
                convert(file, v, l);
            }
        }
    }

    private static List<String> base(Verb v) {
        List<String> out = new ArrayList<>();
        out.add(String.join("|", v.anchors()));
        out.addAll(v.after());
        return out;
    }

    /**
     * The pattern followed by the first actor later in the clause: PETRARCH takes the target from
     * anywhere in the verb phrase; two gaps let Cronista look up to twelve tokens ahead, and a gap
     * never crosses another verb or the end of the clause.
     */
    private static String withTarget(List<String> head, List<String> tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(tail);
        all.addAll(TARGET_REACH);
        return String.join(" ", tidy(all));
    }

    private void convert(String file, Verb v, Line l) {
        String where = file + ":" + l.line() + ": - " + l.body() + " [" + l.code() + "]";
        String[] codes = codes(file, l.line(), l.code(), "pattern");
        if (codes == null) {
            return;
        }
        List<Unit> units = units(l.body());
        int star = -1;
        for (int i = 0; i < units.size() && star < 0; i++) {
            for (String tok : units.get(i).tokens()) {
                if (tok.equals("*")) {
                    star = i;
                }
            }
        }
        if (star < 0) {
            result.lost("pattern without the verb's place *", where);
            return;
        }
        // split the unit holding "*" into what precedes and follows it
        List<Unit> before = new ArrayList<>(units.subList(0, star));
        List<Unit> after = new ArrayList<>();
        Unit su = units.get(star);
        int k = su.tokens().indexOf("*");
        if (k > 0) {
            before.add(new Unit(su.tokens().subList(0, k)));
        }
        boolean glued = k + 1 < su.tokens().size();
        if (glued) {
            after.add(new Unit(su.tokens().subList(k + 1, su.tokens().size())));
        }
        after.addAll(units.subList(star + 1, units.size()));
        for (Unit u : before) {
            for (String tok : u.tokens()) {
                if (tok.equals("+") || tok.equals("%")) {
                    result.lost("target or compound before the verb", where);
                    return;
                }
                if (!tok.equals("$")) {
                    result.lost("words before the verb (Cronista reads negation, modality and the subject itself)", where);
                    return;
                }
            }
        }
        List<List<String>> variants = new ArrayList<>();
        variants.add(new ArrayList<>());
        boolean target = false;
        for (Unit u : after) {
            for (String tok : u.tokens()) {
                switch (tok) {
                    case "$" -> {
                        result.lost("source after the verb", where);
                        return;
                    }
                    case "%" -> {
                        result.lost("compound slot %", where);
                        return;
                    }
                    case "+" -> {
                        if (target) {
                            result.lost("two targets", where);
                            return;
                        }
                        target = true;
                        appendAll(variants, List.of("$T"));
                    }
                    case "^" -> appendAll(variants, List.of("*"));
                    default -> {
                        if (tok.startsWith("&")) {
                            List<List<String>> alts = synset(tok.substring(1), where);
                            if (alts == null) {
                                return;
                            }
                            variants = cross(variants, alts);
                        } else {
                            appendAll(variants, List.of(tok.toLowerCase(Locale.ROOT)));
                        }
                    }
                }
            }
        }
        List<String> head = base(v);
        for (List<String> variant : variants) {
            List<String> words = tidy(variant);
            if (target) {
                emit(v, codes, join(head, words), where);
            } else {
                emit(v, codes, withTarget(head, words), where);
                List<String> targetFirst = new ArrayList<>(head);
                targetFirst.addAll(TARGET_REACH);
                if (!words.isEmpty()) {
                    if (!glued) {
                        emit(v, codes, join(targetFirst, words), where);
                    }
                    emit(v, codes, join(head, words), where + " (no target)");
                }
            }
        }
    }

    private static String join(List<String> head, List<String> tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(tail);
        return String.join(" ", tidy(all));
    }

    /** Drops doubled and trailing gaps; the target reach "* * $T" is kept whole. */
    private static List<String> tidy(List<String> els) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < els.size(); i++) {
            if (els.subList(i, Math.min(els.size(), i + TARGET_REACH.size())).equals(TARGET_REACH)) {
                while (!out.isEmpty() && out.get(out.size() - 1).equals("*")) {
                    out.remove(out.size() - 1);
                }
                out.addAll(TARGET_REACH);
                i += TARGET_REACH.size() - 1;
            } else if (!els.get(i).equals("*") || out.isEmpty() || !out.get(out.size() - 1).equals("*")) {
                out.add(els.get(i));
            }
        }
        while (!out.isEmpty() && out.get(out.size() - 1).equals("*")) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static void appendAll(List<List<String>> variants, List<String> els) {
        for (List<String> v : variants) {
            v.addAll(els);
        }
    }

    private static List<List<String>> cross(List<List<String>> variants, List<List<String>> alts) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> v : variants) {
            for (List<String> a : alts) {
                List<String> x = new ArrayList<>(v);
                x.addAll(a);
                out.add(x);
            }
        }
        return out;
    }

    /** A synonym set as alternatives: one element for its one-word members, one variant per longer member. */
    private List<List<String>> synset(String name, String where) {
        Set<String> single = new LinkedHashSet<>();
        List<List<String>> multi = new ArrayList<>();
        if (!members(name, single, multi, new LinkedHashSet<>())) {
            result.lost("undefined synonym set &" + name, where);
            return null;
        }
        List<List<String>> out = new ArrayList<>();
        if (!single.isEmpty()) {
            out.add(List.of(String.join("|", single)));
        }
        out.addAll(multi);
        return out;
    }

    /** A synonym set's name without the trailing {@code _} that only turns off plurals. */
    private static String label(String name) {
        return name.endsWith("_") ? name.substring(0, name.length() - 1) : name;
    }

    private boolean members(String name, Set<String> single, List<List<String>> multi, Set<String> visiting) {
        List<String> ms = synsets.get(label(name));
        if (ms == null || !visiting.add(label(name))) {
            return ms != null;
        }
        for (String m : ms) {
            if (m.startsWith("&")) {
                if (!members(m.substring(1).strip(), single, multi, visiting)) {
                    return false;
                }
                continue;
            }
            List<String> words = PetrarchText.words(m).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
            if (words.size() == 1) {
                single.add(words.get(0));
            } else if (!words.isEmpty()) {
                multi.add(words);
            }
        }
        return true;
    }

    /**
     * The units of a pattern body: top-level parts apart by blanks; inside a unit, tokens joined by
     * {@code _} or grouped by PETRARCH-2 braces and parentheses.
     */
    private static List<Unit> units(String body) {
        List<Unit> out = new ArrayList<>();
        int depth = 0;
        StringBuilder cur = new StringBuilder();
        List<String> parts = new ArrayList<>();
        for (char c : body.toCharArray()) {
            if (c == '(' || c == '{') {
                depth++;
                cur.append(' ');
            } else if (c == ')' || c == '}') {
                depth = Math.max(0, depth - 1);
                cur.append(' ');
            } else if (Character.isWhitespace(c) && depth == 0) {
                if (!cur.toString().isBlank()) {
                    parts.add(cur.toString());
                }
                cur.setLength(0);
            } else {
                cur.append(Character.isWhitespace(c) ? ' ' : c);
            }
        }
        if (!cur.toString().isBlank()) {
            parts.add(cur.toString());
        }
        for (String p : parts) {
            List<String> toks = new ArrayList<>();
            for (String w : p.replace("_", " ").strip().split("\\s+")) {
                if (!w.isEmpty()) {
                    splitSymbols(w, toks);
                }
            }
            out.add(new Unit(toks));
        }
        return out;
    }

    /** Splits the symbols {@code * + $ % ^} off a word they are glued to ("+*", "*_OUT" gives "*"). */
    private static void splitSymbols(String w, List<String> toks) {
        if (w.length() > 1 && (w.startsWith("*") || w.startsWith("+") || w.startsWith("$") || w.startsWith("%")
                || w.startsWith("^")) && !w.startsWith("&")) {
            toks.add(w.substring(0, 1));
            splitSymbols(w.substring(1), toks);
            return;
        }
        if (w.length() > 1 && (w.endsWith("*") || w.endsWith("+") || w.endsWith("$") || w.endsWith("%"))) {
            splitSymbols(w.substring(0, w.length() - 1), toks);
            toks.add(w.substring(w.length() - 1));
            return;
        }
        toks.add(w);
    }

    /** The primary code (and whether the pair makes it symmetric), or null when it cannot be used. */
    private String[] codes(String file, int line, String raw, String what) {
        String where = file + ":" + line + ": [" + raw + "]";
        String[] pair = raw.split(":");
        String code = pair[0].strip();
        if (code.equals("---") || code.isEmpty()) {
            if (what.equals("pattern")) {
                result.lost("null-coded pattern (it blocks the verb's code in PETRARCH; Cronista has no blocking patterns)", where);
            }
            return null;
        }
        if (!CameoCode.isValid(code)) {
            result.lost("code is not a CAMEO code (test or WEIS code)", where);
            return null;
        }
        if (codebook.type(code).isEmpty()) {
            addCode(code);
        }
        boolean sym = false;
        if (pair.length > 1) {
            String second = pair[1].strip();
            if (second.equals(code)) {
                sym = true;
            } else {
                result.lost("second code of [a:b] (the target's reply) is dropped", where);
            }
        }
        return new String[] {code, sym ? "sym" : ""};
    }

    private void addCode(String code) {
        if (!added.add(code)) {
            return;
        }
        String parent = code;
        while (parent.length() > 2 && codebook.type(parent).isEmpty()) {
            parent = parent.substring(0, parent.length() - 1);
        }
        var type = codebook.type(parent).or(() -> codebook.type(code.substring(0, 2)));
        if (type.isEmpty()) {
            return;
        }
        var t = type.get();
        result.line(cameoOut, String.join("\t", code, Double.toString(t.goldstein()),
                Integer.toString(t.quadClass().number()), t.plover() == null ? "" : t.plover().name(),
                t.ploverMode() == null ? "" : t.ploverMode(), "imported code, not in CAMEO 1.1b3 (values of " + t.code() + ")"));
    }

    private void emit(Verb v, String[] codes, String pattern, String where) {
        String anchor = v.anchors().iterator().next();
        String known = patterns.get(pattern);
        if (known != null) {
            if (!known.equals(codes[0])) {
                result.lost("same pattern with another code (the first is kept)", where + " vs [" + known + "]");
            }
            return;
        }
        try {
            EventPattern.parse(pattern, false);
        } catch (IllegalArgumentException e) {
            result.lost("not a valid Cronista pattern: " + e.getMessage(), where);
            return;
        }
        if (!codes[0].isEmpty() && codebook.type(codes[0]).isEmpty() && !added.contains(codes[0])) {
            return;
        }
        patterns.put(pattern, codes[0]);
        String word = anchor.replaceAll("[^a-z0-9]", "");
        int n = ids.merge(word, 1, Integer::sum);
        result.comment(out, where);
        result.line(out, String.join("\t", lang + "." + word + "." + n, codes[0], pattern, codes[1], "", ""));
    }
}
