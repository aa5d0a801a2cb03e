package org.cronista.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cronista.api.actors.ActorKind;
import org.cronista.api.actors.ActorMention;
import org.cronista.api.events.CameoCode;
import org.cronista.api.events.CodedEvent;
import org.cronista.api.events.EventCoder;
import org.cronista.api.events.EventStatus;
import org.cronista.api.events.EventType;
import org.cronista.api.geo.PlaceMention;
import org.cronista.api.text.AnalyzedText;
import org.cronista.api.text.CharSpan;
import org.cronista.api.text.Reading;
import org.cronista.api.text.Sentence;
import org.cronista.api.text.Token;
import org.cronista.api.text.Upos;
import org.cronista.events.ClauseAnalysis.VerbGroup;
import org.cronista.knowledge.CameoCodebook;
import org.cronista.knowledge.EventPattern;
import org.cronista.knowledge.EventPattern.Element;
import org.cronista.knowledge.EventPattern.Gap;
import org.cronista.knowledge.EventPattern.Slot;
import org.cronista.knowledge.EventPattern.Word;
import org.cronista.knowledge.Grammar;
import org.cronista.knowledge.IntentCodes;
import org.cronista.knowledge.Grammar.WordClass;
import org.cronista.knowledge.Keys;
import org.cronista.knowledge.LanguagePack;

/**
 * Codes events with the language's patterns ({@code events.tsv}). For each verb group of a
 * sentence it tries the patterns anchored on the main verb's lemma, most specific first; the
 * subject of the verb group is the source, the pattern's {@code $T} the target. Nominal patterns
 * ("the meeting between X and Y") are tried on nouns outside verb groups. Negated, modal and
 * hypothetical actions are coded with that status so that callers can leave them out. Thread-safe.
 */
public final class PatternEventCoder implements EventCoder {
    /** Fillers skipped before a pattern word or slot. */
    private static final int MAX_FILLERS = 3;
    /** Longest gap a {@code *} spans. */
    private static final int MAX_GAP = 6;
    /** Adverbial phrases ("am Montag", "in Paris") skipped between two pattern elements. */
    private static final int MAX_ADVERBIALS = 2;
    /** Longest adverbial phrase, in tokens. */
    private static final int MAX_ADVERBIAL = 5;
    /** Farthest a target may start from its slot's position, fillers and adverbial phrases included. */
    private static final int MAX_REACH = 10;
    /** Grammar option: an actor right after a noun is its genitive, marked by case alone (ru, de). */
    static final String BARE_GENITIVE = "bare-genitive";
    /** CAMEO root of protest: an act done in order to protest is the protest itself. */
    private static final String PROTEST_ROOT = "14";
    /**
     * Grammar option: an action whose pattern found no target bears on the next actor of its clause
     * ("lifted the curfew in Montenegro", "demolished Palestinian homes").
     */
    static final String CLAUSE_OBJECT = "clause-object";

    private final Map<String, List<EventPattern>> verbPatterns;
    private final Map<String, List<EventPattern>> nounPatterns;
    private final Grammar grammar;
    private final CameoCodebook codebook;
    private final IntentCodes intents;

    private PatternEventCoder(Map<String, List<EventPattern>> verbPatterns,
                              Map<String, List<EventPattern>> nounPatterns, Grammar grammar, CameoCodebook codebook,
                              IntentCodes intents) {
        this.verbPatterns = verbPatterns;
        this.nounPatterns = nounPatterns;
        this.grammar = grammar;
        this.codebook = codebook;
        this.intents = intents;
    }

    /** Indexes the pack's patterns by anchor. */
    public static PatternEventCoder create(LanguagePack pack, CameoCodebook codebook, IntentCodes intents) {
        Map<String, List<EventPattern>> verbs = new HashMap<>();
        Map<String, List<EventPattern>> nouns = new HashMap<>();
        for (EventPattern p : pack.patterns()) {
            for (String k : p.anchorKeys()) {
                (p.noun() ? nouns : verbs).computeIfAbsent(k, x -> new ArrayList<>()).add(p);
            }
        }
        Comparator<EventPattern> specificFirst = Comparator.comparingInt(EventPattern::specificity).reversed()
                .thenComparing(p -> !p.hasTarget());
        verbs.values().forEach(l -> l.sort(specificFirst));
        nouns.values().forEach(l -> l.sort(specificFirst));
        return new PatternEventCoder(Map.copyOf(verbs), Map.copyOf(nouns), pack.grammar(), codebook, intents);
    }

    @Override
    public List<CodedEvent> code(AnalyzedText text, List<ActorMention> actors, List<PlaceMention> places) {
        Map<Integer, List<ActorMention>> bySentence = new HashMap<>();
        for (ActorMention m : actors) {
            bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        }
        Map<Integer, List<PlaceMention>> placesBySentence = new HashMap<>();
        for (PlaceMention p : places) {
            placesBySentence.computeIfAbsent(p.sentence(), k -> new ArrayList<>()).add(p);
        }
        List<CodedEvent> out = new ArrayList<>();
        List<ActorMention> previousSubject = List.of();
        for (Sentence s : text.sentences()) {
            List<ActorMention> ms = bySentence.getOrDefault(s.index(), List.of());
            ClauseAnalysis c = new ClauseAnalysis(s, ms, placesBySentence.getOrDefault(s.index(), List.of()), grammar,
                    previousSubject);
            if (!ms.isEmpty() || !previousSubject.isEmpty()) {
                out.addAll(codeSentence(c));
            }
            List<ActorMention> main = c.mainSubject();
            previousSubject = main.isEmpty() && c.groups.isEmpty() ? previousSubject : main;
        }
        return out;
    }

    /** The result of matching a pattern. */
    private record Match(EventPattern pattern, List<ActorMention> source, List<ActorMention> target, int end,
                         int lastWord) {
    }

    private List<CodedEvent> codeSentence(ClauseAnalysis c) {
        List<CodedEvent> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int consumedUntil = -1;
        Set<Integer> suppressed = new HashSet<>();
        for (int g = 0; g < c.groups.size(); g++) {
            VerbGroup vg = c.groups.get(g);
            if (vg.main() < consumedUntil) {
                continue;
            }
            Token verb = c.token(vg.main());
            if (verb.upos() != Upos.VERB) {
                continue;
            }
            List<ActorMention> source = c.subject(g);
            // in the passive the pattern's target is the subject, so $T need not be found after the verb
            Match m = matchAny(c, candidates(verbPatterns, verb), vg.main(), null, source.size() > 1, vg.passive());
            if (m == null) {
                continue;
            }
            consumedUntil = m.end();
            if (suppressed.contains(g)) {
                continue;
            }
            List<ActorMention> target = m.target();
            if (target.isEmpty() && optionalTarget(m.pattern()) && !vg.passive() && g + 1 < c.groups.size()
                    && c.complementOfGroup(g + 1) == g) {
                // "threatened to cut off gas to Armenia", "refused to send troops to Somalia": the
                // action's target is the object of the infinitive it governs
                VerbGroup inner = c.groups.get(g + 1);
                Token innerVerb = c.token(inner.main());
                Match im = innerVerb.upos() == Upos.VERB
                        ? matchAny(c, candidates(verbPatterns, innerVerb), inner.main(), null, false, false) : null;
                Optional<CameoCode> innerIntent = im != null && c.intendedComplement(g + 1) && !inner.negated()
                        ? intents.intentOf(im.pattern().cameo()) : Optional.empty();
                if (innerIntent.isPresent() && innerIntent.get().root().equals(m.pattern().cameo().root())) {
                    continue; // "agreed to meet Kim": the announced meeting (036) says more than "agreed" (030)
                }
                if (innerIntent.isPresent()) {
                    suppressed.add(g + 1); // "threatened to withdraw from Chad" is a threat, not a promise
                }
                target = im != null && !im.target().isEmpty() ? im.target() : c.objectAfter(inner.end());
            } else if (target.isEmpty() && (optionalTarget(m.pattern()) || !m.pattern().hasTarget()
                    && !m.pattern().symmetric()) && !vg.passive() && grammar.is(WordClass.OPTION, CLAUSE_OBJECT)) {
                // "lifted the curfew in Montenegro", "expelled inspectors of the IAEA": an actor or
                // place later in the same clause is what the action bears on
                target = c.objectAfter(m.end());
            }
            if (vg.passive()) {
                int agent = c.agentPhraseAfter(vg.end());
                List<ActorMention> byAgent = agent >= 0 ? c.compound(c.actorStartingAt(agent)) : List.of();
                target = source.isEmpty() ? c.subjectModifier(g) : source;
                source = byAgent;
            }
            boolean reportedFuture = !vg.negated() && vg.modal() && c.reportedFuture(g);
            EventPattern p = m.pattern();
            // "marched to protest", "bloquearon la vía para protestar": an act done to protest is
            // the protest, so the complement happened with it (not "decided to protest")
            boolean protestPurpose = c.unrealComplement(g) && !c.intendedComplement(g)
                    && p.cameo().root().equals(PROTEST_ROOT);
            EventStatus status = vg.negated() ? EventStatus.NEGATED
                    : vg.modal() || vg.future() || c.unrealComplement(g) && !protestPurpose || c.mandatedClause(g)
                    ? EventStatus.HYPOTHETICAL
                    : EventStatus.ASSERTED;
            EventType type = codebook.type(p.cameo().value()).orElseThrow();
            String rule = p.id();
            boolean announced = !vg.negated() && (!vg.modal() || reportedFuture)
                    && (vg.future() || reportedFuture || c.intendedComplement(g));
            Optional<CameoCode> intent = announced ? intents.intentOf(p.cameo()) : Optional.empty();
            if (intent.isPresent()) {
                // "will meet", "plans to attack": the announcement happened, coded 03x / 13x
                type = codebook.type(intent.get().value()).orElseThrow();
                status = EventStatus.ASSERTED;
                rule = p.id() + "+intent";
            }
            emit(c, p, type, rule, source, target, status, vg.main(), m.lastWord(), seen, out);
        }
        reportedDemands(c, seen, out);
        for (int i = 0; i < c.size(); i++) {
            Token t = c.token(i);
            // a noun the tagger read as an adjective after an article: "the attack by …"
            boolean nounLike = t.upos() == Upos.NOUN || t.upos() == Upos.ADJ && i > 0
                    && c.token(i - 1).upos() == Upos.DET && t.readings().stream().anyMatch(r -> r.upos() == Upos.NOUN);
            if (!nounLike || c.groupOf(i) >= 0 || c.actorAt(i) != null) {
                continue;
            }
            List<EventPattern> ps = candidates(nounPatterns, t);
            if (ps.isEmpty()) {
                continue;
            }
            List<ActorMention> adjacent = adjacentSource(c, i);
            Match m = matchAny(c, ps, i, adjacent, false, false);
            List<ActorMention> source = m == null ? List.of() : m.source();
            if (m != null && source.isEmpty() && m.pattern().adverbial()) {
                source = clauseSubject(c, i); // "cortaron la vía en protesta por…": the subject protests
            }
            if (source.isEmpty()) {
                continue;
            }
            emit(c, m.pattern(), codebook.type(m.pattern().cameo().value()).orElseThrow(), m.pattern().id(), source,
                    m.target(), nounStatus(c, i), i, m.lastWord(), seen, out);
        }
        return out;
    }

    /**
     * "X said that Y must …", "X declared Y should …": reporting what another must do is a demand
     * (CAMEO 100) of the reporter on that actor. Needs the language's {@code reporting} and
     * {@code deontic} word classes.
     */
    private void reportedDemands(ClauseAnalysis c, Set<String> seen, List<CodedEvent> out) {
        EventType demand = codebook.type("100").orElse(null);
        if (demand == null) {
            return;
        }
        for (int g = 1; g < c.groups.size(); g++) {
            VerbGroup vg = c.groups.get(g);
            boolean deontic = false;
            for (int k = vg.start(); k < vg.end(); k++) {
                deontic |= c.is(WordClass.DEONTIC, c.token(k));
            }
            if (!deontic || vg.negated() || !vg.finite()) {
                continue;
            }
            VerbGroup rep = c.groups.get(g - 1);
            Token reporting = c.token(rep.main());
            if (!c.is(WordClass.REPORTING, reporting) || rep.negated() || rep.modal()) {
                continue;
            }
            List<ActorMention> source = c.subject(g - 1);
            List<ActorMention> target = c.subject(g);
            if (source.isEmpty() || target.isEmpty() || source.equals(target)) {
                continue;
            }
            CharSpan trigger = c.sentence.token(rep.main()).span().union(c.sentence.token(vg.main()).span());
            for (ActorMention s : source) {
                for (ActorMention t : target) {
                    if (s.code().equals(t.code()) || !seen.add(s.code() + ">" + t.code() + ":" + demand.code())) {
                        continue;
                    }
                    out.add(new CodedEvent(c.sentence.index(), s, t, demand, trigger, "reported-demand", false,
                            EventStatus.ASSERTED, null, null));
                }
            }
        }
    }

    private static List<EventPattern> candidates(Map<String, List<EventPattern>> index, Token t) {
        List<EventPattern> out = new ArrayList<>();
        List<EventPattern> byLemma = index.get(Keys.fold(t.lemma()));
        if (byLemma != null) {
            out.addAll(byLemma);
        }
        List<EventPattern> byForm = index.get(t.key());
        if (byForm != null && byForm != byLemma) {
            addNew(out, byForm);
        }
        for (int i = 0; out.isEmpty() && i < t.readings().size(); i++) {
            Reading r = t.readings().get(i); // no pattern for the chosen lemma: "gelobt" is "geloben" or "loben"
            List<EventPattern> other = r.upos() == t.upos() ? index.get(Keys.fold(r.lemma())) : null;
            if (other != null) {
                out.addAll(other);
            }
        }
        if (out.size() > 1) {
            out.sort(Comparator.comparingInt(EventPattern::specificity).reversed().thenComparing(p -> !p.hasTarget()));
        }
        return out;
    }

    /** Adds the patterns of {@code more} that {@code out} does not hold yet (the same pattern object). */
    private static void addNew(List<EventPattern> out, List<EventPattern> more) {
        int known = out.size();
        for (EventPattern p : more) {
            boolean held = false;
            for (int i = 0; i < known && !held; i++) {
                held = out.get(i) == p;
            }
            if (!held) {
                out.add(p);
            }
        }
    }

    /**
     * The first pattern that matches after the anchor.
     *
     * @param compoundSubject whether the subject is a compound, which makes a symmetric pattern's
     *                        target optional ("Russia and China met")
     * @param passive         whether the verb is passive: the target is then the subject, not a
     *                        {@code $T} after the verb
     */
    private Match matchAny(ClauseAnalysis c, List<EventPattern> patterns, int anchor, List<ActorMention> source,
                           boolean compoundSubject, boolean passive) {
        for (EventPattern p : patterns) {
            State start = new State(source == null ? List.of() : source, List.of(), anchor, null,
                    passive || compoundSubject && p.symmetric());
            Match m = match(c, p, 1, anchor + 1, start);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /**
     * What a partial match has found so far.
     *
     * @param source         source actors
     * @param target         target actors
     * @param lastWord       index of the last token a pattern word matched
     * @param roleTarget     an actor whose role word a pattern word matched ("expelled two Russian
     *                       <b>diplomats</b>"): the target if the pattern's slot finds no other
     * @param targetOptional whether {@code $T} may stay empty
     */
    private record State(List<ActorMention> source, List<ActorMention> target, int lastWord, ActorMention roleTarget,
                         boolean targetOptional) {
        State word(int at, ActorMention role) {
            return new State(source, target, at, roleTarget != null ? roleTarget : role, targetOptional);
        }

        State withSource(List<ActorMention> s) {
            return new State(s, target, lastWord, roleTarget, targetOptional);
        }

        State withTarget(List<ActorMention> t) {
            return new State(source, t, lastWord, roleTarget, targetOptional);
        }
    }

    /** Matches elements from {@code e} on at token {@code pos}; backtracks over optional parts. */
    private Match match(ClauseAnalysis c, EventPattern p, int e, int pos, State st) {
        List<Element> els = p.elements();
        if (e == els.size()) {
            // "expelled two Chinese diplomats" with "expel * diplomat": the role word names the target
            List<ActorMention> target = st.target().isEmpty() && !p.hasTarget() && st.roleTarget() != null
                    ? List.of(st.roleTarget()) : st.target();
            return new Match(p, st.source(), target, pos, st.lastWord());
        }
        Element el = els.get(e);
        switch (el) {
            case Word w -> {
                int at = pos;
                int adverbials = 0;
                int skipped = 0;
                while (at < c.size() && skipped <= MAX_FILLERS) {
                    ActorMention inside = c.actorAt(at);
                    boolean roleWord = inside != null && inside.kind() == ActorKind.AGENT;
                    ActorMention role = roleWord && inside.code().segments().size() > 1 ? inside : null;
                    if (role == null && inside == null && at > 0 && c.token(at).upos() == Upos.NOUN
                            && c.modifierAt(at - 1) != null && grammar.is(WordClass.OPTION, CLAUSE_OBJECT)) {
                        role = c.modifierAt(at - 1); // "demolished Palestinian homes": the homes' nation
                    }
                    if (wordMatches(c.token(at), w) && (inside == null || roleWord)) {
                        Match m = match(c, p, e + 1, at + 1, st.word(at, role));
                        if (m != null) {
                            return m;
                        }
                    }
                    if (!c.filler(at) && !roleWord) {
                        if (c.token(at).upos() == Upos.NOUN && inside == null) {
                            at++; // a noun modifying the next word: "a cooperation agreement"
                            skipped++;
                            continue;
                        }
                        int after = adverbials < MAX_ADVERBIALS ? adverbialEnd(c, at) : -1;
                        if (after < 0) {
                            break;
                        }
                        adverbials++;
                        at = after;
                        continue;
                    }
                    at++;
                    skipped++;
                }
                return w.optional() ? match(c, p, e + 1, pos, st) : null;
            }
            case Slot s -> {
                int[] end = new int[1];
                List<ActorMention> found = actorAt(c, pos, end);
                if (!found.isEmpty()) {
                    Match m = match(c, p, e + 1, end[0], s.target() ? st.withTarget(found) : st.withSource(found));
                    if (m == null && found.size() > 1) {
                        // "between $S and $T": the slot takes one member of "Putin e Kim", not both
                        ActorMention one = found.get(0);
                        List<ActorMention> l = List.of(one);
                        m = match(c, p, e + 1, one.tokens().end(), s.target() ? st.withTarget(l) : st.withSource(l));
                    }
                    if (m != null) {
                        return m;
                    }
                }
                if (s.target() && st.roleTarget() != null) {
                    Match m = match(c, p, e + 1, pos, st.withTarget(List.of(st.roleTarget())));
                    if (m != null) {
                        return m;
                    }
                }
                return s.optional() || s.target() && st.targetOptional() ? match(c, p, e + 1, pos, st) : null;
            }
            case Gap g -> {
                for (int k = 0; k <= MAX_GAP && pos + k <= c.size(); k++) {
                    Match m = match(c, p, e + 1, pos + k, st);
                    if (m != null) {
                        return m;
                    }
                    int gk = pos + k < c.size() ? c.groupOf(pos + k) : -1;
                    // a participle inside the noun phrase ("extradited suspected militant X to") is no verb
                    boolean verb = gk >= 0 && (c.groups.get(gk).finite()
                            || !c.token(c.groups.get(gk).main()).reading().has(org.cronista.api.text.Feature.PART)
                            || c.groups.get(gk).end() - c.groups.get(gk).start() > 1);
                    if (pos + k < c.size() && (verb || c.isClauseBreak(c.token(pos + k)))) {
                        break;
                    }
                }
                return null;
            }
        }
    }

    private static boolean wordMatches(Token t, Word w) {
        if (w.keys().contains(t.key())) {
            return true;
        }
        for (Reading r : t.readings()) {
            if (w.keys().contains(Keys.fold(r.lemma()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The actor at {@code pos} after fillers, with its compound, or through one "X of" ("the
     * decisions of the Russian authorities", or with the {@value #BARE_GENITIVE} option a noun right
     * before the actor); {@code end[0]} receives the token after it.
     */
    private List<ActorMention> actorAt(ClauseAnalysis c, int pos, int[] end) {
        int p = pos;
        int adverbials = 0;
        int skipped = 0;
        while (p < c.size() && p < pos + MAX_REACH && c.actorStartingAt(p) == null) {
            if (c.filler(p) && skipped < MAX_FILLERS) {
                p++;
                skipped++;
                continue;
            }
            if (p + 1 < c.size() && c.is(WordClass.COORDINATION, c.token(p))
                    && (c.token(p + 1).upos() == Upos.VERB || c.token(p + 1).upos() == Upos.ADJ)) {
                p += 2; // "killed or wounded 1,500 soldiers": the object is shared
                continue;
            }
            int after = adverbials < MAX_ADVERBIALS ? adverbialEnd(c, p) : -1;
            if (after < 0) {
                break;
            }
            adverbials++;
            p = after;
        }
        if (p < c.size() && c.actorStartingAt(p) == null && c.token(p).upos() == Upos.ADP
                && (p == pos && grammar.is(WordClass.GENITIVE, Keys.fold(c.token(p).lemma()))
                        || p > pos && grammar.is(WordClass.PASSIVE_AGENT, c.token(p).key()))) {
            // "condemned an attack by X" with the noun mistagged as an adjective
            int q = p + 1;
            while (q < c.size() && q <= p + MAX_FILLERS && c.actorStartingAt(q) == null && c.filler(q)) {
                q++;
            }
            if (q < c.size() && c.actorStartingAt(q) != null) {
                p = q; // the pattern ended on a noun: "indagato sugli abusi | dell'esercito etiope"
            }
        }
        ActorMention m = p < c.size() ? c.actorStartingAt(p) : null;
        if (m == null && adverbials > 0) {
            return List.of(); // past "am Montag", "in Paris" only an actor itself is the target
        }
        if (m == null && p < c.size() && c.token(p).upos() == Upos.NOUN && c.actorAt(p) == null) {
            int q = p + 1;
            while (q < c.size() && q <= p + 2 && c.token(q).upos() == Upos.ADJ && c.actorAt(q) == null) {
                q++;
            }
            if (q < c.size() && (grammar.is(WordClass.GENITIVE, Keys.fold(c.token(q).lemma()))
                    || c.token(q).upos() == Upos.ADP && grammar.is(WordClass.PASSIVE_AGENT, c.token(q).key()))) {
                // "the decisions of X", "an attack by X"
                int r = q + 1;
                while (r < c.size() && r <= q + 2 && c.token(r).upos() == Upos.DET) {
                    r++;
                }
                m = r < c.size() ? c.actorStartingAt(r) : null;
            } else if (q < c.size() && grammar.is(WordClass.OPTION, BARE_GENITIVE)) {
                m = c.actorStartingAt(q); // "решения российских властей", "die Raketentests Nordkoreas"
            }
        }
        if (m == null && p < c.size()) {
            List<ActorMention> place = c.placeActorAt(p);
            if (!place.isEmpty()) {
                end[0] = place.get(0).tokens().end();
                return place;
            }
            return nationalityOf(c, p, end);
        }
        if (m == null) {
            return List.of();
        }
        end[0] = c.compoundEnd(m);
        return c.compound(m);
    }

    /**
     * If a short adverbial phrase starts at {@code i} — a preposition (not a genitive one) and a noun
     * phrase naming no actor ("am Montag", "in Santiago", "im Winter"), or a country after a locative
     * preposition ("в Нигерии") — the index after it, else −1. Patterns step over such phrases as over fillers, since
     * time and place may stand anywhere in a German or Russian clause.
     */
    private int adverbialEnd(ClauseAnalysis c, int i) {
        return phraseEnd(c, i, false);
    }

    /** The end of the prepositional phrase at {@code i} or, with {@code genitive}, of its "of" phrase; −1 if none. */
    private int phraseEnd(ClauseAnalysis c, int i, boolean genitive) {
        Token t = c.token(i);
        // by form, or by lemma for a preposition: "des", "of", "del"; not any article whose lemma is "der"
        boolean ofWord = grammar.is(WordClass.GENITIVE, t.key())
                || t.upos() == Upos.ADP && grammar.is(WordClass.GENITIVE, Keys.fold(t.lemma()));
        if (!(genitive ? ofWord : t.upos() == Upos.ADP && !ofWord) || c.actorAt(i) != null) {
            return -1; // "of the crisis" belongs to the noun before it
        }
        boolean locative = grammar.is(WordClass.LOCATIVE, t.key())
                || grammar.is(WordClass.LOCATIVE, Keys.fold(t.lemma()));
        int j = i + 1;
        while (j < c.size() && j <= i + MAX_FILLERS && c.filler(j)) {
            j++;
        }
        int head = j;
        // one noun, then names only: "im Winter | Munition", "im Norden Nigerias"
        while (j < c.size() && j <= i + MAX_ADVERBIAL && (j == head ? c.token(j).upos().isNominal()
                : c.token(j).upos() == Upos.PROPN)) {
            ActorMention m = c.actorAt(j);
            if (m != null && (!locative || m.kind() != ActorKind.COUNTRY)) {
                return -1;
            }
            j++;
        }
        if (j == head) {
            return -1;
        }
        if (!genitive && j < c.size()) {
            int g = phraseEnd(c, j, true); // "im Südosten des Landes": the genitive belongs to the phrase
            return g > 0 ? g : j;
        }
        return j;
    }

    /**
     * A thing of a nation as target: "a British tanker", "una petroliera britannica", "Palestinian
     * homes" give the nation's code.
     */
    private static List<ActorMention> nationalityOf(ClauseAnalysis c, int p, int[] end) {
        ActorMention mod = c.modifierAt(p);
        if (mod != null) {
            end[0] = mod.tokens().end();
            return List.of(mod);
        }
        mod = p > 0 ? c.modifierAt(p - 1) : null;
        if (mod != null && c.token(p).upos() == Upos.NOUN) { // skipped as a filler: "die ukrainische Stadt"
            end[0] = p + 1;
            return List.of(mod);
        }
        if (c.token(p).upos() == Upos.NOUN && p + 1 < c.size()) {
            mod = c.modifierAt(p + 1);
            if (mod != null) {
                end[0] = mod.tokens().end();
                return List.of(mod);
            }
        }
        return List.of();
    }

    /** For a nominal trigger: the actor right before it ("North Korea's launch") or the adjective right after. */
    private List<ActorMention> adjacentSource(ClauseAnalysis c, int noun) {
        int k = noun - 1;
        while (k >= 0 && c.filler(k) && c.modifierAt(k) == null) {
            k--;
        }
        if (k >= 0 && grammar.is(WordClass.POSSESSIVE, c.token(k).key())) {
            k--;
        }
        if (k >= 0) {
            ActorMention m = c.actorAt(k);
            // where the genitive follows its noun, only a name ("Russlands Angriff") comes before it
            boolean possessor = m != null && (!grammar.is(WordClass.OPTION, BARE_GENITIVE)
                    || m.tokens().length() == 1 && c.token(k).upos() == Upos.PROPN);
            if (possessor && m.tokens().end() == k + 1) {
                return List.of(m);
            }
            ActorMention mod = c.modifierAt(k);
            if (mod != null) {
                return List.of(mod);
            }
        }
        if (noun + 1 < c.size()) {
            ActorMention mod = c.modifierAt(noun + 1);
            if (mod != null) {
                return List.of(mod);
            }
        }
        return null;
    }

    /**
     * For an {@code adverbial} noun: the subject of the verb group before it, when the noun follows
     * a word of the grammar's {@code purpose} class ("en protesta", "como protesta", "in protest"),
     * else none ("durante las protestas" says nothing of who protested).
     */
    private List<ActorMention> clauseSubject(ClauseAnalysis c, int noun) {
        int k = noun - 1;
        while (k >= 0 && c.filler(k) && !c.is(WordClass.PURPOSE, c.token(k))) {
            k--;
        }
        if (k < 0 || !c.is(WordClass.PURPOSE, c.token(k))) {
            return List.of();
        }
        for (int g = c.groups.size() - 1; g >= 0; g--) {
            if (c.groups.get(g).end() <= k) {
                return c.subject(g);
            }
        }
        return List.of();
    }

    /** A nominal event takes the status of the clause it sits in, and "possible"/"planned" make it unreal. */
    private EventStatus nounStatus(ClauseAnalysis c, int noun) {
        for (int k = noun - 1; k >= 0 && k >= noun - MAX_FILLERS && c.filler(k); k--) {
            if (c.is(WordClass.MODAL, c.token(k))) {
                return EventStatus.HYPOTHETICAL;
            }
        }
        for (int g = c.groups.size() - 1; g >= 0; g--) {
            VerbGroup vg = c.groups.get(g);
            if (vg.end() <= noun) {
                return vg.negated() ? EventStatus.NEGATED : vg.modal() ? EventStatus.HYPOTHETICAL : EventStatus.ASSERTED;
            }
        }
        return EventStatus.ASSERTED;
    }

    private void emit(ClauseAnalysis c, EventPattern p, EventType type, String rule, List<ActorMention> source,
                      List<ActorMention> target, EventStatus status, int anchor, int lastWord, Set<String> seen,
                      List<CodedEvent> out) {
        Sentence s = c.sentence;
        // a language's sentence rules may have moved words (German verb brackets): cover both ends
        CharSpan trigger = s.token(anchor).span().union(s.token(Math.max(anchor, lastWord)).span());
        if (p.symmetric() && target.isEmpty() && source.size() >= 2) {
            for (int a = 0; a < source.size(); a++) {
                for (int b = a + 1; b < source.size(); b++) {
                    add(c, p, type, rule, source.get(a), source.get(b), status, trigger, seen, out);
                }
            }
            return;
        }
        if (p.symmetric() && !p.hasTarget()) {
            return; // "X and Y met" needs both: "X met" alone is no event
        }
        for (ActorMention src : source) {
            if (target.isEmpty()) {
                if (!p.hasTarget() || optionalTarget(p)) {
                    add(c, p, type, rule, src, null, status, trigger, seen, out);
                }
            } else {
                for (ActorMention tgt : target) {
                    add(c, p, type, rule, src, tgt, status, trigger, seen, out);
                }
            }
        }
    }

    private static boolean optionalTarget(EventPattern p) {
        return p.elements().stream().anyMatch(e -> e instanceof Slot s && s.target() && s.optional());
    }

    private static void add(ClauseAnalysis c, EventPattern p, EventType type, String rule, ActorMention src,
                            ActorMention tgt, EventStatus status, CharSpan trigger, Set<String> seen,
                            List<CodedEvent> out) {
        if (tgt != null && src.code().equals(tgt.code())) {
            return;
        }
        String key = src.code() + ">" + (tgt == null ? "" : tgt.code()) + ":" + type.code();
        if (!seen.add(key)) {
            return;
        }
        out.add(new CodedEvent(c.sentence.index(), src, tgt, type, trigger, rule, p.symmetric(), status, null, null));
    }
}
