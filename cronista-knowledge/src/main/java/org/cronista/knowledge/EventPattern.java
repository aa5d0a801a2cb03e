package org.cronista.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cronista.api.events.CameoCode;

/**
 * One event pattern of a language's {@code events.tsv}, parsed. See FORMATS.md for the syntax.
 *
 * @param id        stable rule id, e.g. {@code it.elogiare.1}
 * @param cameo     the CAMEO code it gives
 * @param elements  the pattern, the anchor first
 * @param symmetric whether the action is mutual
 * @param noun      whether the anchor is a noun naming the action
 * @param adverbial whether the noun, after a preposition, says why the clause's subject acted ("en
 *                  protesta", "in protest"): without a source of its own the subject is its source
 * @param text      the pattern as written
 * @param example   a sentence the pattern must code
 * @param expect    the dyad the example must give, {@code SRC>TGT} or {@code SRC>-}
 * @param ref       {@code file:line}
 */
public record EventPattern(String id, CameoCode cameo, List<Element> elements, boolean symmetric, boolean noun,
                           boolean adverbial, String text, String example, String expect, String ref) {

    /** A pattern element. */
    public sealed interface Element permits Word, Slot, Gap {
    }

    /**
     * A word: matches a token whose lemma key or form key is one of {@code keys}.
     *
     * @param keys     folded alternatives
     * @param optional whether the word may be absent
     */
    public record Word(Set<String> keys, boolean optional) implements Element {
    }

    /**
     * An actor slot.
     *
     * @param target   true for {@code $T}, false for {@code $S}
     * @param optional whether the slot may stay empty ({@code $T?})
     */
    public record Slot(boolean target, boolean optional) implements Element {
    }

    /** A gap of a few tokens ({@code *}). */
    public record Gap() implements Element {
    }

    /** The anchor's keys. */
    public Set<String> anchorKeys() {
        return ((Word) elements.get(0)).keys();
    }

    /** Whether the pattern names a target slot. */
    public boolean hasTarget() {
        return elements.stream().anyMatch(e -> e instanceof Slot s && s.target());
    }

    /** Number of words (not slots or gaps): longer patterns are more specific. */
    public int specificity() {
        return (int) elements.stream().filter(e -> e instanceof Word w && !w.optional()).count();
    }

    /**
     * Parses a pattern's text.
     *
     * @throws IllegalArgumentException with a readable reason
     */
    public static List<Element> parse(String pattern, boolean noun) {
        List<Element> out = new ArrayList<>();
        int sources = 0;
        int targets = 0;
        for (String raw : pattern.strip().split("\\s+")) {
            if (raw.isEmpty()) {
                continue;
            }
            switch (raw) {
                case "$T" -> {
                    out.add(new Slot(true, false));
                    targets++;
                }
                case "$T?" -> {
                    out.add(new Slot(true, true));
                    targets++;
                }
                case "$S" -> {
                    out.add(new Slot(false, false));
                    sources++;
                }
                case "*" -> out.add(new Gap());
                default -> {
                    boolean optional = raw.startsWith("[") && raw.endsWith("]");
                    String body = optional ? raw.substring(1, raw.length() - 1) : raw;
                    if (body.isEmpty() || body.contains("[") || body.contains("]") || body.contains("$")) {
                        throw new IllegalArgumentException("bad pattern element '" + raw + "'");
                    }
                    Set<String> keys = new LinkedHashSet<>();
                    for (String alt : body.split("\\|")) {
                        if (alt.isEmpty()) {
                            throw new IllegalArgumentException("empty alternative in '" + raw + "'");
                        }
                        keys.add(Keys.fold(alt));
                    }
                    out.add(new Word(Set.copyOf(keys), optional));
                }
            }
        }
        if (out.isEmpty() || !(out.get(0) instanceof Word w) || w.optional()) {
            throw new IllegalArgumentException("a pattern must start with its anchor word");
        }
        if (targets > 1 || sources > 1) {
            throw new IllegalArgumentException("at most one $T and one $S");
        }
        if (sources == 1 && !noun) {
            throw new IllegalArgumentException("$S is only for patterns with the noun flag");
        }
        if (out.get(out.size() - 1) instanceof Gap) {
            throw new IllegalArgumentException("a pattern cannot end with a gap");
        }
        return List.copyOf(out);
    }
}
