package org.cronista.analysis.de;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cronista.analysis.SentenceRules;
import org.cronista.api.text.Feature;
import org.cronista.api.text.Reading;
import org.cronista.api.text.Token;
import org.cronista.api.text.Upos;
import org.cronista.knowledge.Grammar;
import org.cronista.knowledge.Grammar.WordClass;

/**
 * Puts German clauses into the subject–verb–object order the coder reads, so that the same kind of
 * pattern serves German as Italian or English:
 * <ul>
 *   <li>a separable particle at the clause end joins its verb ("Putin traf sich mit Kim
 *       <b>zusammen</b>" → lemma {@code zusammentreffen}; "Japan legte Protest <b>ein</b>" →
 *       {@code einlegen}), and the particle is dropped;</li>
 *   <li>the verbs closing a verb bracket move next to the finite verb ("Russland hat die Ukraine
 *       angegriffen" → "Russland hat angegriffen die Ukraine"), in English order ("angegriffen worden
 *       ist" → "ist worden angegriffen"), with a clause-final "nicht" and a reflexive "sich" placed
 *       before the finite verb; "werden" with an infinitive is marked future;</li>
 *   <li>a subordinate clause's final verbs move after its subject ("dass Russland die Ukraine
 *       angegriffen habe" → "dass Russland habe angegriffen die Ukraine"), a relative clause's after
 *       its pronoun, an infinitive clause's to its front without its "zu" ("Nordkorea zu helfen" →
 *       "helfen Nordkorea", as "anzugreifen" is one word);</li>
 *   <li>when the first position of a main clause holds no subject ("Am Montag griff Russland …",
 *       "Nachdem …, verhängten die USA …", "…, sagte Lawrow."), the verb moves after the subject
 *       that follows it;</li>
 *   <li>an article, adjective or participle before a capitalised noun is read as such ("einen
 *       Kredit", "die vom Iran unterstützten Rebellen"), as is an adjective after a full verb.</li>
 * </ul>
 * Clauses end at punctuation and spaced dashes ("Kiew – Die Polizei …"), not at the commas of a
 * list of names, hyphens inside words or parentheses.
 * Tokens keep their character spans, so every mention still points at the text. Function words come
 * from the grammar file; the rules use only parts of speech and capitalisation (German nouns are
 * capitalised, verbs are not). Thread-safe and stateless.
 */
public final class GermanClauses implements SentenceRules {
    /** Most verbs closing a bracket ("angegriffen worden sein"). */
    private static final int MAX_CLUSTER = 3;

    private final Grammar grammar;

    private GermanClauses(Grammar grammar) {
        this.grammar = grammar;
    }

    /** Rules over the German grammar words. */
    public static GermanClauses create(Grammar grammar) {
        return new GermanClauses(grammar);
    }

    /** What a clause is, from its first words. */
    private enum Kind { MAIN, SUBORDINATE, RELATIVE, INFINITIVE }

    @Override
    public List<Token> apply(List<Token> input) {
        List<Token> tokens = determiners(input);
        List<Token> out = new ArrayList<>(tokens.size());
        List<int[]> clauses = clauses(tokens);
        int done = 0;
        boolean subjectBefore = false;
        for (int[] c : clauses) {
            boolean quoteBefore = false;
            for (int i = done; i < c[0]; i++) {
                out.add(tokens.get(i));
                quoteBefore |= isQuote(tokens.get(i));
            }
            boolean afterComma = c[0] > 0 && isComma(tokens.get(c[0] - 1));
            Kind kind = kind(tokens, c[0], c[1], afterComma);
            List<Token> clause = tokens.subList(c[0], c[1]);
            boolean last = true;
            for (int i = c[1]; i < tokens.size() && last; i++) {
                last = tokens.get(i).upos() == Upos.PUNCT;
            }
            List<Token> ordered = switch (kind) {
                case MAIN -> main(clause, subjectBefore || quoteBefore, afterComma && last);
                case SUBORDINATE -> subordinate(clause, false);
                case RELATIVE -> subordinate(clause, true);
                case INFINITIVE -> infinitive(clause);
            };
            out.addAll(ordered);
            subjectBefore = kind == Kind.SUBORDINATE || kind == Kind.RELATIVE || kind == Kind.INFINITIVE;
            done = c[1];
        }
        for (int i = done; i < tokens.size(); i++) {
            out.add(tokens.get(i));
        }
        return adjectivalParticiples(out);
    }

    /**
     * A lowercase word right before a capitalised noun that can be an article is one ("einen Kredit",
     * "sein Beileid"); after a preposition or an article, one that can be an adjective is one ("nach
     * langen Verhandlungen", "die verhängten Sanktionen").
     */
    private static List<Token> determiners(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens);
        for (int i = 1; i + 1 < out.size(); i++) {
            Token t = out.get(i);
            Token next = out.get(i + 1);
            if (!lower(t) || lower(next) || !next.upos().isNominal()) {
                continue;
            }
            Reading det = first(t, Upos.DET);
            Reading adj = first(t, Upos.ADJ);
            Upos prev = out.get(i - 1).upos();
            if (det != null && t.upos() != Upos.DET) {
                out.set(i, withReading(t, det));
            } else if (adj != null && t.upos().isVerbal() && (prev == Upos.ADP || prev == Upos.DET
                    || attributiveAfterPhrase(out, i))) {
                out.set(i, withReading(t, adj));
            }
        }
        return out;
    }

    /** "der [von Russland] unterstützten Regierung": an article, then a prepositional phrase, then the word. */
    private static boolean attributiveAfterPhrase(List<Token> t, int i) {
        int k = i - 1;
        while (k > 0 && (t.get(k).upos().isNominal() || premodifier(t.get(k)))) {
            k--;
        }
        return k > 0 && k < i - 1 && t.get(k).upos() == Upos.ADP && t.get(k - 1).upos() == Upos.DET;
    }

    /**
     * A word right after a full finite verb that can be an adjective is one ("zeigte sich besorgt"):
     * verbs follow the finite verb only in a bracket, after an auxiliary.
     */
    private static List<Token> adjectivalParticiples(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens);
        for (int i = 1; i < out.size(); i++) {
            Token t = out.get(i);
            Token prev = out.get(i - 1);
            Reading adj = first(t, Upos.ADJ);
            if (adj != null && t.upos() == Upos.VERB && prev.upos() == Upos.VERB && prev.reading().has(Feature.FIN)) {
                out.set(i, withReading(t, adj));
            }
        }
        return out;
    }

    // ---- clauses ------------------------------------------------------------------------------

    /** Clause spans [start, end): runs between punctuation (not the commas of a list of names). */
    private List<int[]> clauses(List<Token> t) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= t.size(); i++) {
            if (i == t.size() || boundary(t, i)) {
                if (i > start) {
                    splitCoordinated(t, start, i, out);
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** Punctuation ends a clause, a spaced dash too ("Kiew – Die …"); a hyphen in a word and parentheses do not. */
    private boolean boundary(List<Token> t, int i) {
        Token x = t.get(i);
        if (isHyphen(x)) {
            return !joiningHyphen(t, i);
        }
        if (x.upos() != Upos.PUNCT || isParenthesis(x)) {
            return false;
        }
        return !(isComma(x) && listComma(t, i));
    }

    /** "Kim lobte die Armee und sicherte Russland Hilfe zu": two clauses, each with its finite verb. */
    private void splitCoordinated(List<Token> t, int s, int e, List<int[]> out) {
        for (int k = s + 1; k < e - 1; k++) {
            if (grammar.is(WordClass.COORDINATION, t.get(k).key()) && finiteIn(t, s, k) && finiteIn(t, k + 1, e)) {
                out.add(new int[] {s, k});
                splitCoordinated(t, k + 1, e, out);
                return;
            }
        }
        out.add(new int[] {s, e});
    }

    private boolean finiteIn(List<Token> t, int s, int e) {
        for (int i = s; i < e; i++) {
            if (finite(t.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** A comma inside "Russland, China und Iran": a noun phrase follows and the list ends in "und". */
    private boolean listComma(List<Token> t, int i) {
        if (i == 0 || !t.get(i - 1).upos().isNominal()) {
            return false;
        }
        int k = i;
        while (k < t.size() && isComma(t.get(k))) {
            int after = np(t, k + 1, t.size(), false);
            if (after == k + 1) {
                return false;
            }
            k = after;
        }
        return k < t.size() && grammar.is(WordClass.COORDINATION, t.get(k).key())
                && np(t, k + 1, t.size(), false) > k + 1;
    }

    private Kind kind(List<Token> t, int s, int e, boolean afterComma) {
        Token first = t.get(s);
        if (first.upos() == Upos.SCONJ) {
            return finiteIn(t, s, e) ? Kind.SUBORDINATE : Kind.INFINITIVE;
        }
        if (e - s > 2 && finite(t.get(e - 1)) && first(first, Upos.SCONJ) != null) {
            return Kind.SUBORDINATE; // "Wie das Ministerium mitteilte, …": the verb at the end decides
        }
        int r = first.upos() == Upos.ADP && s + 1 < e ? s + 1 : s;
        if (afterComma && grammar.is(WordClass.RELATIVE, t.get(r).key()) && finite(t.get(e - 1))
                && (t.get(r).upos() == Upos.DET || t.get(r).upos() == Upos.PRON)) {
            return Kind.RELATIVE;
        }
        if (!finiteIn(t, s, e) && endsInInfinitive(t, s, e)) {
            return Kind.INFINITIVE;
        }
        return Kind.MAIN;
    }

    private static boolean endsInInfinitive(List<Token> t, int s, int e) {
        return e - 1 > s && reading(t.get(e - 1), Feature.INF) != null && lower(t.get(e - 1));
    }

    // ---- main clauses ---------------------------------------------------------------------------

    /**
     * A main clause: bracket closed, particle joined, verb after the subject.
     *
     * @param invertIfBare whether a clause opening with its verb has the subject after it
     *                     (after a subordinate clause or a quotation)
     * @param endsSentence whether the clause ends the sentence after a comma: a verb opening it and
     *                     followed by a noun phrase alone reports speech ("…, sagte Lawrow am Freitag.")
     */
    private List<Token> main(List<Token> c, boolean invertIfBare, boolean endsSentence) {
        int f = -1;
        for (int i = 0; i < c.size(); i++) {
            if (finite(c.get(i)) && (i == 0 || lower(c.get(i)))) {
                f = i;
                break;
            }
        }
        if (f < 0) {
            return c;
        }
        Token verb = c.get(f);
        List<Integer> cluster = new ArrayList<>();
        int particle = -1;
        if (grammar.is(WordClass.AUXILIARY, key(verb.lemma()))) {
            for (int k = c.size() - 1; k > f && cluster.size() < MAX_CLUSTER && nonFinite(c.get(k)); k--) {
                cluster.add(0, k);
            }
        }
        if (cluster.isEmpty() && c.size() - 1 > f && lower(c.get(c.size() - 1))) {
            Reading joined = joined(c.get(c.size() - 1), verb);
            if (joined != null) {
                particle = c.size() - 1;
                verb = withVerbReading(verb, joined);
            }
        }
        int tail = !cluster.isEmpty() ? cluster.get(0) : particle >= 0 ? particle : c.size();
        int negation = tail - 1 > f && grammar.is(WordClass.NEGATION, c.get(tail - 1).key()) ? tail - 1 : -1;
        int reflexive = f + 1 < c.size() && isReflexive(c.get(f + 1)) ? f + 1 : -1;

        List<Token> group = new ArrayList<>();
        if (negation >= 0) {
            group.add(c.get(negation));
        }
        if (reflexive >= 0) {
            group.add(c.get(reflexive));
        }
        if (!cluster.isEmpty()) {
            Token nearest = c.get(cluster.get(cluster.size() - 1));
            boolean future = grammar.is(WordClass.PASSIVE_AUX, key(verb.lemma()))
                    && reading(nearest, Feature.PART) == null;
            verb = asAuxiliary(verb, future);
        }
        group.add(verb);
        for (int k = cluster.size() - 1; k >= 0; k--) {
            group.add(nonFiniteReading(c.get(cluster.get(k)), k > 0));
        }

        List<Token> before = new ArrayList<>(c.subList(0, f));
        List<Token> after = new ArrayList<>();
        for (int i = f + 1; i < c.size(); i++) {
            if (i != negation && i != reflexive && i != particle && !cluster.contains(i)) {
                after.add(connective(c.get(i)));
            }
        }
        List<Token> out = new ArrayList<>(c.size());
        out.addAll(before);
        int np = np(after, 0, after.size(), true);
        boolean reported = endsSentence && np > 0 && !hasSubject(after.subList(np, after.size()));
        boolean invert = before.isEmpty() ? invertIfBare || reported : !hasSubject(before);
        int subjectEnd = invert ? np : 0;
        out.addAll(after.subList(0, subjectEnd));
        out.addAll(group);
        out.addAll(after.subList(subjectEnd, after.size()));
        return out;
    }

    /** A conjunction after the finite verb links to the previous sentence: an adverb ("feuerte jedoch … ab"). */
    private Token connective(Token t) {
        return t.upos() == Upos.CCONJ && !grammar.is(WordClass.COORDINATION, t.key())
                ? withReading(t, new Reading(t.lemma(), Upos.ADV, t.reading().features())) : t;
    }

    /** Whether the words before the finite verb hold a subject: a noun phrase outside a prepositional phrase. */
    private boolean hasSubject(List<Token> before) {
        int i = 0;
        while (i < before.size()) {
            Token t = before.get(i);
            switch (t.upos()) {
                case ADP -> i = Math.max(i + 1, np(before, i + 1, before.size(), false));
                case ADV, SCONJ, CCONJ, PART, INTJ -> i++;
                case PUNCT -> i = isParenthesis(t) ? closing(before, i) : i + 1;
                default -> {
                    return true;
                }
            }
        }
        return false;
    }

    /** The index after the parenthesis closing the one at {@code i} ("(PKK)"), or after {@code i}. */
    private static int closing(List<Token> t, int i) {
        for (int k = i + 1; k < t.size(); k++) {
            if (t.get(k).key().equals(")")) {
                return k + 1;
            }
        }
        return i + 1;
    }

    /**
     * The verb a clause-final particle makes with the finite verb. A word that can be a particle
     * closes a main clause only as one, so it is joined even when the dictionary lacks the verb
     * ("schießen sich auf X ein" is not "schießen auf").
     */
    private static Reading joined(Token particle, Token verb) {
        if (first(particle, Upos.PART) == null) {
            return null;
        }
        String lemma = particle.text().toLowerCase(Locale.GERMAN) + verb.lemma().toLowerCase(Locale.GERMAN);
        return new Reading(lemma, Upos.VERB, verb.reading().features());
    }

    // ---- subordinate and infinitive clauses --------------------------------------------------------

    /** "dass Russland die Ukraine angegriffen habe" → "dass Russland habe angegriffen die Ukraine". */
    private List<Token> subordinate(List<Token> c, boolean relative) {
        int n = c.size();
        if (!finite(c.get(n - 1))) {
            return c;
        }
        int first = n - 1;
        while (first - 1 > 0 && n - first < MAX_CLUSTER + 1 && nonFinite(c.get(first - 1))) {
            first--;
        }
        int negation = first - 1 > 0 && grammar.is(WordClass.NEGATION, c.get(first - 1).key()) ? first - 1 : -1;
        int opener = c.get(0).upos() == Upos.ADP ? 2 : 1;
        int at;
        if (relative) {
            at = opener;
        } else {
            int p = opener;
            while (p < c.size() && (c.get(p).upos() == Upos.ADV || c.get(p).upos() == Upos.ADP)) {
                p = c.get(p).upos() == Upos.ADP ? Math.max(p + 1, np(c, p + 1, n, false)) : p + 1;
            }
            int end = np(c, p, n, true);
            at = end > p ? end : opener;
        }
        int stop = negation >= 0 ? negation : first;
        if (at > stop) {
            return c;
        }
        List<Token> group = new ArrayList<>();
        if (negation >= 0) {
            group.add(c.get(negation));
        }
        Token verb = finiteReading(c.get(n - 1));
        if (first < n - 1) {
            Token nearest = c.get(n - 2);
            verb = asAuxiliary(verb, grammar.is(WordClass.PASSIVE_AUX, key(verb.lemma()))
                    && reading(nearest, Feature.PART) == null);
        }
        group.add(verb);
        for (int k = n - 2; k >= first; k--) {
            group.add(nonFiniteReading(c.get(k), k > first));
        }
        List<Token> out = new ArrayList<>(n);
        out.addAll(c.subList(0, at));
        out.addAll(group);
        out.addAll(c.subList(at, stop));
        return out;
    }

    /** "Nordkorea bei der Entwicklung zu helfen" → "helfen Nordkorea bei der Entwicklung" ("zu" goes). */
    private List<Token> infinitive(List<Token> c) {
        int n = c.size();
        if (reading(c.get(n - 1), Feature.INF) == null) {
            return c;
        }
        int first = n - 1;
        if (first - 1 > 0 && grammar.is(WordClass.INFINITIVE_MARKER, c.get(first - 1).key())) {
            first--;
        }
        int negation = first - 1 > 0 && grammar.is(WordClass.NEGATION, c.get(first - 1).key()) ? first - 1 : -1;
        int opener = c.get(0).upos() == Upos.SCONJ ? 1 : 0;
        int stop = negation >= 0 ? negation : first;
        if (opener > stop) {
            return c;
        }
        List<Token> out = new ArrayList<>(n);
        out.addAll(c.subList(0, opener));
        if (negation >= 0) {
            out.add(c.get(negation));
        }
        out.add(nonFiniteReading(c.get(n - 1), false));
        out.addAll(c.subList(opener, stop));
        return out;
    }

    // ---- noun phrases ----------------------------------------------------------------------------

    /**
     * The end of the noun phrase starting at {@code i} (articles, adjectives, numerals, nouns and names,
     * a genitive or "von" after a common noun, a coordinated second phrase), or {@code i} if none.
     *
     * @param pronoun whether a lone personal pronoun counts
     */
    private int np(List<Token> t, int i, int end, boolean pronoun) {
        int j = i;
        while (j < end && premodifier(t.get(j))) {
            j++;
        }
        int head = j;
        while (j < end && (j == head ? nominal(t.get(j)) : continues(t, i, head, j))) {
            j++;
        }
        if (j == head) {
            boolean lone = pronoun && head == i && i < end && t.get(i).upos() == Upos.PRON && !isReflexive(t.get(i));
            return lone ? i + 1 : i;
        }
        if (j < end && t.get(j - 1).upos() == Upos.NOUN && grammar.is(WordClass.GENITIVE, t.get(j).key())) {
            int k = np(t, j + 1, end, false);
            if (k > j + 1) {
                j = k;
            }
        }
        if (j < end && grammar.is(WordClass.COORDINATION, t.get(j).key())) {
            int k = np(t, j + 1, end, pronoun);
            if (k > j + 1) {
                j = k;
            }
        }
        while (j < end && isComma(t.get(j)) && listComma(t, j)) {
            int k = np(t, j + 1, end, false);
            if (k == j + 1) {
                break;
            }
            j = k;
        }
        return j;
    }

    /**
     * Whether token {@code j} goes on the head words begun at {@code head}: a hyphenated part
     * ("US-Regierung"), a name after a singular title or a name ("Präsident Wladimir Putin"), a noun
     * after a prenominal genitive ("Russlands Präsident"); not a second name after an article's
     * name ("die Ukraine | Russland") nor anything after a plural noun ("Truppen | Kiew").
     */
    private static boolean continues(List<Token> t, int start, int head, int j) {
        Token prev = t.get(j - 1);
        Token x = t.get(j);
        if (isHyphen(x)) {
            return joiningHyphen(t, j) && j + 1 < t.size() && nominal(t.get(j + 1));
        }
        if (isHyphen(prev)) {
            return joiningHyphen(t, j - 1) && nominal(x);
        }
        if (!nominal(x) || prev.reading().has(Feature.PLUR)) {
            return false;
        }
        boolean articleName = prev.upos() == Upos.PROPN && j - 1 == head && head > start;
        if (x.upos() == Upos.PROPN) {
            return !articleName;
        }
        return prev.upos() == Upos.PROPN && !articleName;
    }

    private static boolean premodifier(Token t) {
        return t.upos() == Upos.DET || t.upos() == Upos.ADJ || t.upos() == Upos.NUM;
    }

    private static boolean nominal(Token t) {
        return t.upos() == Upos.NOUN || t.upos() == Upos.PROPN || t.upos() == Upos.X;
    }

    // ---- tokens and readings -----------------------------------------------------------------------

    private static boolean finite(Token t) {
        return t.upos().isVerbal() && t.reading().has(Feature.FIN);
    }

    private static boolean nonFinite(Token t) {
        return lower(t) && (reading(t, Feature.PART) != null || reading(t, Feature.INF) != null);
    }

    private boolean isReflexive(Token t) {
        return t.upos() == Upos.PRON && grammar.is(WordClass.REFLEXIVE, t.key());
    }

    private static boolean lower(Token t) {
        return !t.text().isEmpty() && !Character.isUpperCase(t.text().codePointAt(0));
    }

    private static boolean isComma(Token t) {
        return t.key().equals(",");
    }

    private static boolean isHyphen(Token t) {
        return t.key().equals("-");
    }

    /** A hyphen touching a word: "US-Regierung", not "Kiew – Die". */
    private static boolean joiningHyphen(List<Token> t, int j) {
        int at = t.get(j).span().start();
        int end = t.get(j).span().end();
        return j > 0 && t.get(j - 1).span().end() == at || j + 1 < t.size() && t.get(j + 1).span().start() == end;
    }

    private static boolean isParenthesis(Token t) {
        return t.key().equals("(") || t.key().equals(")");
    }

    private static boolean isQuote(Token t) {
        if (t.text().isEmpty()) {
            return false;
        }
        int type = Character.getType(t.text().codePointAt(0));
        return t.text().charAt(0) == '"' || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION || t.text().charAt(0) == '\u201E';
    }

    private static String key(String lemma) {
        return org.cronista.knowledge.Keys.fold(lemma);
    }

    private static Reading first(Token t, Upos u) {
        for (Reading r : t.readings()) {
            if (r.upos() == u) {
                return r;
            }
        }
        return null;
    }

    /** The first verbal reading with {@code f}, or null. */
    private static Reading reading(Token t, Feature f) {
        for (Reading r : t.readings()) {
            if (r.upos().isVerbal() && r.has(f)) {
                return r;
            }
        }
        return null;
    }

    private static Token finiteReading(Token t) {
        Reading r = t.upos().isVerbal() && t.reading().has(Feature.FIN) ? t.reading() : reading(t, Feature.FIN);
        return withReading(t, r);
    }

    /** The participle or infinitive reading; an auxiliary when a further verb follows it in the group. */
    private static Token nonFiniteReading(Token t, boolean auxiliary) {
        Reading r = reading(t, Feature.PART);
        Reading inf = reading(t, Feature.INF);
        if (r == null || inf != null && t.reading().has(Feature.INF)) {
            r = inf;
        }
        if (r == null) {
            return t;
        }
        return withReading(t, auxiliary ? new Reading(r.lemma(), Upos.AUX, r.features()) : r);
    }

    /**
     * The finite verb of a bracket as an auxiliary. Its conditional form marks the unreal only for
     * "würde" and the modal verbs: "hätte"/"wäre" with a participle mostly report speech.
     */
    private Token asAuxiliary(Token t, boolean future) {
        Reading r = t.readings().stream().filter(x -> x.upos() == Upos.AUX && x.has(Feature.FIN)).findFirst()
                .orElse(t.reading());
        Set<Feature> fs = EnumSet.noneOf(Feature.class);
        fs.addAll(r.features());
        String lemma = key(r.lemma());
        if (!grammar.is(WordClass.PASSIVE_AUX, lemma) && !grammar.is(WordClass.MODAL, lemma)) {
            fs.remove(Feature.COND);
        }
        if (future) {
            fs.add(Feature.FUT);
        }
        return withReading(t, new Reading(r.lemma(), Upos.AUX, fs));
    }

    /** {@code t} with {@code r} as its only verbal reading (a joined separable verb). */
    private static Token withVerbReading(Token t, Reading r) {
        List<Reading> rs = new ArrayList<>(t.readings().size());
        rs.add(r);
        for (Reading x : t.readings()) {
            if (!x.upos().isVerbal()) {
                rs.add(x);
            }
        }
        return new Token(t.text(), t.span(), t.key(), r, rs);
    }

    private static Token withReading(Token t, Reading r) {
        if (r.equals(t.reading())) {
            return t;
        }
        List<Reading> rs = new ArrayList<>(t.readings().size() + 1);
        rs.add(r);
        for (Reading x : t.readings()) {
            if (!x.equals(r)) {
                rs.add(x);
            }
        }
        return new Token(t.text(), t.span(), t.key(), r, rs);
    }
}
