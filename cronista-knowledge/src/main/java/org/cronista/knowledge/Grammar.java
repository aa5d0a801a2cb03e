package org.cronista.knowledge;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A language's function words ({@code <lang>/grammar.tsv}), by class, as folded keys. Multi-word
 * entries are kept with single spaces between the folded words.
 */
public final class Grammar {
    static final String FORMAT = "cronista-grammar/1";
    static final List<String> COLUMNS = List.of("class", "words");

    /** The classes a grammar file may use; see FORMATS.md. */
    public enum WordClass {
        NEGATION, MODAL, FUTURE, INTENT, HYPOTHETICAL, COORDINATION, RELATIVE, AUXILIARY, PASSIVE_AUX, PERFECT_AUX,
        PASSIVE_MARKER, REFLEXIVE, PASSIVE_AGENT, GENITIVE, LOCATIVE, ORIGIN, POSSESSIVE, POSSESSIVE_PRONOUN,
        PERSONAL_PRONOUN, DUAL, ELISION, CONTRACTION, CLITIC, ABBREVIATION, INFINITIVE_MARKER, IMPLICATIVE, QUANTITY,
        CLAUSE_BREAK, OPTION, NAME_ENDING, PURPOSE, APPROXIMATOR, TIME, REPORTING, DEONTIC,
        FUTURE_IN_PAST, MANDATIVE, COMPARATIVE
    }

    private final Map<WordClass, Set<String>> words;
    private final Map<String, String> rewrites;
    private final List<String[]> nameEndings;
    /** Each class's entries as words, by their first word. */
    private final Map<WordClass, Map<String, List<String[]>>> phrases = new EnumMap<>(WordClass.class);

    private Grammar(Map<WordClass, Set<String>> words, Map<String, String> rewrites, List<String[]> nameEndings) {
        this.words = Map.copyOf(words);
        words.forEach((wc, entries) -> {
            Map<String, List<String[]>> byFirst = new HashMap<>();
            for (String entry : entries) {
                String[] w = entry.split(" ");
                byFirst.computeIfAbsent(w[0], k -> new ArrayList<>()).add(w);
            }
            phrases.put(wc, byFirst);
        });
        this.rewrites = Map.copyOf(rewrites);
        this.nameEndings = List.copyOf(nameEndings);
    }

    static Grammar load(KnowledgeSource source, String lang, List<Problem> problems) {
        Map<WordClass, Set<String>> words = new HashMap<>();
        Map<String, String> rewrites = new HashMap<>();
        List<String[]> nameEndings = new ArrayList<>();
        for (Tsv.Row row : Tsv.read(source, lang + "/grammar.tsv", FORMAT, COLUMNS, problems)) {
            WordClass wc;
            try {
                wc = WordClass.valueOf(row.get("class").toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(row.problem("unknown word class '" + row.get("class") + "'"));
                continue;
            }
            Set<String> set = words.computeIfAbsent(wc, k -> new HashSet<>());
            for (String w : row.list("words")) {
                if (wc == WordClass.ELISION || wc == WordClass.CONTRACTION) {
                    int eq = w.indexOf('=');
                    if (eq <= 0 || eq == w.length() - 1) {
                        problems.add(row.problem(wc.name().toLowerCase(java.util.Locale.ROOT)
                                + " entries are form=lemma: '" + w + "'"));
                        continue;
                    }
                    String form = Keys.fold(w.substring(0, eq).strip());
                    set.add(form);
                    rewrites.put(form, w.substring(eq + 1).strip());
                } else if (wc == WordClass.NAME_ENDING) {
                    int eq = w.indexOf('=');
                    if (eq <= 0) {
                        problems.add(row.problem("name_ending entries are ending=replacement: '" + w + "'"));
                        continue;
                    }
                    String ending = w.substring(0, eq).strip().toLowerCase(java.util.Locale.ROOT);
                    set.add(ending);
                    nameEndings.add(new String[] {ending, w.substring(eq + 1).strip()});
                } else if (wc == WordClass.ABBREVIATION) {
                    set.add(w);
                } else {
                    set.add(foldPhrase(w));
                }
            }
        }
        Map<WordClass, Set<String>> frozen = new HashMap<>();
        words.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return new Grammar(frozen, rewrites, nameEndings);
    }

    private static String foldPhrase(String w) {
        return String.join(" ", java.util.Arrays.stream(w.strip().split("\\s+")).map(Keys::fold).toList());
    }

    /** Whether {@code key} (folded) belongs to class {@code wc}. */
    public boolean is(WordClass wc, String key) {
        Set<String> s = words.get(wc);
        return s != null && s.contains(key);
    }

    /** The entries of class {@code wc} that begin with the word {@code first}, each as its words. */
    public List<String[]> phrasesStartingWith(WordClass wc, String first) {
        Map<String, List<String[]>> byFirst = phrases.get(wc);
        return byFirst == null ? List.of() : byFirst.getOrDefault(first, List.of());
    }

    /** All entries of a class (folded; abbreviations as written). */
    public Set<String> words(WordClass wc) {
        return words.getOrDefault(wc, Set.of());
    }

    /**
     * The base forms an unknown name may have when it carries a case ending the file lists
     * ({@code name_ending}: "Байдена" → "Байден", "Кулебы" → "Кулеба"); stems keep at least two letters.
     */
    public List<String> nameStems(String form) {
        if (nameEndings.isEmpty()) {
            return List.of();
        }
        String lower = form.toLowerCase(java.util.Locale.ROOT);
        List<String> out = new ArrayList<>(2);
        for (String[] e : nameEndings) {
            int stem = form.length() - e[0].length();
            if (stem >= 2 && lower.endsWith(e[0])) {
                String base = form.substring(0, stem) + e[1];
                if (!out.contains(base)) {
                    out.add(base);
                }
            }
        }
        return out;
    }

    /** The lemma an elided or contracted form stands for ("dell'" → "di"), or null. */
    public String rewrite(String key) {
        return rewrites.get(key);
    }
}
