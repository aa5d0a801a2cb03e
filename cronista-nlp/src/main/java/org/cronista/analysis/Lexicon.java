package org.cronista.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.cronista.api.text.Feature;
import org.cronista.api.text.Reading;
import org.cronista.api.text.Upos;
import org.cronista.knowledge.Grammar;
import org.cronista.knowledge.Keys;
import org.cronista.knowledge.Tagset;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.tagging.Tagger;

/**
 * Every reading (lemma, universal part of speech, features) a word form can have, looked up in
 * LanguageTool's morphological dictionary and mapped through the language's tag set. Elided and
 * contracted forms take the lemma the grammar file gives ("dell'" → "di", "della" → "di"); an unknown
 * name also gets the base forms its case ending allows ("Байдена" → "Байден"), so that dictionary
 * names match in every case.
 * Results are memoised per form, which makes tagging news cost a hash lookup for most words.
 * Thread-safe.
 */
public final class Lexicon {
    /** Forms remembered at most; beyond this new forms are looked up every time. */
    public static final int CACHE_LIMIT = 400_000;

    private final Tagger tagger;
    private final Tagset tagset;
    private final Grammar grammar;
    private final Map<String, List<Reading>> extra;
    private final ConcurrentHashMap<String, List<Reading>> cache = new ConcurrentHashMap<>();

    /**
     * A lexicon over LanguageTool's {@code tagger}.
     *
     * @param extra readings the knowledge files add, by folded form (nationality adjectives the
     *              tagger may not know as adjectives: "serbo" is also a form of "serbare")
     */
    public Lexicon(Tagger tagger, Tagset tagset, Grammar grammar, Map<String, List<Reading>> extra) {
        this.tagger = tagger;
        this.tagset = tagset;
        this.grammar = grammar;
        this.extra = Map.copyOf(extra);
    }

    /** The readings of {@code form}; never empty (unknown words get a guessed reading). */
    public List<Reading> readings(String form) {
        List<Reading> r = cache.get(form);
        if (r == null) {
            r = lookup(form);
            if (cache.size() < CACHE_LIMIT) {
                cache.putIfAbsent(form, r);
            }
        }
        return r;
    }

    private List<Reading> lookup(String form) {
        String key = Keys.fold(form);
        String rewrite = grammar.rewrite(key);
        List<Reading> out = tag(form.replace('\u2019', '\''));
        if (rewrite != null) {
            if (out.isEmpty()) {
                out = tag(rewrite);
            }
            List<Reading> rewritten = new ArrayList<>();
            for (Reading r : out) {
                rewritten.add(new Reading(rewrite, r.upos(), r.features()));
            }
            out = rewritten;
        }
        List<Reading> added = extra.get(key);
        if (added != null) {
            List<Reading> merged = new ArrayList<>(added);
            for (Reading r : out) {
                if (!merged.contains(r)) {
                    merged.add(r);
                }
            }
            out = merged;
        }
        if (out.isEmpty() && shouted(form)) {
            // a headline in capitals ("ESTUDIANTES PROTESTAN"): read the word in lower case
            out = tag(form.toLowerCase(java.util.Locale.ROOT));
        }
        if (out.isEmpty()) {
            Reading g = guess(form);
            out = new ArrayList<>(List.of(g));
            if (g.upos() == Upos.PROPN) {
                for (String stem : grammar.nameStems(form)) {
                    out.add(new Reading(stem, Upos.PROPN, g.features()));
                }
            }
        }
        return List.copyOf(out);
    }

    private List<Reading> tag(String form) {
        List<AnalyzedTokenReadings> tagged;
        try {
            tagged = tagger.tag(List.of(form));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<Reading> out = new LinkedHashSet<>();
        for (AnalyzedTokenReadings atr : tagged) {
            for (AnalyzedToken at : atr.getReadings()) {
                String tag = at.getPOSTag();
                if (tag == null || at.getLemma() == null) {
                    continue;
                }
                Tagset.Rule rule = tagset.map(tag);
                if (rule == null) {
                    continue;
                }
                out.add(new Reading(at.getLemma(), rule.upos(), rule.features()));
            }
        }
        return new ArrayList<>(out);
    }

    /** Whether a word of five letters or more is written all in capitals, as in a headline. */
    static boolean shouted(String form) {
        int letters = 0;
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 5;
    }

    private static Reading guess(String form) {
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
        }
        Upos u;
        if (!letter && !digit) {
            u = Upos.PUNCT;
        } else if (digit && !letter) {
            u = Upos.NUM;
        } else if (Character.isUpperCase(form.codePointAt(0))) {
            u = Upos.PROPN;
        } else {
            u = Upos.NOUN;
        }
        return new Reading(form, u, EnumSet.noneOf(Feature.class));
    }
}
