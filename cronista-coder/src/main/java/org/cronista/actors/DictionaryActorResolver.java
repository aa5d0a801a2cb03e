package org.cronista.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.cronista.analysis.Segmenter;
import org.cronista.api.actors.ActorCode;
import org.cronista.api.actors.ActorKind;
import org.cronista.api.actors.ActorMention;
import org.cronista.api.actors.ActorResolver;
import org.cronista.api.geo.PlaceMention;
import org.cronista.api.text.AnalyzedText;
import org.cronista.api.text.Feature;
import org.cronista.api.text.Sentence;
import org.cronista.api.text.Token;
import org.cronista.api.text.TokenSpan;
import org.cronista.api.text.Upos;
import org.cronista.knowledge.ActorEntry;
import org.cronista.knowledge.AgentEntry;
import org.cronista.knowledge.Countries;
import org.cronista.knowledge.EntryKind;
import org.cronista.knowledge.Grammar;
import org.cronista.knowledge.Grammar.WordClass;
import org.cronista.knowledge.Keys;
import org.cronista.knowledge.Knowledge;
import org.cronista.knowledge.LanguagePack;
import org.cronista.knowledge.Person;
import org.cronista.matching.PhraseIndex;

/**
 * Resolves actors with the language's dictionaries, in three steps per sentence:
 * <ol>
 *   <li>find dictionary phrases (actor names, people, role words), longest first, skipping those
 *       hidden inside a longer place name ("Mar del Giappone");</li>
 *   <li>glue neighbouring phrases into one noun phrase across articles, adjectives and "of"
 *       ("il presidente russo Vladimir Putin", "the army of Russia", "Russia's army");</li>
 *   <li>turn each noun phrase into a code: a person's code on the article's date wins, then a
 *       metonym's or an organisation's, then country plus roles.</li>
 * </ol>
 * Article-wide state — which people were named in full, which leaders were named last — lets a bare
 * surname ("Kim") and "the two leaders" resolve. Thread-safe: all state is local to a call.
 */
public final class DictionaryActorResolver implements ActorResolver {
    /** Tokens allowed between two phrases of one noun phrase. */
    private static final int MAX_GLUE = 3;

    private final PhraseIndex<Piece> index;
    private final Grammar grammar;
    private final Countries countries;
    private final Map<ActorCode, List<Office>> offices;

    /** A person's period in an office, indexed by the period's code. */
    private record Office(Person person, Person.Period period) {
    }

    private DictionaryActorResolver(PhraseIndex<Piece> index, Grammar grammar, Countries countries,
                                    Map<ActorCode, List<Office>> offices) {
        this.index = index;
        this.grammar = grammar;
        this.countries = countries;
        this.offices = offices;
    }

    /** Indexes the pack's actors and agents and everyone in {@code knowledge}'s people. */
    public static DictionaryActorResolver create(Knowledge knowledge, LanguagePack pack, Segmenter segmenter) {
        PhraseIndex.Builder<Piece> b = PhraseIndex.builder(segmenter::tokenize);
        for (ActorEntry e : pack.actors()) {
            for (String p : e.phrases()) {
                b.add(p, new EntryPiece(e));
            }
        }
        NameVariants variants = new NameVariants();
        for (Person p : knowledge.people().all()) {
            Set<String> full = new java.util.LinkedHashSet<>();
            p.names().forEach(n -> full.addAll(variants.of(n)));
            for (String n : full) {
                b.add(n, new PersonPiece(p, false));
            }
            Set<String> shortNames = new java.util.LinkedHashSet<>();
            p.short_().forEach(n -> shortNames.addAll(variants.of(n)));
            for (String n : shortNames) {
                if (!full.contains(n)) {
                    b.add(n, new PersonPiece(p, true));
                }
            }
        }
        for (AgentEntry a : pack.agents()) {
            for (String p : a.phrases()) {
                b.add(p, new AgentPiece(a));
            }
        }
        Map<ActorCode, List<Office>> offices = new java.util.HashMap<>();
        for (Person p : knowledge.people().all()) {
            for (Person.Period period : p.periods()) {
                offices.computeIfAbsent(period.code(), k -> new ArrayList<>()).add(new Office(p, period));
            }
        }
        return new DictionaryActorResolver(b.build(), pack.grammar(), knowledge.countries(), Map.copyOf(offices));
    }

    /** What a dictionary phrase contributes to a noun phrase. */
    sealed interface Piece permits EntryPiece, PersonPiece, AgentPiece {
    }

    record EntryPiece(ActorEntry entry) implements Piece {
    }

    record PersonPiece(Person person, boolean shortName) implements Piece {
    }

    record AgentPiece(AgentEntry agent) implements Piece {
    }

    /** A phrase found in a sentence with the pieces that apply. */
    private record Found(int start, int end, Piece piece) {
    }

    /** State carried through one article. */
    private static final class ArticleState {
        final Map<String, Person> named = new LinkedHashMap<>();
        final List<ActorMention> leaders = new ArrayList<>();
    }

    @Override
    public List<ActorMention> resolve(AnalyzedText text, List<PlaceMention> places, LocalDate date) {
        ArticleState state = new ArticleState();
        List<ActorMention> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<TokenSpan> placeSpans = new ArrayList<>();
            for (PlaceMention p : places) {
                if (p.sentence() == s.index()) {
                    placeSpans.add(p.tokens());
                }
            }
            List<Found> found = find(s, placeSpans, date, state);
            List<List<Found>> groups = group(s, found);
            for (int g = 0; g < groups.size(); g++) {
                List<Found> group = groups.get(g);
                List<Found> shared = sharedRoles(s, groups, g);
                List<ActorMention> ms;
                if (!shared.isEmpty()) {
                    List<Found> extended = new ArrayList<>(group);
                    extended.addAll(shared);
                    ms = toMentions(s, extended, date, state, new TokenSpan(group.get(0).start(),
                            group.get(group.size() - 1).end()));
                } else {
                    ms = toMentions(s, group, date, state, null);
                }
                for (ActorMention m : ms) {
                    out.add(possessed(s, placed(s, m, places), out));
                }
            }
        }
        return out;
    }

    /**
     * A role without a country after a possessive pronoun takes the country of the actor named just
     * before ("Iraq said its troops…" are Iraqi troops; "la Cina e le sue navi").
     */
    private ActorMention possessed(Sentence s, ActorMention m, List<ActorMention> before) {
        if (m.kind() != ActorKind.AGENT || countries.contains(m.code().head())) {
            return m;
        }
        int k = m.tokens().start() - 1;
        while (k >= 0 && s.token(k).upos() == Upos.ADJ) {
            k--;
        }
        if (k < 0 || !grammar.is(WordClass.POSSESSIVE_PRONOUN, s.token(k).key())) {
            return m;
        }
        for (int i = before.size() - 1; i >= 0; i--) {
            ActorMention a = before.get(i);
            if (a.sentence() < s.index() - 1) {
                break;
            }
            if (countries.contains(a.code().head())) {
                return new ActorMention(m.sentence(), m.tokens(), m.span(), new ActorCode(a.code().head())
                        .with(m.code().value()), m.name(), m.kind(), m.rule() + " + possessive -> " + a.name());
            }
        }
        return m;
    }

    /**
     * A role without a country takes the country of the place that follows it: "i manifestanti a
     * Teheran" are Iranian civilians ({@code IRNCVL}), "soldiers from Chad" Chadian soldiers.
     */
    private ActorMention placed(Sentence s, ActorMention m, List<PlaceMention> places) {
        if (m.kind() != ActorKind.AGENT || countries.contains(m.code().head())) {
            return m;
        }
        int i = m.tokens().end();
        if (i >= s.size() || s.token(i).upos() != Upos.ADP
                || !(grammar.is(WordClass.LOCATIVE, s.token(i).key())
                        || grammar.is(WordClass.LOCATIVE, Keys.fold(s.token(i).lemma()))
                        || grammar.is(WordClass.ORIGIN, s.token(i).key()))) {
            return m;
        }
        int j = i + 1;
        while (j < s.size() && s.token(j).upos() == Upos.DET) {
            j++;
        }
        for (PlaceMention p : places) {
            if (p.sentence() == s.index() && p.tokens().start() == j && p.place().country() != null
                    && countries.contains(p.place().country())) {
                return new ActorMention(m.sentence(), m.tokens(), m.span(),
                        new ActorCode(p.place().country()).with(m.code().value()), m.name(), m.kind(),
                        m.rule() + " + place " + p.place().id() + " (" + p.place().country() + ")");
            }
        }
        return m;
    }

    private List<Found> find(Sentence s, List<TokenSpan> placeSpans, LocalDate date, ArticleState state) {
        String[][] keys = PhraseIndex.keysOf(s);
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < s.size(); ) {
            PhraseIndex.Match<Piece> m = index.longestAt(s, keys, i);
            if (m == null) {
                i++;
                continue;
            }
            if (hiddenInPlace(m, placeSpans)) {
                i = m.end();
                continue;
            }
            if (hasVerb(s, m)) {
                i++;
                continue;
            }
            Piece best = choose(m.values(), date, state);
            if (best == null) {
                i++;
                continue;
            }
            found.add(new Found(m.start(), m.end(), best));
            i = m.end();
        }
        return found;
    }

    /**
     * Names are nouns: a match over a word read as a verb ("pressed" is not "the press") is dropped,
     * though a capitalised word inside the sentence is part of a name whatever its reading ("Michel
     * Delving"), and so is a participle after the phrase's first word ("hombres armados"); so is a one-word match over a function word ("После" is "after", not "посол").
     */
    private static boolean hasVerb(Sentence s, PhraseIndex.Match<?> m) {
        for (int i = m.start(); i < m.end(); i++) {
            Upos u = s.token(i).upos();
            boolean participleAfterNoun = i > m.start() && s.token(i).reading().has(Feature.PART); // "hombres armados"
            if ((u == Upos.VERB || u == Upos.AUX) && !s.token(i).capitalized() && !participleAfterNoun) {
                return true;
            }
        }
        Upos only = m.end() - m.start() == 1 ? s.token(m.start()).upos() : null;
        return only == Upos.ADP || only == Upos.CCONJ || only == Upos.SCONJ || only == Upos.PART;
    }

    private static boolean hiddenInPlace(PhraseIndex.Match<?> m, List<TokenSpan> placeSpans) {
        for (TokenSpan p : placeSpans) {
            if (p.start() <= m.start() && m.end() <= p.end() && p.length() > m.end() - m.start()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Among pieces sharing a phrase: a person first, then names, then role words. Dates choose
     * between entries of one phrase ("Taliban" before and after 2021-08-15); a name whose every
     * entry lies outside the date still names its actor ("the Soviet Union" in 2023 is still SUN).
     */
    private static Piece choose(List<Piece> pieces, LocalDate date, ArticleState state) {
        boolean someApply = pieces.stream().anyMatch(p -> p instanceof EntryPiece ep && ep.entry().appliesOn(date));
        Piece best = null;
        int bestRank = -1;
        for (Piece p : pieces) {
            int rank;
            switch (p) {
                case PersonPiece pp -> {
                    if (pp.shortName() && !state.named.containsKey(pp.person().id())) {
                        continue;
                    }
                    rank = 5;
                }
                case EntryPiece ep -> {
                    if (someApply && !ep.entry().appliesOn(date)) {
                        continue;
                    }
                    rank = switch (ep.entry().kind()) {
                        case METONYM, ORGANIZATION, GROUP -> 4;
                        case COUNTRY -> 3;
                        case CAPITAL -> 2;
                        case ADJECTIVE -> 1;
                    };
                }
                case AgentPiece ap -> rank = 0;
            }
            if (rank > bestRank) {
                best = p;
                bestRank = rank;
            }
        }
        return best;
    }

    /** Groups phrases that form one noun phrase. */
    private List<List<Found>> group(Sentence s, List<Found> found) {
        List<List<Found>> groups = new ArrayList<>();
        List<Found> current = new ArrayList<>();
        for (Found f : found) {
            if (!current.isEmpty() && !(glued(s, current, f) && compatible(current, f))) {
                groups.add(current);
                current = new ArrayList<>();
            }
            current.add(f);
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        return groups;
    }

    private boolean glued(Sentence s, List<Found> group, Found next) {
        Found prev = group.get(group.size() - 1);
        int gap = next.start() - prev.end();
        if (gap > MAX_GLUE) {
            return false;
        }
        boolean agentBefore = group.stream().anyMatch(f -> f.piece() instanceof AgentPiece);
        if (agentBefore && next.piece() instanceof AgentPiece && gap > 0) {
            return false; // two role words apart are two actors: "ostaggio due soldati", "journalist of espionage"
        }
        boolean afterGenitive = false;
        for (int i = prev.end(); i < next.start(); i++) {
            Token t = s.token(i);
            String lemmaKey = Keys.fold(t.lemma());
            boolean genitive = t.upos() == Upos.ADP && agentBefore && grammar.is(WordClass.GENITIVE, lemmaKey);
            boolean ok = switch (t.upos()) {
                // an article starts a new noun phrase, except after "of": "the army of the Russian Federation"
                case DET -> afterGenitive;
                case ADJ, NUM -> true;
                case ADP -> genitive;
                case PART, PUNCT -> grammar.is(WordClass.POSSESSIVE, t.key()) || t.key().equals("-");
                // one lower-case word before a role word qualifies it: "Nigerian junior foreign
                // minister", "NATO peacekeeping troops", "Kenyan acting president"
                case NOUN, VERB -> gap == 1 && next.piece() instanceof AgentPiece && !t.capitalized()
                        && !agentBefore && !t.reading().has(Feature.FIN)
                        && (t.upos() == Upos.NOUN || t.reading().has(Feature.GER));
                default -> grammar.is(WordClass.POSSESSIVE, t.key());
            };
            if (!ok || grammar.is(WordClass.COORDINATION, t.key())) {
                return false;
            }
            afterGenitive |= genitive;
        }
        return true;
    }


    /** At most one person and one country per noun phrase. */
    private static boolean compatible(List<Found> group, Found next) {
        if (next.piece() instanceof PersonPiece) {
            return group.stream().noneMatch(f -> f.piece() instanceof PersonPiece);
        }
        if (next.piece() instanceof EntryPiece ne) {
            for (Found f : group) {
                if (f.piece() instanceof EntryPiece e && !e.entry().code().head().equals(ne.entry().code().head())) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Role words a bare nationality shares with a coordinated neighbour noun phrase: the next one
     * ("Indian and Chinese military commanders") or the previous one ("i soldati russi e ucraini").
     * Empty when the group is not a bare nationality or the neighbour is not coordinated with it.
     */
    private List<Found> sharedRoles(Sentence s, List<List<Found>> groups, int g) {
        List<Found> group = groups.get(g);
        boolean adjectivesOnly = group.stream().allMatch(DictionaryActorResolver::isAdjective);
        if (!adjectivesOnly) {
            return List.of();
        }
        for (int other : new int[] {g + 1, g - 1}) {
            if (other < 0 || other >= groups.size()) {
                continue;
            }
            List<Found> o = groups.get(other);
            int from = other > g ? group.get(group.size() - 1).end() : o.get(o.size() - 1).end();
            int to = other > g ? o.get(0).start() : group.get(0).start();
            if (to - from != 1 || !grammar.is(WordClass.COORDINATION, s.token(from).key())
                    || o.stream().noneMatch(DictionaryActorResolver::isAdjective)) {
                continue;
            }
            List<Found> roles = o.stream().filter(f -> f.piece() instanceof AgentPiece).toList();
            if (!roles.isEmpty()) {
                return roles;
            }
        }
        return List.of();
    }

    private static boolean isAdjective(Found f) {
        return f.piece() instanceof EntryPiece e && e.entry().kind() == EntryKind.ADJECTIVE;
    }

    private List<ActorMention> toMentions(Sentence s, List<Found> group, LocalDate date, ArticleState state,
                                          TokenSpan spanOverride) {
        TokenSpan span = spanOverride != null ? spanOverride
                : new TokenSpan(group.get(0).start(), group.get(group.size() - 1).end());
        PersonPiece person = null;
        ActorCode country = null;
        ActorCode capital = null;
        ActorCode named = null;
        EntryKind namedKind = null;
        StringBuilder roles = new StringBuilder();
        boolean leader = false;
        boolean onlyAdjectives = true;
        List<String> titles = new ArrayList<>();
        StringJoiner why = new StringJoiner(" + ");
        for (Found f : group) {
            switch (f.piece()) {
                case PersonPiece pp -> {
                    person = pp;
                    onlyAdjectives = false;
                }
                case EntryPiece ep -> {
                    ActorEntry e = ep.entry();
                    why.add(e.ref());
                    switch (e.kind()) {
                        case COUNTRY, ADJECTIVE -> country = e.code();
                        case CAPITAL -> capital = e.code();
                        case METONYM, ORGANIZATION, GROUP -> {
                            named = e.code();
                            namedKind = e.kind();
                        }
                    }
                    if (e.kind() != EntryKind.ADJECTIVE) {
                        onlyAdjectives = false;
                    }
                }
                case AgentPiece ap -> {
                    why.add(ap.agent().ref());
                    titles.addAll(ap.agent().titles());
                    for (int r = 0; r + 3 <= ap.agent().role().length(); r += 3) {
                        String seg = ap.agent().role().substring(r, r + 3);
                        if (roles.indexOf(seg) % 3 != 0 || roles.indexOf(seg) < 0) {
                            roles.append(seg);
                        }
                    }
                    leader |= ap.agent().leader();
                    onlyAdjectives = false;
                }
            }
        }
        List<ActorMention> out = new ArrayList<>(1);
        if (person != null) {
            Person.Resolution r = person.person().codeAt(date, countries);
            ActorCode code = r.code();
            if (r.period() != null || roles.isEmpty()) {
                // the dates decide
            } else if (countries.contains(code.head())) {
                // outside the person's known offices the text's own title and nationality decide:
                // "Russian President Boris Yeltsin" in an undated or later text is still the government
                String head = country != null ? country.head() : code.head();
                code = new ActorCode(head).with(roles.toString());
            }
            if (code.segments().size() == 1 && !roles.isEmpty()) {
                code = code.with(roles.toString());
            }
            String ref = r.period() != null
                    ? r.period().ref() + " (" + person.person().id() + " " + r.period().code() + " " + r.period().from()
                            + ".." + (r.period().until() == null ? "" : r.period().until()) + ")"
                    : person.person().periods().get(0).ref() + " (" + person.person().id() + ": " + r.note() + ")";
            why.add(ref);
            ActorMention m = mention(s, span, code, person.person().displayName(), ActorKind.PERSON, why.toString());
            out.add(m);
            state.leaders.add(m);
            if (!person.shortName()) {
                state.named.put(person.person().id(), person.person());
            }
            return out;
        }
        if (named != null) {
            ActorCode code = roles.isEmpty() ? named : named.with(roles.toString());
            ActorKind kind = namedKind == EntryKind.METONYM ? ActorKind.METONYM
                    : namedKind == EntryKind.GROUP ? ActorKind.GROUP : ActorKind.ORGANIZATION;
            out.add(mention(s, span, code, displayName(s, span), kind, why.toString()));
            return out;
        }
        if (onlyAdjectives && country != null) {
            boolean people = standsAlone(s, span);
            out.add(mention(s, span, country, countries.englishName(country.value()),
                    people ? ActorKind.PEOPLE : ActorKind.MODIFIER, why.toString()));
            return out;
        }
        if (country != null) {
            ActorCode code = roles.isEmpty() ? country : country.with(roles.toString());
            ActorKind kind = roles.isEmpty() ? ActorKind.COUNTRY : ActorKind.AGENT;
            String name = roles.isEmpty() ? countries.englishName(country.value()) : displayName(s, span);
            Office holder = incumbent(code, titles, date);
            if (holder != null) {
                name = holder.person().displayName();
                why.add(holder.period().ref() + " (" + holder.person().id() + " " + holder.period().role() + " "
                        + holder.period().from() + ".." + (holder.period().until() == null ? "" : holder.period().until())
                        + ")");
            }
            ActorMention m = mention(s, span, code, name, kind, why.toString());
            out.add(m);
            if (leader) {
                state.leaders.add(m);
            }
            return out;
        }
        if (capital != null) {
            if (roles.isEmpty() && (afterLocative(s, span.start()) || ofAThing(s, span.start()))) {
                return out;
            }
            ActorCode code = roles.isEmpty() ? capital : new ActorCode(capital.head()).with(roles.toString());
            out.add(mention(s, span, code, displayName(s, span), roles.isEmpty() ? ActorKind.CAPITAL : ActorKind.AGENT,
                    why.toString()));
            return out;
        }
        if (!roles.isEmpty()) {
            if (leader && dualBefore(s, span.start())) {
                return references(s, span, state, why.toString());
            }
            if (span.end() < s.size() && s.token(span.end()).upos() == Upos.NOUN) {
                return out; // a role word modifying a noun: "military cooperation", "police station"
            }
            out.add(mention(s, span, new ActorCode(roles.toString()), displayName(s, span), ActorKind.AGENT,
                    why.toString()));
        }
        return out;
    }

    /** The one person holding an office named by {@code titles} with this code on {@code date}, or null. */
    private Office incumbent(ActorCode code, List<String> titles, LocalDate date) {
        if (titles.isEmpty()) {
            return null;
        }
        Office found = null;
        for (Office o : offices.getOrDefault(code, List.of())) {
            String role = o.period().role().toLowerCase(java.util.Locale.ROOT);
            if (o.period().covers(date) && titles.stream().anyMatch(t -> role.equals(t) || role.startsWith(t + " "))) {
                if (found != null && !found.person().id().equals(o.person().id())) {
                    return null;
                }
                found = o;
            }
        }
        return found;
    }

    private static ActorMention mention(Sentence s, TokenSpan span, ActorCode code, String name, ActorKind kind,
                                        String why) {
        return new ActorMention(s.index(), span, s.charSpan(span), code, name, kind, why);
    }

    /** "the two leaders": the last two distinct leaders named. */
    private static List<ActorMention> references(Sentence s, TokenSpan span, ArticleState state, String why) {
        List<ActorMention> out = new ArrayList<>(2);
        Set<ActorCode> seen = new HashSet<>();
        for (int i = state.leaders.size() - 1; i >= 0 && out.size() < 2; i--) {
            ActorMention m = state.leaders.get(i);
            if (seen.add(m.code())) {
                out.add(mention(s, span, m.code(), m.name(), ActorKind.REFERENCE, why + " -> " + m.name()));
            }
        }
        return out.size() == 2 ? out : List.of();
    }

    private boolean dualBefore(Sentence s, int start) {
        for (int i = start - 1; i >= 0 && i >= start - 3; i--) {
            Token t = s.token(i);
            if (grammar.is(WordClass.DUAL, t.key())) {
                return true;
            }
            if (t.upos() != Upos.DET) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a nationality word is used as a noun for the people ("i russi", "the Russians"):
     * plural, after an article or at a clause start, and not followed by a noun it modifies.
     */
    private boolean standsAlone(Sentence s, TokenSpan span) {
        Token last = s.token(span.end() - 1);
        boolean plural = last.readings().stream().anyMatch(r -> r.has(Feature.PLUR));
        if (!plural) {
            return false;
        }
        if (span.end() < s.size()) {
            Upos next = s.token(span.end()).upos();
            if (next == Upos.NOUN || next == Upos.PROPN || next == Upos.ADJ) {
                return false;
            }
        }
        if (span.start() == 0) {
            return true;
        }
        Token prev = s.token(span.start() - 1);
        return prev.upos() == Upos.DET || prev.upos() == Upos.PUNCT || prev.upos() == Upos.CCONJ
                || prev.upos() == Upos.ADP && prev.reading().has(Feature.ART);
    }

    /** "un mercato di Kabul", "the streets of Baghdad": a city that a thing belongs to is a place. */
    private boolean ofAThing(Sentence s, int start) {
        int i = start - 1;
        while (i >= 0 && s.token(i).upos() == Upos.DET) {
            i--;
        }
        return i > 0 && s.token(i).upos() == Upos.ADP && grammar.is(WordClass.GENITIVE, Keys.fold(s.token(i).lemma()))
                && s.token(i - 1).upos() == Upos.NOUN;
    }

    private boolean afterLocative(Sentence s, int start) {
        int i = start - 1;
        while (i >= 0 && s.token(i).upos() == Upos.DET) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        Token t = s.token(i);
        return grammar.is(WordClass.LOCATIVE, t.key())
                || t.upos() == Upos.ADP && grammar.is(WordClass.LOCATIVE, Keys.fold(t.lemma()));
    }

    /** The phrase without leading articles. */
    private static String displayName(Sentence s, TokenSpan span) {
        int a = span.start();
        while (a < span.end() - 1 && s.token(a).upos() == Upos.DET) {
            a++;
        }
        StringBuilder sb = new StringBuilder();
        int prevEnd = -1;
        for (int i = a; i < span.end(); i++) {
            Token t = s.token(i);
            if (prevEnd >= 0 && t.span().start() > prevEnd) {
                sb.append(' ');
            }
            sb.append(t.text());
            prevEnd = t.span().end();
        }
        return sb.toString();
    }
}
