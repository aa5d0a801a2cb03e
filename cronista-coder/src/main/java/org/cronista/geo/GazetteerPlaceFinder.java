package org.cronista.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cronista.analysis.Segmenter;
import org.cronista.api.geo.Place;
import org.cronista.api.geo.PlaceFinder;
import org.cronista.api.geo.PlaceMention;
import org.cronista.api.text.AnalyzedText;
import org.cronista.api.text.Feature;
import org.cronista.api.text.Sentence;
import org.cronista.api.text.Token;
import org.cronista.api.text.TokenSpan;
import org.cronista.api.text.Upos;
import org.cronista.knowledge.Gazetteer;
import org.cronista.knowledge.GazetteerEntry;
import org.cronista.knowledge.Grammar;
import org.cronista.knowledge.Grammar.WordClass;
import org.cronista.knowledge.Keys;
import org.cronista.knowledge.LanguagePack;
import org.cronista.matching.PhraseIndex;

/**
 * Finds place names with the gazetteer's names in the text's language (longest match first) and,
 * where several places share a name, prefers — as CLAVIN and Mordecai do — one in a country the
 * article already names, then the larger kind of place, then the more populous. Thread-safe.
 */
public final class GazetteerPlaceFinder implements PlaceFinder {
    private final PhraseIndex<Place> index;
    private final Grammar grammar;

    private GazetteerPlaceFinder(PhraseIndex<Place> index, Grammar grammar) {
        this.index = index;
        this.grammar = grammar;
    }

    /** Indexes the gazetteer's names in the pack's language. */
    public static GazetteerPlaceFinder create(Gazetteer gazetteer, LanguagePack pack, Segmenter segmenter) {
        PhraseIndex.Builder<Place> b = PhraseIndex.builder(segmenter::tokenize);
        for (GazetteerEntry e : gazetteer.entries()) {
            for (String name : e.namesIn(pack.language())) {
                b.add(name, e.place());
            }
        }
        return new GazetteerPlaceFinder(b.build(), pack.grammar());
    }

    @Override
    public List<PlaceMention> find(AnalyzedText text) {
        record Raw(int sentence, int start, int end, List<Place> candidates, boolean locative) {
        }
        List<Raw> raws = new ArrayList<>();
        Set<String> countries = new HashSet<>();
        for (Sentence s : text.sentences()) {
            String[][] keys = PhraseIndex.keysOf(s);
            for (int i = 0; i < s.size(); ) {
                PhraseIndex.Match<Place> m = index.longestAt(s, keys, i);
                if (m == null || !properName(s, m)) {
                    i++;
                    continue;
                }
                raws.add(new Raw(s.index(), m.start(), m.end(), m.values(), locative(s, m.start())));
                if (m.values().size() == 1) {
                    countries.add(m.values().get(0).country());
                }
                i = m.end();
            }
        }
        List<PlaceMention> out = new ArrayList<>(raws.size());
        for (Raw r : raws) {
            Place p = r.candidates().stream().max(rank(countries)).orElseThrow();
            Sentence s = text.sentences().get(r.sentence());
            TokenSpan ts = new TokenSpan(r.start(), r.end());
            out.add(new PlaceMention(r.sentence(), ts, s.charSpan(ts), p, r.locative()));
        }
        return out;
    }

    private static Comparator<Place> rank(Set<String> countries) {
        return Comparator.<Place>comparingInt(p -> countries.contains(p.country()) ? 1 : 0)
                .thenComparingInt(GazetteerPlaceFinder::featureRank)
                .thenComparingLong(Place::population);
    }

    private static int featureRank(Place p) {
        String f = p.feature();
        if (f.startsWith("PCL")) {
            return 5;
        } else if (f.equals("PPLC")) {
            return 4;
        } else if (f.equals("ADM1")) {
            return 3;
        } else if (f.startsWith("PPL")) {
            return 2;
        }
        return 1;
    }

    /** A place name must contain a capitalised word (names are proper nouns). */
    private static boolean properName(Sentence s, PhraseIndex.Match<Place> m) {
        for (int i = m.start(); i < m.end(); i++) {
            if (s.token(i).capitalized()) {
                return true;
            }
        }
        return false;
    }

    private boolean locative(Sentence s, int start) {
        int i = start - 1;
        while (i >= 0 && s.token(i).upos() == Upos.DET) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        Token t = s.token(i);
        return grammar.is(WordClass.LOCATIVE, t.key())
                || (t.upos() == Upos.ADP && t.reading().has(Feature.ART)
                        && grammar.is(WordClass.LOCATIVE, Keys.fold(t.lemma())))
                || (t.upos() == Upos.ADP && grammar.is(WordClass.LOCATIVE, Keys.fold(t.lemma())));
    }
}
