package org.cronista.analysis;

import java.util.EnumSet;
import java.util.List;
import org.cronista.api.text.Feature;
import org.cronista.api.text.Reading;
import org.cronista.api.text.Upos;
import org.cronista.knowledge.Grammar;
import org.cronista.knowledge.Grammar.WordClass;

/**
 * Chooses one reading per token from its neighbours, left to right: a few language-neutral rules
 * over universal parts of speech ("after an article, a noun"; "after an auxiliary, a verb"; "an
 * auxiliary needs a participle or infinitive after it"). It settles the noun/verb ambiguities that
 * matter to the coder ("the talks", "Kim praises", "l'incontro") without a statistical tagger.
 * Thread-safe.
 */
final class ReadingSelector {
    private static final int AUX_LOOKAHEAD = 4;

    /** Grammar option: adjectives usually follow their noun (Italian, Spanish, French). */
    static final String POSTNOMINAL_ADJECTIVES = "adjectives-after-nouns";

    private final Grammar grammar;
    private final boolean postnominalAdjectives;

    ReadingSelector(Grammar grammar) {
        this.grammar = grammar;
        this.postnominalAdjectives = grammar.is(WordClass.OPTION, POSTNOMINAL_ADJECTIVES);
    }

    /**
     * Chooses readings.
     *
     * @param forms    the sentence's tokens as written
     * @param keys     folded forms of the sentence's tokens
     * @param readings each token's readings (never empty)
     * @return the chosen reading per token
     */
    Reading[] select(List<String> forms, List<String> keys, List<List<Reading>> readings) {
        int n = readings.size();
        Reading[] chosen = new Reading[n];
        for (int i = 0; i < n; i++) {
            List<Reading> rs = readings.get(i);
            chosen[i] = nameInside(i, forms, rs, chosen) ? new Reading(forms.get(i), Upos.PROPN, EnumSet.noneOf(Feature.class))
                    : rs.size() == 1 && !grammar.is(WordClass.AUXILIARY, lemmaKey(rs))
                    ? rs.get(0) : choose(i, forms, keys, readings, chosen);
        }
        return chosen;
    }

    private Reading choose(int i, List<String> forms, List<String> keys, List<List<Reading>> readings,
                           Reading[] chosen) {
        List<Reading> rs = readings.get(i);
        Reading prev = i > 0 ? chosen[i - 1] : null;
        String prevKey = i > 0 ? keys.get(i - 1) : null;

        boolean nameStart = i == 0 && forms.size() > 1 && capitalized(forms, 1) && !has(rs, Upos.DET);
        if ((i > 0 || nameStart) && capitalized(forms, i)) {
            Reading name = firstOf(rs, Upos.PROPN, Upos.NOUN, Upos.ADJ);
            if (name != null) {
                return name;
            }
        }
        boolean nominalNext = i + 1 < readings.size() && hasAny(readings.get(i + 1), Upos.NOUN, Upos.PROPN, Upos.ADJ);
        if (nominalNext && has(rs, Upos.DET) && hasAny(rs, Upos.NOUN, Upos.VERB)) {
            return first(rs, Upos.DET); // "a los periodistas", "una limpieza": the article, not "lo" or "unir"
        }
        if (has(rs, Upos.DET) && has(rs, Upos.ADP) && prev != null && (prev.upos() == Upos.VERB || prev.upos() == Upos.AUX)
                && i + 1 < readings.size() && hasAny(readings.get(i + 1), Upos.NOUN, Upos.ADJ, Upos.DET, Upos.NUM)
                && firstVerb(readings.get(i + 1), Feature.INF) == null) {
            return first(rs, Upos.DET); // "a tiré des roquettes": a partitive article, not "of the"
        }
        if (has(rs, Upos.ADP) && i + 1 < readings.size() && hasAny(readings.get(i + 1), Upos.DET, Upos.PROPN)) {
            return first(rs, Upos.ADP); // "contra los civiles", "sobre Kiev": a preposition before a noun phrase
        }
        if (grammar.is(WordClass.POSSESSIVE, keys.get(i)) && has(rs, Upos.PART) && (i + 1 >= readings.size()
                || hasAny(readings.get(i + 1), Upos.NOUN, Upos.ADJ, Upos.PROPN, Upos.NUM, Upos.PUNCT)
                || i > 0 && capitalized(forms, i - 1))) {
            return first(rs, Upos.PART);
        }
        if (i == 0 && capitalized(forms, 0) && readings.size() > 1 && capitalized(forms, 1)) {
            Reading name = firstOf(rs, Upos.PROPN, Upos.NOUN, Upos.ADJ);
            if (name != null) {
                return name; // a name opens the sentence: "Stati Uniti e Cina…"
            }
        }
        if (grammar.is(WordClass.AUXILIARY, lemmaKey(rs)) || has(rs, Upos.AUX)) {
            if (verbFollows(i, readings)) {
                Reading aux = first(rs, Upos.AUX);
                if (aux != null) {
                    return aux;
                }
                Reading v = first(rs, Upos.VERB);
                if (v != null) {
                    return new Reading(v.lemma(), Upos.AUX, v.features());
                }
            }
            Reading v = firstOf(rs, Upos.VERB, Upos.AUX);
            if (v != null && (prev == null || !nominalContext(prev))) {
                return v;
            }
        }
        if (has(rs, Upos.ADP) && !hasAny(rs, Upos.VERB, Upos.AUX, Upos.PRON, Upos.DET, Upos.SCONJ, Upos.CCONJ)
                && (prev == null || !nominalContext(prev) && prev.upos() != Upos.ADP)) {
            return first(rs, Upos.ADP); // "rebels in Syria", "opposed by Russia": not "in" (inch) or "by" (bye)
        }
        if (prev != null) {
            Upos p = prev.upos();
            if (grammar.is(WordClass.RELATIVE, prevKey) || grammar.is(WordClass.NEGATION, prevKey)) {
                // an article ("die", "that deal", "no talks") is no clause opener, unless what follows
                // reads as a verb with its object ("which lodged a protest")
                Reading fin = firstVerb(rs, Feature.FIN);
                boolean objectNext = i + 1 < readings.size() && hasAny(readings.get(i + 1), Upos.DET, Upos.ADP)
                        && !has(rs, Upos.NOUN);
                if (fin != null && (p != Upos.DET || objectNext)) {
                    return fin;
                }
            }
            if (nominalContext(prev)) {
                return nominal(i, readings);
            }
            if (p == Upos.AUX || grammar.is(WordClass.INFINITIVE_MARKER, prevKey)) {
                Reading v = firstVerb(rs, Feature.PART, Feature.INF, Feature.GER);
                if (v != null) {
                    return v;
                }
            }
            if (p == Upos.ADP) {
                Reading inf = firstVerb(rs, Feature.INF);
                boolean nounFollows = i + 1 < readings.size()
                        && hasAny(readings.get(i + 1), Upos.NOUN, Upos.PROPN) && hasAny(rs, Upos.ADJ, Upos.NOUN);
                return inf != null && !nounFollows ? inf : nominal(i, readings); // "of primary health"
            }
            if ((p == Upos.NOUN || p == Upos.PROPN) && has(rs, Upos.ADP)) {
                return first(rs, Upos.ADP); // "fuego contra", "ataque sobre": a preposition, not a noun
            }
            if (p == Upos.NOUN || p == Upos.PROPN) {
                if (postnominalAdjectives && has(rs, Upos.ADJ)) {
                    return first(rs, Upos.ADJ);
                }
                if (!postnominalAdjectives && has(readings.get(i - 1), Upos.ADJ) && has(rs, Upos.NOUN)) {
                    return nominal(i, readings); // "Israeli police", "Pakistani judges"
                }
                Reading fin = firstVerb(rs, Feature.FIN);
                boolean nounNext = i + 1 < readings.size() && has(readings.get(i + 1), Upos.NOUN);
                if (fin != null && !fin.has(Feature.PAST) && nounNext && hasAny(rs, Upos.NOUN, Upos.ADJ)
                        && firstVerb(rs, Feature.PAST) == null) {
                    return nominal(i, readings); // "Iranian court finds", "British prime minister"
                }
                boolean verbNext = i + 1 < readings.size() && firstVerb(readings.get(i + 1), Feature.FIN) != null
                        && !hasAny(readings.get(i + 1), Upos.DET, Upos.ADP, Upos.NOUN);
                boolean clauseEndsNext = i + 1 >= readings.size()
                        || hasAny(readings.get(i + 1), Upos.PUNCT, Upos.ADP, Upos.CCONJ);
                boolean lastWord = i + 1 >= readings.size()
                        || i + 2 >= readings.size() && has(readings.get(i + 1), Upos.PUNCT);
                boolean nounFits = has(rs, Upos.NOUN)
                        && (verbNext || clauseEndsNext && (finiteBefore(chosen, i) || lastWord));
                if (fin != null && !nounFits) {
                    return fin;
                }
                if (has(rs, Upos.NOUN)) {
                    return first(rs, Upos.NOUN);
                }
            }
            if ((p == Upos.VERB || p == Upos.AUX) && has(rs, Upos.ADV) && has(rs, Upos.NOUN) && !nominalNext) {
                return first(rs, Upos.ADV); // "se reunió ayer en", "a rencontré hier le"
            }
            if (p == Upos.ADV) {
                Reading beforeAdverbs = beforeAdverbs(chosen, i);
                if (beforeAdverbs != null && nominalContext(beforeAdverbs)) {
                    return nominal(i, readings); // "the increasingly isolated country"
                }
                if (beforeAdverbs != null && beforeAdverbs.upos() == Upos.AUX) {
                    Reading v = firstVerb(rs, Feature.PART, Feature.INF, Feature.GER);
                    if (v != null) {
                        return v; // "was fiercely opposed", "has strongly condemned"
                    }
                }
            }
            if (p == Upos.PRON || p == Upos.ADV) {
                Reading fin = firstVerb(rs, Feature.FIN);
                if (fin != null) {
                    return fin;
                }
            }
        }
        if (has(rs, Upos.ADJ) && has(rs, Upos.NOUN)) {
            return nominal(i, readings);
        }
        Reading pref = firstOf(rs, Upos.ADP, Upos.DET, Upos.PRON, Upos.CCONJ, Upos.SCONJ, Upos.AUX, Upos.PART, Upos.NUM,
                Upos.NOUN, Upos.PROPN, Upos.VERB, Upos.ADJ, Upos.ADV);
        return pref != null ? pref : rs.get(0);
    }

    /**
     * A capitalised word that can only be a verb, right after a capitalised noun, is part of a name
     * ("Estados Unidos", "Reino Unido").
     */
    private static boolean nameInside(int i, List<String> forms, List<Reading> rs, Reading[] chosen) {
        return i > 0 && capitalized(forms, i) && capitalized(forms, i - 1)
                && (chosen[i - 1].upos() == Upos.NOUN || chosen[i - 1].upos() == Upos.PROPN)
                && !hasAny(rs, Upos.PROPN, Upos.NOUN, Upos.ADJ) && has(rs, Upos.VERB);
    }

    /** The reading chosen before the adverbs that precede token {@code i}, or null. */
    private static Reading beforeAdverbs(Reading[] chosen, int i) {
        int j = i - 1;
        while (j >= 0 && chosen[j].upos() == Upos.ADV) {
            j--;
        }
        return j >= 0 ? chosen[j] : null;
    }

    /** Whether a finite verb was chosen earlier in the sentence. */
    private static boolean finiteBefore(Reading[] chosen, int i) {
        for (int k = 0; k < i; k++) {
            if (chosen[k].upos() == Upos.VERB && chosen[k].has(Feature.FIN)) {
                return true;
            }
        }
        return false;
    }

    /** After an article, a possessive, an adjective or a numeral, a noun phrase goes on. */
    private static boolean nominalContext(Reading prev) {
        Upos p = prev.upos();
        return p == Upos.DET || p == Upos.ADJ || p == Upos.NUM || p == Upos.ADP && prev.has(Feature.ART);
    }

    /** Inside a noun phrase: an adjective if a noun may follow, else the noun. */
    private static Reading nominal(int i, List<List<Reading>> readings) {
        List<Reading> rs = readings.get(i);
        if (has(rs, Upos.NUM)) {
            return first(rs, Upos.NUM);
        }
        boolean nounNext = i + 1 < readings.size()
                && (has(readings.get(i + 1), Upos.NOUN) || has(readings.get(i + 1), Upos.PROPN));
        if (nounNext && has(rs, Upos.ADJ)) {
            return first(rs, Upos.ADJ);
        }
        Reading participle = firstVerb(rs, Feature.PART);
        if (nounNext && participle != null && !hasAny(rs, Upos.NOUN, Upos.NUM)) {
            return new Reading(participle.lemma(), Upos.ADJ, participle.features()); // "the isolated country"
        }
        Reading r = firstOf(rs, Upos.NUM, Upos.NOUN, Upos.PROPN, Upos.ADJ, Upos.DET, Upos.ADP, Upos.CCONJ, Upos.PRON,
                Upos.PART);
        return r != null ? r : rs.get(0);
    }

    /** Whether a word starts with a capital, unless it is a longer word in capitals (a headline's). */
    private static boolean capitalized(List<String> forms, int i) {
        String f = forms.get(i);
        return !f.isEmpty() && Character.isUpperCase(f.codePointAt(0)) && !Lexicon.shouted(f);
    }

    private boolean verbFollows(int i, List<List<Reading>> readings) {
        for (int j = i + 1; j < readings.size() && j <= i + AUX_LOOKAHEAD; j++) {
            List<Reading> rs = readings.get(j);
            if (firstVerb(rs, Feature.PART, Feature.INF, Feature.GER) != null) {
                return true;
            }
            boolean skippable = has(rs, Upos.ADV) || has(rs, Upos.PRON) || has(rs, Upos.PART);
            if (!skippable) {
                return false;
            }
        }
        return false;
    }

    private static String lemmaKey(List<Reading> rs) {
        return org.cronista.knowledge.Keys.fold(rs.get(0).lemma());
    }

    private static boolean hasAny(List<Reading> rs, Upos... us) {
        for (Upos u : us) {
            if (has(rs, u)) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(List<Reading> rs, Upos u) {
        return first(rs, u) != null;
    }

    private static Reading first(List<Reading> rs, Upos u) {
        for (Reading r : rs) {
            if (r.upos() == u) {
                return r;
            }
        }
        return null;
    }

    private static Reading firstOf(List<Reading> rs, Upos... order) {
        for (Upos u : order) {
            Reading r = first(rs, u);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    private static Reading firstVerb(List<Reading> rs, Feature... any) {
        for (Reading r : rs) {
            if (r.upos() == Upos.VERB || r.upos() == Upos.AUX) {
                for (Feature f : any) {
                    if (r.has(f)) {
                        return r;
                    }
                }
            }
        }
        return null;
    }
}
