package org.cronista.analysis.ru;

import java.util.ArrayList;
import java.util.List;
import org.cronista.analysis.SentenceRules;
import org.cronista.api.text.Feature;
import org.cronista.api.text.Reading;
import org.cronista.api.text.Token;
import org.cronista.api.text.Upos;
import org.cronista.knowledge.Grammar;
import org.cronista.knowledge.Grammar.WordClass;
import org.cronista.knowledge.Keys;

/**
 * Puts the subject first when a Russian clause names it after its verb, which case endings allow
 * and news often does: "Николаса Мадуро поздравил президент России" → "президент России поздравил
 * Николаса Мадуро …", "Об этом заявил Лавров" → "Лавров заявил Об этом". A clause is turned only
 * when nothing before its verb can be a subject (no nominative outside a prepositional phrase) and
 * the noun phrase right after the verb is nominative and agrees with the verb in number. Tokens keep
 * their character spans. Thread-safe and stateless.
 */
public final class RussianWordOrder implements SentenceRules {
    private final Grammar grammar;

    private RussianWordOrder(Grammar grammar) {
        this.grammar = grammar;
    }

    /** Rules over the Russian grammar words. */
    public static RussianWordOrder create(Grammar grammar) {
        return new RussianWordOrder(grammar);
    }

    @Override
    public List<Token> apply(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        int start = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            if (i == tokens.size() || tokens.get(i).upos() == Upos.PUNCT && !joiningHyphen(tokens, i)) {
                out.addAll(clause(tokens.subList(start, i)));
                if (i < tokens.size()) {
                    out.add(tokens.get(i));
                }
                start = i + 1;
            }
        }
        return out;
    }

    private List<Token> clause(List<Token> c) {
        int f = -1;
        for (int i = 0; i < c.size() && f < 0; i++) {
            Token t = c.get(i);
            if (t.upos() == Upos.VERB && t.reading().has(Feature.FIN)) {
                f = i;
            }
        }
        if (f < 0 || grammar.is(WordClass.AUXILIARY, Keys.fold(c.get(f).lemma()))
                || mayHoldSubject(c.subList(0, f), c.get(f))) {
            return c; // "Результатом стало …": a copula keeps its order
        }
        int verbStart = f;
        while (verbStart > 0 && (c.get(verbStart - 1).upos() == Upos.PART || isNegation(c.get(verbStart - 1)))) {
            verbStart--;
        }
        int p = f + 1;
        while (p < c.size() && c.get(p).upos().isVerbal()) {
            p++;
        }
        int np = nounPhrase(c, p);
        if (np == p || !subjectOf(c.get(f), c, p, np)) {
            return c;
        }
        List<Token> out = new ArrayList<>(c.size());
        if (holdsObject(c.subList(0, verbStart))) { // the object goes after the verb, where patterns look
            out.addAll(c.subList(p, np));
            out.addAll(c.subList(verbStart, p));
            out.addAll(c.subList(0, verbStart));
        } else { // only adverbials before: "Об этом Япония сообщила, которая …" keeps the subject by the comma
            out.addAll(c.subList(0, verbStart));
            out.addAll(c.subList(p, np));
            out.addAll(c.subList(verbStart, p));
        }
        out.addAll(c.subList(np, c.size()));
        return out;
    }

    /**
     * Whether the words before the verb may hold its subject: a word that can be nominative, or a
     * name the dictionary does not know (unless it follows a known oblique one), outside a
     * prepositional phrase or after its noun.
     */
    private boolean mayHoldSubject(List<Token> before, Token verb) {
        boolean inPhrase = false;
        boolean phraseHead = false;
        boolean afterOblique = false;
        for (Token t : before) {
            Upos u = t.upos();
            boolean oblique = afterOblique;
            afterOblique = false;
            if (u == Upos.ADP) {
                inPhrase = true;
                phraseHead = false;
                continue;
            }
            boolean relative = grammar.is(WordClass.RELATIVE, Keys.fold(t.lemma()));
            boolean nominal = u == Upos.NOUN || u == Upos.PROPN || u == Upos.PRON || u == Upos.X || relative;
            if (!nominal) {
                if (u != Upos.ADJ && u != Upos.DET && u != Upos.NUM) {
                    inPhrase = false;
                }
                continue;
            }
            if (!inPhrase && (nominative(t) || unknown(t) && !oblique)) {
                return true;
            }
            // after a prepositional phrase's noun, a singular nominative agreeing with the verb, or a
            // caseless name, may start the subject ("После переговоров Иран освободил", "В понедельник
            // США ввели"); a plural form may go on the phrase as a genitive ("колонны", "голосования")
            boolean singularNominative = nominative(t) && !verb.reading().has(Feature.PLUR)
                    && agrees(verb, t, false, false);
            if (inPhrase && phraseHead && (singularNominative || !oblique && caseless(t))) {
                return true;
            }
            phraseHead |= inPhrase;
            // an unknown name right after a known oblique one shares its case: "Николаса Мадуро"
            afterOblique = !nominative(t) && (!unknown(t) || oblique);
        }
        return false;
    }

    /**
     * Whether the words before the verb hold a noun outside a prepositional phrase, which takes its
     * noun and one genitive ("В ходе голосования | кандидатуру Радда").
     */
    private static boolean holdsObject(List<Token> before) {
        int inPhrase = 0;
        for (Token t : before) {
            if (t.upos() == Upos.ADP) {
                inPhrase = 2;
            } else if (t.upos().isNominal() || t.upos() == Upos.PRON) {
                if (inPhrase == 0) {
                    return true;
                }
                inPhrase--;
            } else if (t.upos() != Upos.ADJ && t.upos() != Upos.DET && t.upos() != Upos.NUM) {
                inPhrase = 0;
            }
        }
        return false;
    }

    /** The end of the noun phrase at {@code p}: modifiers, nouns and names, "и" and a further phrase. */
    private int nounPhrase(List<Token> c, int p) {
        int j = p;
        while (j < c.size() && (c.get(j).upos() == Upos.ADJ || c.get(j).upos() == Upos.DET
                || c.get(j).upos() == Upos.NUM)) {
            j++;
        }
        int head = j;
        while (j < c.size() && (c.get(j).upos().isNominal() || j == head && c.get(j).upos() == Upos.PRON
                || j > head && j + 1 < c.size() && joiningHyphen(c, j))) {
            j++;
        }
        if (j == head) {
            return p;
        }
        if (j + 1 < c.size() && grammar.is(WordClass.COORDINATION, c.get(j).key())) {
            int k = nounPhrase(c, j + 1);
            if (k > j + 1) {
                return k;
            }
        }
        return j;
    }

    /** Whether the phrase {@code [p, np)} can be the subject of {@code verb}: nominative, same number. */
    private boolean subjectOf(Token verb, List<Token> c, int p, int np) {
        Token head = null;
        boolean counted = false;
        boolean coordinated = false;
        for (int i = p; i < np; i++) {
            Token t = c.get(i);
            counted |= t.upos() == Upos.NUM && head == null;
            coordinated |= grammar.is(WordClass.COORDINATION, t.key());
            if (head == null && (t.upos().isNominal() || t.upos() == Upos.PRON)) {
                head = t;
            }
        }
        if (head == null || !(counted || nominative(head) || unknown(head) && head.upos() == Upos.PROPN)) {
            return false;
        }
        return agrees(verb, head, coordinated, counted);
    }

    /** Whether {@code head}'s nominative (or caseless) readings agree in number with {@code verb}. */
    private static boolean agrees(Token verb, Token head, boolean coordinated, boolean counted) {
        if (caseless(head)) {
            return true; // "США", "Мадуро": number unknown
        }
        boolean caseless = !nominative(head);
        boolean plural = coordinated || counted
                || head.readings().stream().anyMatch(r -> (caseless || r.has(Feature.NOM)) && r.has(Feature.PLUR));
        boolean singular = !coordinated && (counted
                || head.readings().stream().anyMatch(r -> (caseless || r.has(Feature.NOM)) && !r.has(Feature.PLUR)));
        return verb.reading().has(Feature.PLUR) ? plural : singular;
    }

    /** A hyphen inside a word ("премьер-министр"), touching its neighbours. */
    private static boolean joiningHyphen(List<Token> t, int j) {
        Token h = t.get(j);
        return h.key().equals("-") && j > 0 && j + 1 < t.size() && t.get(j - 1).span().end() == h.span().start()
                && t.get(j + 1).span().start() == h.span().end();
    }

    /** Whether a reading is nominative; a lowercase word's surname readings do not count ("чиновников"). */
    /** A capitalised word the dictionary gives no case: an abbreviation, a foreign or unknown name. */
    private static boolean caseless(Token t) {
        return Character.isUpperCase(t.text().codePointAt(0)) && (unknown(t)
                || t.readings().stream().allMatch(r -> r.upos() == Upos.PROPN && r.has(Feature.NOM)
                && t.readings().size() == 1));
    }

    private static boolean nominative(Token t) {
        boolean lower = !Character.isUpperCase(t.text().codePointAt(0));
        return t.readings().stream().anyMatch(r -> r.has(Feature.NOM) && !(lower && r.upos() == Upos.PROPN));
    }

    /** A word the dictionary does not know: its only reading is the guessed form (and name stems). */
    private static boolean unknown(Token t) {
        Reading r = t.readings().get(0);
        return r.lemma().equals(t.text()) && r.features().isEmpty();
    }

    private boolean isNegation(Token t) {
        return grammar.is(WordClass.NEGATION, t.key());
    }
}
