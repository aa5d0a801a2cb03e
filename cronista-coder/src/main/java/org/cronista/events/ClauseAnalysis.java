package org.cronista.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cronista.api.actors.ActorKind;
import org.cronista.api.actors.ActorMention;
import org.cronista.api.geo.PlaceMention;
import org.cronista.api.text.Feature;
import org.cronista.api.text.Sentence;
import org.cronista.api.text.Token;
import org.cronista.api.text.Upos;
import org.cronista.knowledge.Grammar;
import org.cronista.knowledge.Grammar.WordClass;
import org.cronista.knowledge.Keys;

/**
 * A shallow reading of one sentence's clause structure: its verb groups (auxiliaries, negation,
 * modals, the main verb), which actor mentions form compounds ("Putin e Kim"), and who is the
 * subject of each verb group. No parser is needed: the rules look at parts of speech, the
 * language's function words and where the actors are. Built per sentence; not shared.
 */
final class ClauseAnalysis {
    /** Tokens looked back from a verb group for a negation or clitic. */
    private static final int LOOKBACK = 3;
    /** Tokens between a relative pronoun and its antecedent. */
    private static final int ANTECEDENT_WINDOW = 3;
    /** Tokens between two members of a compound: a comma or conjunction and a few modifiers. */
    private static final int COMPOUND_GAP = 5;

    /**
     * A verb group.
     *
     * @param start      first token (including negation and clitics before the verbs)
     * @param end        token after the last verb
     * @param main       the main verb's index
     * @param finite     whether a verb of the group is finite
     * @param negated    whether a negation belongs to it
     * @param modal      whether a modal, conditional or hypothetical clause makes it unreal
     * @param passive    whether it is passive
     * @param future     whether it announces the action: future tense or a future auxiliary
     *                   ("will meet", "incontrerà")
     */
    record VerbGroup(int start, int end, int main, boolean finite, boolean negated, boolean modal,
                     boolean passive, boolean future) {
    }

    final Sentence sentence;
    final List<ActorMention> actors;
    final List<ActorMention> modifiers;
    final List<VerbGroup> groups;
    private final List<PlaceMention> places;
    private final List<ActorMention> previousSubject;
    private final Grammar grammar;
    private final int[] groupOfToken;
    private final Map<ActorMention, List<ActorMention>> compounds = new HashMap<>();
    private final Map<Integer, List<ActorMention>> subjects = new HashMap<>();

    /**
     * Reads one sentence.
     *
     * @param previousSubject the main subject of the previous sentence, for a subject that is only a
     *                        pronoun or is left out ("He said…", "Ha poi aggiunto…"); may be empty
     */
    ClauseAnalysis(Sentence sentence, List<ActorMention> mentions, List<PlaceMention> places, Grammar grammar,
                   List<ActorMention> previousSubject) {
        this.sentence = sentence;
        this.places = places;
        this.previousSubject = previousSubject;
        this.grammar = grammar;
        List<ActorMention> real = new ArrayList<>();
        List<ActorMention> mods = new ArrayList<>();
        for (ActorMention m : mentions) {
            (m.kind() == ActorKind.MODIFIER ? mods : real).add(m);
        }
        this.actors = real;
        this.modifiers = mods;
        this.groups = verbGroups();
        this.groupOfToken = new int[sentence.size()];
        java.util.Arrays.fill(groupOfToken, -1);
        for (int g = 0; g < groups.size(); g++) {
            for (int i = groups.get(g).start(); i < groups.get(g).end(); i++) {
                groupOfToken[i] = g;
            }
        }
        buildCompounds();
    }

    // ---- tokens -------------------------------------------------------------------------------

    Token token(int i) {
        return sentence.token(i);
    }

    int size() {
        return sentence.size();
    }

    boolean is(WordClass wc, Token t) {
        return grammar.is(wc, t.key()) || grammar.is(wc, Keys.fold(t.lemma()));
    }

    boolean isClauseBreak(Token t) {
        return grammar.is(WordClass.CLAUSE_BREAK, t.key());
    }

    private static boolean verbal(Token t) {
        return t.upos() == Upos.VERB || t.upos() == Upos.AUX;
    }

    /** Whether a token sits between words of a noun phrase without changing who is meant. */
    boolean filler(int i) {
        Upos u = token(i).upos();
        if (is(WordClass.COMPARATIVE, token(i)) && i + 1 < size()
                && (token(i + 1).upos() == Upos.NOUN || token(i + 1).upos() == Upos.ADJ)) {
            return true; // "sent more weapons"
        }
        if (attributive(i)) {
            return true; // "rejected proposed Israeli changes"
        }
        if (is(WordClass.TIME, token(i)) && actorAt(i) == null && (i == 0 || token(i - 1).upos() != Upos.ADP)) {
            return true; // "rejected Thursday a UN appeal", "demanded Friday that"
        }
        for (int k = Math.max(0, i - 3); k <= i; k++) {
            int after = matchPhrase(WordClass.APPROXIMATOR, k);
            if (after > i && after < size() && token(after).upos() == Upos.NUM) {
                return true; // "more than 100", "at least 20": part of a quantity
            }
        }
        return (u == Upos.DET || u == Upos.ADJ || u == Upos.ADV || u == Upos.NUM) && actorAt(i) == null
                && !is(WordClass.NEGATION, token(i));
    }

    /**
     * Whether token {@code i} is a participle used as an adjective before a noun: after an article
     * or adjective ("the detained journalists") or right after a full verb ("released detained
     * journalists", "rejected proposed changes"). It forms no verb group.
     */
    private boolean attributive(int i) {
        Token t = token(i);
        // a past form right after another verb is a participle, whatever the tagger chose ("released detained")
        boolean participle = t.readings().stream().anyMatch(r -> r.has(Feature.PART) || r.has(Feature.PAST));
        if (t.upos() != Upos.VERB || !participle || i == 0 || i + 1 >= size()) {
            return false;
        }
        Upos next = token(i + 1).upos();
        if (next != Upos.ADJ && next != Upos.NOUN && next != Upos.PROPN) {
            return false;
        }
        Token prev = token(i - 1);
        if (prev.upos() == Upos.DET) {
            return t.reading().has(Feature.PART) && !t.reading().has(Feature.FIN); // "the detained journalists"
        }
        return prev.upos() == Upos.VERB && prev.reading().has(Feature.FIN) && !is(WordClass.AUXILIARY, prev);
    }

    // ---- verb groups --------------------------------------------------------------------------

    private List<VerbGroup> verbGroups() {
        List<VerbGroup> out = new ArrayList<>();
        int n = sentence.size();
        int i = 0;
        while (i < n) {
            if (!verbal(token(i)) || actorAt(i) != null || attributive(i)) { // a participle inside a name: "hombres armados"
                i++;
                continue;
            }
            int first = i;
            int last = i;
            int j = i + 1;
            while (j < n) {
                Token t = token(j);
                if (verbal(t) && (actorAt(j) != null || startsComplement(token(last), t)) || attributive(j)) {
                    break;
                }
                if (verbal(t)) {
                    last = j;
                    j++;
                } else if ((t.upos() == Upos.ADV || t.upos() == Upos.PRON || is(WordClass.NEGATION, t))
                        && j + 1 < n && (verbal(token(j + 1)) || j + 2 < n && verbal(token(j + 2))
                        && (token(j + 1).upos() == Upos.ADV || token(j + 1).upos() == Upos.PRON))) {
                    j++;
                } else {
                    break;
                }
            }
            int start = first;
            for (int b = first - 1; b >= 0 && b >= first - LOOKBACK; b--) {
                Token t = token(b);
                if (is(WordClass.NEGATION, t) || t.upos() == Upos.ADV
                        || t.upos() == Upos.PRON && is(WordClass.REFLEXIVE, t)
                        || t.upos() == Upos.PRON && !is(WordClass.RELATIVE, t) && b == first - 1) {
                    start = b;
                } else {
                    break;
                }
            }
            out.add(describe(start, first, last));
            i = last + 1;
        }
        return out;
    }

    /**
     * An infinitive right after a full verb is its complement, a verb group of its own
     * ("пообещала сотрудничать", "promised to cooperate" without "to"); after a modal or an
     * auxiliary it belongs to the same group ("может напасть", "will attack").
     */
    private boolean startsComplement(Token prev, Token t) {
        return t.upos() == Upos.VERB && t.reading().has(Feature.INF) && prev.upos() == Upos.VERB
                && !is(WordClass.MODAL, prev) && !is(WordClass.AUXILIARY, prev);
    }

    private VerbGroup describe(int start, int first, int last) {
        int main = -1;
        for (int k = last; k >= first; k--) {
            if (token(k).upos() == Upos.VERB) {
                main = k;
                break;
            }
        }
        if (main < 0) {
            main = last;
        }
        boolean finite = false;
        boolean negated = false;
        boolean modal = false;
        boolean future = false;
        boolean reflexive = false;
        boolean passiveAux = false;
        boolean perfectAux = false;
        boolean marker = false;
        for (int k = start; k <= last; k++) {
            Token t = token(k);
            finite |= t.reading().has(Feature.FIN);
            negated |= is(WordClass.NEGATION, t);
            modal |= is(WordClass.MODAL, t) || t.reading().has(Feature.COND);
            future |= is(WordClass.FUTURE, t) || t.reading().has(Feature.FUT);
            reflexive |= t.upos() == Upos.PRON && is(WordClass.REFLEXIVE, t);
            if (k < main && verbal(t)) {
                String lemma = Keys.fold(t.lemma());
                passiveAux |= grammar.is(WordClass.PASSIVE_AUX, lemma);
                perfectAux |= grammar.is(WordClass.PERFECT_AUX, lemma);
                marker |= grammar.is(WordClass.PASSIVE_MARKER, t.key());
            }
        }
        boolean participle = token(main).reading().has(Feature.PART);
        boolean passive = participle && !reflexive
                && (passiveAux || perfectAux && (marker || agentPhraseAfter(last + 1) >= 0));
        modal |= hypotheticalClause(start);
        negated |= correlativeNegation(start);
        return new VerbGroup(start, last + 1, main, finite, negated, modal, passive, future);
    }

    /** "Né la Polonia né l'Ungheria hanno…", "Neither Poland nor Hungary…": a negation in the subject. */
    private boolean correlativeNegation(int start) {
        for (int k = start - 1; k >= 0; k--) {
            Token t = token(k);
            if (verbal(t) || isClauseBreak(t)) {
                return false;
            }
            if (is(WordClass.NEGATION, t) && (t.upos() == Upos.CCONJ || t.upos() == Upos.ADV || t.upos() == Upos.DET)
                    && (k == 0 || token(k - 1).upos() == Upos.PUNCT || token(k - 1).upos() == Upos.CCONJ
                            || is(WordClass.NEGATION, token(k - 1)) || actorAt(k + 1) != null
                            || k + 1 < size() && token(k + 1).upos() == Upos.DET)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a hypothetical word ("if", "se") opens the clause of a verb group. */
    private boolean hypotheticalClause(int start) {
        for (int k = start - 1; k >= 0; k--) {
            Token t = token(k);
            if (is(WordClass.HYPOTHETICAL, t)) {
                return true;
            }
            if (isClauseBreak(t) || verbal(t) || t.upos() == Upos.PUNCT && !t.key().equals(",")) {
                return false;
            }
        }
        return false;
    }

    /**
     * The index of the first token of an actor introduced by a passive agent word ("by", "da",
     * "da parte di") at or after {@code from} in the same clause (before a comma, unless the agent word
     * follows it: "fue asesinado de un disparo, por…"), or −1.
     */
    int agentPhraseAfter(int from) {
        for (int k = from; k < size(); k++) {
            Token t = token(k);
            boolean commaBeforeAgent = t.key().equals(",") && k + 1 < size()
                    && matchPhrase(WordClass.PASSIVE_AGENT, k + 1) > 0; // "fue asesinado de un disparo, por…"
            if (verbal(t) && t.reading().has(Feature.FIN) || isClauseBreak(t) || t.key().equals(",") && !commaBeforeAgent) {
                return -1;
            }
            int after = matchPhrase(WordClass.PASSIVE_AGENT, k);
            if (after > 0) {
                int p = skipDeterminers(after);
                if (p + 1 < size() && actorAt(p) == null && is(WordClass.QUANTITY, token(p))
                        && grammar.is(WordClass.GENITIVE, Keys.fold(token(p + 1).lemma()))) {
                    p = skipDeterminers(p + 2); // "by hundreds of protesters", "por miembros de un grupo armado"
                }
                if (actorStartingAt(p) != null) {
                    return p;
                }
            }
        }
        return -1;
    }

    /** The first token from {@code p} on that is not an article, adjective or numeral outside an actor. */
    private int skipDeterminers(int p) {
        while (p < size() && (token(p).upos() == Upos.DET || token(p).upos() == Upos.ADJ || token(p).upos() == Upos.NUM)
                && actorAt(p) == null) {
            p++;
        }
        return p;
    }

    /**
     * If a multi-word entry of {@code wc} starts at token {@code k} (matched on keys or lemmas),
     * the index after it, else −1.
     */
    int matchPhrase(WordClass wc, int k) {
        if (k >= size()) {
            return -1;
        }
        Token first = token(k);
        String lemma = Keys.fold(first.lemma());
        int best = longestAt(grammar.phrasesStartingWith(wc, first.key()), k);
        return lemma.equals(first.key()) ? best : Math.max(best, longestAt(grammar.phrasesStartingWith(wc, lemma), k));
    }

    /** The index after the longest of {@code phrases} that starts at token {@code k}, else −1. */
    private int longestAt(List<String[]> phrases, int k) {
        int best = -1;
        for (String[] words : phrases) {
            if (k + words.length > size() || k + words.length <= best) {
                continue;
            }
            boolean ok = true;
            for (int w = 1; w < words.length && ok; w++) {
                Token t = token(k + w);
                ok = words[w].equals(t.key()) || words[w].equals(Keys.fold(t.lemma()));
            }
            if (ok) {
                best = k + words.length;
            }
        }
        return best;
    }

    /** The verb group a token belongs to, or −1. */
    int groupOf(int token) {
        return groupOfToken[token];
    }

    // ---- actors -------------------------------------------------------------------------------

    /** The actor mention covering token {@code i} (not a modifier), or null. */
    ActorMention actorAt(int i) {
        for (ActorMention m : actors) {
            if (m.tokens().contains(i)) {
                return m;
            }
        }
        return null;
    }

    /** The actor mention starting at token {@code i}, or null. */
    ActorMention actorStartingAt(int i) {
        for (ActorMention m : actors) {
            if (m.tokens().start() == i) {
                return m;
            }
        }
        return null;
    }

    /** The modifier (nationality adjective) covering token {@code i}, or null. */
    ActorMention modifierAt(int i) {
        for (ActorMention m : modifiers) {
            if (m.tokens().contains(i)) {
                return m;
            }
        }
        return null;
    }

    /** The compound a mention belongs to ("Russia, China and Iran"); a singleton at least. */
    List<ActorMention> compound(ActorMention m) {
        return compounds.getOrDefault(m, List.of(m));
    }

    /** Index of the token after the last member of the compound. */
    int compoundEnd(ActorMention m) {
        int end = m.tokens().end();
        for (ActorMention x : compound(m)) {
            end = Math.max(end, x.tokens().end());
        }
        return end;
    }

    private void buildCompounds() {
        List<List<ActorMention>> groups = new ArrayList<>();
        List<ActorMention> current = new ArrayList<>();
        boolean sawCoordination = false;
        for (ActorMention m : actors) {
            if (current.isEmpty()) {
                current.add(m);
                continue;
            }
            ActorMention prev = current.get(current.size() - 1);
            if (m.tokens().equals(prev.tokens())) {
                current.add(m);
                continue;
            }
            int between = coordinationBetween(prev.tokens().end(), m.tokens().start());
            if (between > 0) {
                current.add(m);
                sawCoordination |= between == 2;
            } else {
                groups.add(close(current, sawCoordination));
                current = new ArrayList<>(List.of(m));
                sawCoordination = false;
            }
        }
        if (!current.isEmpty()) {
            groups.add(close(current, sawCoordination));
        }
        for (List<ActorMention> g : groups) {
            for (ActorMention m : g) {
                compounds.put(m, g);
            }
        }
    }

    /** A list joined only by commas is an apposition, not a compound: keep its first member. */
    private static List<ActorMention> close(List<ActorMention> group, boolean coordinated) {
        if (group.size() > 1 && !coordinated && !group.get(0).tokens().equals(group.get(1).tokens())) {
            return List.of(group.get(0));
        }
        return Collections.unmodifiableList(new ArrayList<>(group));
    }

    /**
     * 2 when the gap holds a coordinating word, 1 for a bare comma, 0 when the gap is anything else.
     * Articles, adjectives and adverbs may stand before the next member ("Russia and the
     * increasingly isolated North Korea"), but only after the comma or conjunction.
     */
    private int coordinationBetween(int from, int to) {
        if (to <= from || to - from > COMPOUND_GAP) {
            return 0;
        }
        int result = 0;
        for (int k = from; k < to; k++) {
            Token t = token(k);
            Upos u = t.upos();
            if (grammar.is(WordClass.COORDINATION, t.key())) {
                result = 2;
            } else if (t.key().equals(",")) {
                result = Math.max(result, 1);
            } else if (u != Upos.DET && (result == 0 || u != Upos.ADJ && u != Upos.ADV && u != Upos.NUM)) {
                return 0;
            }
        }
        return result;
    }

    /** Whether a mention is inside a prepositional phrase (so it is not a subject). */
    boolean inPrepositionalPhrase(ActorMention m) {
        int k = m.tokens().start() - 1;
        while (k >= 0 && (token(k).upos() == Upos.DET || token(k).upos() == Upos.NUM)) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        Token t = token(k);
        if (t.upos() == Upos.ADP && k > 0 && grammar.is(WordClass.GENITIVE, Keys.fold(t.lemma()))
                && (token(k - 1).upos() == Upos.NUM || is(WordClass.QUANTITY, token(k - 1)))) {
            return false; // "migliaia di manifestanti", "thousands of protesters": the people are the subject
        }
        if (t.upos() == Upos.ADP && is(WordClass.RELATIVE, t)) {
            return false; // "claimed that ISIL had attacked": a complementizer tagged as a preposition
        }
        return t.upos() == Upos.ADP || grammar.is(WordClass.POSSESSIVE, t.key());
    }

    // ---- subjects -----------------------------------------------------------------------------

    /** The subject of verb group {@code g}: a compound of mentions, or empty. */
    List<ActorMention> subject(int g) {
        List<ActorMention> s = subjects.get(g);
        if (s == null) {
            s = findSubject(g);
            subjects.put(g, s);
        }
        return s;
    }

    private List<ActorMention> findSubject(int g) {
        VerbGroup vg = groups.get(g);
        int regionStart = g > 0 ? groups.get(g - 1).end() : 0;
        int before = vg.start() - 1;
        while (before >= regionStart && token(before).upos() == Upos.ADV) {
            before--;
        }
        if (before >= regionStart && is(WordClass.RELATIVE, token(before))) {
            return antecedent(before);
        }
        int lastBreak = regionStart - 1;
        for (int k = regionStart; k < vg.start(); k++) {
            Token t = token(k);
            if (actorAt(k) != null) {
                continue;
            }
            if (grammar.is(WordClass.COORDINATION, t.key()) || isClauseBreak(t) || t.upos() == Upos.PUNCT) {
                lastBreak = k;
            }
        }
        ActorMention candidate = lastActor(lastBreak + 1, vg.start());
        if (candidate != null) {
            return compound(candidate);
        }
        if (lastBreak + 1 < vg.start() && is(WordClass.RELATIVE, token(lastBreak + 1))
                && !nounBetween(lastBreak + 2, vg.start())) {
            return antecedent(lastBreak + 1); // "Japan, which through its embassy lodged …"
        }
        if (vg.finite() && subjectWithoutActor(lastBreak + 1, vg.start(), g == 0)) {
            // "…, the news agency said": not the previous verb's subject; "Russian drones…": Russia
            return nationalitySubject(lastBreak + 1, vg.start());
        }
        if (g > 0) {
            return subject(g - 1);
        }
        candidate = lastActor(0, vg.start());
        if (candidate != null) {
            return compound(candidate);
        }
        if (vg.finite() && pronounOrNoSubject(vg.start())) {
            return previousSubject;
        }
        return nationalitySubject(regionStart, vg.start());
    }

    /**
     * A nationality adjective on the subject noun when the subject names no actor: "Russian drones
     * attacked Odesa" is done by Russia. Only outside prepositional phrases, and only the last one.
     */
    private List<ActorMention> nationalitySubject(int from, int to) {
        ActorMention best = null;
        for (ActorMention m : modifiers) {
            if (m.tokens().start() >= from && m.tokens().end() <= to && !inPrepositionalPhrase(m)) {
                best = m;
            }
        }
        return best == null ? List.of() : List.of(best);
    }

    /**
     * Whether the words before the first verb name no subject but a personal pronoun ("He said",
     * "Lo ha detto") or nothing at all (a dropped subject: "Ha poi aggiunto che…").
     */
    private boolean pronounOrNoSubject(int vgStart) {
        for (int k = 0; k < vgStart; k++) {
            Token t = token(k);
            if (is(WordClass.PERSONAL_PRONOUN, t)) {
                return true;
            }
            if (t.upos() == Upos.NOUN || t.upos() == Upos.PROPN || t.upos() == Upos.PRON || t.upos() == Upos.NUM) {
                return false;
            }
        }
        return true;
    }

    /** The subject of the first verb group that has one: what the next sentence may continue with. */
    List<ActorMention> mainSubject() {
        for (int g = 0; g < groups.size(); g++) {
            if (groups.get(g).finite() && !subject(g).isEmpty()) {
                return subject(g);
            }
        }
        return List.of();
    }

    /**
     * Whether tokens {@code [from, to)} before a finite verb hold a noun phrase of their own that is
     * not inside a prepositional phrase: the verb has a subject, just not one that names an actor.
     * A pronoun counts only for the sentence's first verb, whose antecedent lies outside the
     * sentence ("On X and Gondor's centres, he said…" is not Gondor); later, "Putin said he would…"
     * keeps Putin. (A participle after a noun, "a declaration demanding…", takes the clause's
     * subject: only finite verbs are asked.)
     */
    private boolean subjectWithoutActor(int from, int to, boolean pronouns) {
        for (int k = from; k < to; k++) {
            Upos u = token(k).upos();
            if (pronouns && u == Upos.PRON && !is(WordClass.RELATIVE, token(k)) && actorAt(k) == null) {
                return true;
            }
            if (actorAt(k) != null || u != Upos.NOUN && u != Upos.PROPN) {
                continue;
            }
            int j = k - 1;
            while (j >= from && (token(j).upos() == Upos.DET || token(j).upos() == Upos.ADJ
                    || token(j).upos() == Upos.NUM || token(j).upos() == Upos.NOUN || token(j).upos() == Upos.PROPN)) {
                j--;
            }
            if (j < from || token(j).upos() != Upos.ADP || is(WordClass.RELATIVE, token(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a noun or pronoun outside a prepositional phrase stands in {@code [from, to)}: after
     * "that" it is the subject of a clause of its own ("said that the militants attacked"), so
     * "that" is no relative pronoun.
     */
    private boolean nounBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            Upos u = token(k).upos();
            if (u == Upos.ADP) {
                return false; // "which through its embassy lodged"
            }
            if (u == Upos.NOUN || u == Upos.PROPN || u == Upos.PRON) {
                return true;
            }
        }
        return false;
    }

    /** The actor a relative pronoun at {@code relative} refers to: the nearest one just before it. */
    private List<ActorMention> antecedent(int relative) {
        for (int k = relative - 1; k >= 0 && k >= relative - ANTECEDENT_WINDOW; k--) {
            ActorMention m = actorAt(k);
            if (m != null) {
                return compound(m);
            }
        }
        return List.of();
    }

    private ActorMention lastActor(int from, int to) {
        ActorMention best = null;
        for (ActorMention m : actors) {
            if (m.tokens().start() >= from && m.tokens().end() <= to && !inPrepositionalPhrase(m)) {
                if (best == null || m.tokens().start() > best.tokens().start()) {
                    best = m;
                }
            }
        }
        return best == null ? null : firstOfCompound(best);
    }

    private ActorMention firstOfCompound(ActorMention m) {
        return compound(m).get(0);
    }

    /**
     * Whether verb group {@code g} is the complement of an earlier verb that does not imply it
     * happened: an infinitive or gerund introduced by a preposition or marker ("decided to attack",
     * "accused Hamas of violating", "ha chiesto a Israele di rispettare"), whose governing verb is
     * not implicative ("managed to", "riuscire a"). A gerund after a comma ("…, killing five") is
     * not a complement.
     */
    boolean unrealComplement(int g) {
        return complementOf(g) != null;
    }

    /**
     * Whether verb group {@code g} is the complement of a verb of intent ("plans to visit",
     * "intende incontrare"): the action is announced.
     */
    boolean intendedComplement(int g) {
        Token governing = complementOf(g);
        if (governing == null) {
            return false;
        }
        VerbGroup vg = groups.get(g);
        VerbGroup prev = groups.get(g - 1);
        boolean adjective = false;
        for (int k = prev.end(); k < vg.start(); k++) {
            if (actorAt(k) != null) {
                return false; // "wants Putin to attack": another's action is asked for, not announced
            }
            adjective |= token(k).upos() == Upos.ADJ && is(WordClass.INTENT, token(k));
        }
        return is(WordClass.INTENT, governing) || adjective; // "is willing to send"
    }

    /**
     * Whether verb group {@code g}'s only modal is a future in the past ("would") in the clause
     * reported by the verb of saying before it ("Germany said it would support…"), with no
     * condition after it: the announcement of an action, not a possibility.
     */
    boolean reportedFuture(int g) {
        VerbGroup vg = groups.get(g);
        boolean would = false;
        boolean saying = false; // "said it would support" may read as one verb group
        for (int k = vg.start(); k < vg.end(); k++) {
            Token t = token(k);
            if (is(WordClass.FUTURE_IN_PAST, t)) {
                would = true;
            } else if (is(WordClass.MODAL, t) || t.reading().has(Feature.COND)) {
                return false;
            } else if (!would && verbal(t) && is(WordClass.REPORTING, t)) {
                saying = true;
            }
        }
        if (saying && would) {
            for (int k = vg.end(); k < size(); k++) {
                if (is(WordClass.HYPOTHETICAL, token(k))) {
                    return false;
                }
            }
            return true;
        }
        if (g == 0) {
            return false;
        }
        if (!would || hypotheticalClause(vg.start())) {
            return false;
        }
        for (int k = vg.end(); k < size(); k++) {
            if (is(WordClass.HYPOTHETICAL, token(k))) {
                return false; // "said they would meet him if he…"
            }
        }
        VerbGroup rep = groups.get(g - 1);
        return is(WordClass.REPORTING, token(rep.main())) && !rep.negated() && !rep.modal();
    }

    /**
     * Whether verb group {@code g} is the clause of a demand ("demanded that Iran release…",
     * "insisted that…"): what is demanded has not happened.
     */
    boolean mandatedClause(int g) {
        if (g == 0) {
            return false;
        }
        VerbGroup prev = groups.get(g - 1);
        if (!is(WordClass.MANDATIVE, token(prev.main()))) {
            return false;
        }
        for (int k = prev.end(); k < groups.get(g).start(); k++) {
            if (isClauseBreak(token(k)) || token(k).key().equals(".")) {
                return false;
            }
        }
        return true;
    }

    /** The verb group whose infinitive or gerund complement group {@code g} is, or −1. */
    int complementOfGroup(int g) {
        Token governing = complementOf(g);
        return governing != null && governing == token(groups.get(g - 1).main()) ? g - 1 : -1;
    }

    /**
     * The object of a verb whose group ends at {@code from}: the first actor with a country (or a
     * place or nationality standing for one) before the clause ends or another verb starts; a bare
     * role ("peacekeepers") only when there is nothing better. Empty if none.
     */
    List<ActorMention> objectAfter(int from) {
        ActorMention roleOnly = null;
        for (int k = from; k < size() && k < from + 10; k++) {
            Token t = token(k);
            if (groupOf(k) >= 0 && groups.get(groupOf(k)).finite() || isClauseBreak(t) || t.key().equals(",")
                    || is(WordClass.RELATIVE, t)) {
                break; // a participle or infinitive ("war-torn", "to help defend") does not end the clause
            }
            ActorMention m = actorStartingAt(k);
            if (m != null) {
                if (m.kind() != ActorKind.AGENT || m.code().segments().size() > 1) {
                    return compound(m);
                }
                roleOnly = roleOnly == null ? m : roleOnly;
                continue;
            }
            List<ActorMention> place = placeActorAt(k);
            if (!place.isEmpty()) {
                return place;
            }
            ActorMention mod = modifierAt(k);
            if (mod != null && mod.tokens().start() == k) {
                return List.of(mod);
            }
        }
        return roleOnly == null ? List.of() : List.of(roleOnly);
    }

    /** The governing verb when verb group {@code g} is an unreal complement, else null. */
    private Token complementOf(int g) {
        if (g == 0) {
            return null;
        }
        VerbGroup vg = groups.get(g);
        if (vg.finite()) {
            return null;
        }
        VerbGroup prev = groups.get(g - 1);
        Token governing = token(prev.main());
        int b = vg.start() - 1;
        while (b >= prev.end() && (token(b).upos() == Upos.ADV || token(b).upos() == Upos.PRON)) {
            b--;
        }
        if (b >= prev.end() && (token(b).upos() == Upos.ADP || is(WordClass.INFINITIVE_MARKER, token(b)))
                && !isClauseBreak(token(b))) {
            // introduced by a preposition or marker: "accused Hamas of violating", "di aver violato"
            return is(WordClass.IMPLICATIVE, governing) ? null : governing;
        }
        // an infinitive depends on the verb before it even across its object ("призвала Россию
        // вернуть", "urged Russia to return"); a participle or gerund only right after it, not after
        // a comma ("…, killing five" reports what happened)
        boolean infinitive = token(vg.main()).reading().has(Feature.INF);
        for (int k = prev.end(); k < vg.start(); k++) {
            Token t = token(k);
            boolean linking = t.upos() == Upos.ADP || t.upos() == Upos.PART || is(WordClass.INFINITIVE_MARKER, t)
                    || infinitive && t.key().equals(",");
            boolean sameClause = !isClauseBreak(t) && !grammar.is(WordClass.COORDINATION, t.key())
                    && (t.upos() != Upos.PUNCT || t.key().equals(",") || t.key().equals("-"));
            if (!linking && !(infinitive && sameClause)) {
                return null;
            }
        }
        return is(WordClass.IMPLICATIVE, governing) ? null : governing;
    }

    /**
     * The token after a short adverbial prepositional phrase starting at {@code i} ("a Roma",
     * "nella notte", "on Tuesday"): a preposition other than "of" and up to three words that name no
     * actor. Returns {@code i} when there is none.
     */
    int skipAdverbialPhrase(int i) {
        if (i >= size() || token(i).upos() != Upos.ADP || grammar.is(WordClass.GENITIVE, Keys.fold(token(i).lemma()))
                || actorAt(i) != null) {
            return i;
        }
        int k = i + 1;
        int words = 0;
        while (k < size() && words < 3 && actorAt(k) == null) {
            Upos u = token(k).upos();
            if (u == Upos.DET || u == Upos.ADJ || u == Upos.NUM || u == Upos.NOUN || u == Upos.PROPN) {
                k++;
                words++;
            } else {
                break;
            }
        }
        return words == 0 ? i : k;
    }

    // ---- places standing for their country ------------------------------------------------------

    /** A place mention starting at {@code i} as an actor of its country ("bombed Kharkiv"), or empty. */
    List<ActorMention> placeActorAt(int i) {
        for (PlaceMention p : places) {
            if (p.tokens().start() == i && p.place().country() != null && !p.place().isCountry()
                    && org.cronista.api.actors.ActorCode.isValid(p.place().country())) {
                return List.of(new ActorMention(sentence.index(), p.tokens(), p.span(),
                        new org.cronista.api.actors.ActorCode(p.place().country()), p.place().name(), ActorKind.PLACE,
                        "place " + p.place().id()));
            }
        }
        return List.of();
    }

    /** For a passive verb whose subject names no actor: the nationality of its noun ("l'attacco russo"). */
    List<ActorMention> subjectModifier(int g) {
        VerbGroup vg = groups.get(g);
        int regionStart = g > 0 ? groups.get(g - 1).end() : 0;
        for (ActorMention m : modifiers) {
            if (m.tokens().start() >= regionStart && m.tokens().end() <= vg.start()) {
                return List.of(m);
            }
        }
        return List.of();
    }
}
