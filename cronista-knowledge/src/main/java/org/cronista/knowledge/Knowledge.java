package org.cronista.knowledge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.cronista.api.LanguageTag;
import org.cronista.api.actors.ActorCode;
import org.cronista.api.events.CameoCode;

/**
 * All of Cronista's knowledge, loaded once and shared read-only by every thread: the CAMEO
 * codebook, countries, people, places, and one {@link LanguagePack} per language.
 */
public final class Knowledge {
    /** The languages Cronista ships knowledge for. */
    public static final List<LanguageTag> SHIPPED_LANGUAGES = List.of(
            LanguageTag.of("it"), LanguageTag.of("en"), LanguageTag.of("es"),
            LanguageTag.of("fr"), LanguageTag.of("de"), LanguageTag.of("ru"));

    static final String ACTORS_FORMAT = "cronista-actors/1";
    static final List<String> ACTORS_COLUMNS = List.of("phrase", "code", "kind", "from", "until", "flags", "note");
    static final String AGENTS_FORMAT = "cronista-agents/1";
    static final List<String> AGENTS_COLUMNS = List.of("phrase", "role", "flags", "note");
    static final String EVENTS_FORMAT = "cronista-events/1";
    static final List<String> EVENTS_COLUMNS = List.of("id", "cameo", "pattern", "flags", "example", "expect");
    static final String DATES_FORMAT = "cronista-dates/1";
    static final List<String> DATES_COLUMNS = List.of("phrase", "kind", "value");
    private static final Pattern ROLE = Pattern.compile("(?:[A-Z]{3})+");
    private static final Pattern EXPECT = Pattern.compile("[A-Z]+>(?:[A-Z]+|-)");
    private static final Set<String> DATE_KINDS = Set.of("offset", "weekday", "week", "month", "year", "month-name");

    private final CameoCodebook codebook;
    private final IntentCodes intents;
    private final Countries countries;
    private final People people;
    private final Gazetteer gazetteer;
    private final Map<LanguageTag, LanguagePack> packs;

    private Knowledge(CameoCodebook codebook, IntentCodes intents, Countries countries, People people,
                      Gazetteer gazetteer, Map<LanguageTag, LanguagePack> packs) {
        this.codebook = codebook;
        this.intents = intents;
        this.countries = countries;
        this.people = people;
        this.gazetteer = gazetteer;
        this.packs = Map.copyOf(packs);
    }

    /**
     * The outcome of reading the files: the knowledge and every problem found.
     *
     * @param knowledge what could be loaded
     * @param problems  what is wrong, empty when all files are valid
     */
    public record Loaded(Knowledge knowledge, List<Problem> problems) {
    }

    /**
     * Loads all shipped languages from {@code source}.
     *
     * @throws KnowledgeException listing every problem if any file is invalid
     */
    public static Knowledge load(KnowledgeSource source) {
        Loaded l = read(source, SHIPPED_LANGUAGES);
        if (!l.problems().isEmpty()) {
            throw new KnowledgeException(l.problems());
        }
        return l.knowledge();
    }

    /** Reads the files of the given languages, collecting problems instead of throwing. */
    public static Loaded read(KnowledgeSource source, List<LanguageTag> languages) {
        return read(source, languages, true);
    }

    /**
     * Reads the files of the given languages to check them: unlike {@link #read}, the dictionaries
     * of a language without a tag set yet are read too. Such packs cannot code text; do not build a
     * pipeline from this knowledge.
     */
    public static Loaded readForCheck(KnowledgeSource source, List<LanguageTag> languages) {
        return read(source, languages, false);
    }

    private static Loaded read(KnowledgeSource source, List<LanguageTag> languages, boolean machinery) {
        List<Problem> problems = new ArrayList<>();
        CameoCodebook codebook = CameoCodebook.load(source, problems);
        IntentCodes intents = IntentCodes.load(source, codebook, problems);
        Countries countries = Countries.load(source, problems);
        People people = People.load(source, problems);
        Gazetteer gazetteer = Gazetteer.load(source, problems);
        Map<LanguageTag, LanguagePack> packs = new LinkedHashMap<>();
        for (LanguageTag lang : languages) {
            loadPack(source, lang, codebook, countries, machinery, problems).ifPresent(p -> packs.put(lang, p));
        }
        return new Loaded(new Knowledge(codebook, intents, countries, people, gazetteer, packs), List.copyOf(problems));
    }

    private static Optional<LanguagePack> loadPack(KnowledgeSource source, LanguageTag lang, CameoCodebook codebook,
                                                   Countries countries, boolean machinery,
                                                   List<Problem> problems) {
        String l = lang.code();
        Tagset tagset = Tagset.load(source, l, problems);
        if (tagset.isEmpty() && machinery) {
            return Optional.empty();
        }
        Grammar grammar = Grammar.load(source, l, problems);
        List<ActorEntry> actors = new ArrayList<>();
        for (Country c : countries.all()) {
            for (String name : Countries.cldrNames(c, lang)) {
                actors.add(new ActorEntry(List.of(name), new ActorCode(c.code()), EntryKind.COUNTRY,
                        c.from(), c.until(), false, "CLDR:" + l + ":" + c.iso2()));
            }
        }
        for (Tsv.Row row : Tsv.read(source, l + "/actors.tsv", ACTORS_FORMAT, ACTORS_COLUMNS, problems)) {
            List<String> phrases = row.list("phrase");
            String code = row.get("code");
            EntryKind kind = EntryKind.parse(row.get("kind"));
            if (phrases.isEmpty() || !ActorCode.isValid(code) || kind == null) {
                problems.add(row.problem("needs a phrase, an actor code and a kind (country, adjective, capital, "
                        + "metonym, organization, group); got '" + code + "', '" + row.get("kind") + "'"));
                continue;
            }
            var from = Dates.parse(row, "from", problems);
            var until = Dates.parse(row, "until", problems);
            if (from != null && until != null && until.isBefore(from)) {
                problems.add(row.problem("until is before from"));
            }
            Set<String> flags = new HashSet<>(row.list("flags"));
            actors.add(new ActorEntry(phrases, new ActorCode(code), kind, from, until, flags.contains("ambiguous"),
                    row.ref()));
        }
        List<AgentEntry> agents = new ArrayList<>();
        for (Tsv.Row row : Tsv.read(source, l + "/agents.tsv", AGENTS_FORMAT, AGENTS_COLUMNS, problems)) {
            List<String> phrases = row.list("phrase");
            String role = row.get("role");
            if (phrases.isEmpty() || !ROLE.matcher(role).matches()) {
                problems.add(row.problem("needs a phrase and a role of three-letter codes; got '" + role + "'"));
                continue;
            }
            boolean leader = false;
            List<String> titles = new ArrayList<>();
            for (String f : row.list("flags")) {
                if (f.equals("leader")) {
                    leader = true;
                } else if (f.startsWith("title=") && f.length() > 6) {
                    titles.add(f.substring(6).strip());
                } else {
                    problems.add(row.problem("unknown flag '" + f + "' (leader, title=…)"));
                }
            }
            agents.add(new AgentEntry(phrases, role, leader, titles, row.ref()));
        }
        List<EventPattern> patterns = loadPatterns(source, l, codebook, problems);
        List<DateWord> dates = new ArrayList<>();
        for (Tsv.Row row : Tsv.read(source, l + "/dates.tsv", DATES_FORMAT, DATES_COLUMNS, problems)) {
            String kind = row.get("kind");
            try {
                if (!DATE_KINDS.contains(kind)) {
                    throw new IllegalArgumentException("kind must be one of " + DATE_KINDS);
                }
                dates.add(new DateWord(row.list("phrase"), kind, Integer.parseInt(row.get("value")), row.ref()));
            } catch (IllegalArgumentException e) {
                problems.add(row.problem("bad date word: " + e.getMessage()));
            }
        }
        return Optional.of(new LanguagePack(lang, actors, agents, patterns, grammar, tagset, dates));
    }

    private static List<EventPattern> loadPatterns(KnowledgeSource source, String l, CameoCodebook codebook,
                                                   List<Problem> problems) {
        List<EventPattern> patterns = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Tsv.Row row : Tsv.read(source, l + "/events.tsv", EVENTS_FORMAT, EVENTS_COLUMNS, problems)) {
            String id = row.get("id");
            if (id.isEmpty() || !ids.add(id)) {
                problems.add(row.problem(id.isEmpty() ? "pattern without id" : "pattern id " + id + " used twice"));
                continue;
            }
            String cameo = row.get("cameo");
            if (codebook.type(cameo).isEmpty()) {
                problems.add(row.problem("CAMEO code " + cameo + " is not in the codebook"));
                continue;
            }
            Set<String> flags = new HashSet<>(row.list("flags"));
            for (String f : flags) {
                if (!f.equals("sym") && !f.equals("noun") && !f.equals("adverbial")) {
                    problems.add(row.problem("unknown flag '" + f + "' (sym, noun, adverbial)"));
                }
            }
            String expect = row.get("expect");
            if (!expect.isEmpty() && !EXPECT.matcher(expect).matches()) {
                problems.add(row.problem("expect must be SOURCE>TARGET or SOURCE>-: '" + expect + "'"));
            }
            try {
                boolean noun = flags.contains("noun") || flags.contains("adverbial");
                var elements = EventPattern.parse(row.get("pattern"), noun);
                patterns.add(new EventPattern(id, new CameoCode(cameo), elements, flags.contains("sym"), noun,
                        flags.contains("adverbial"), row.get("pattern"), row.get("example"), expect, row.ref()));
            } catch (IllegalArgumentException e) {
                problems.add(row.problem(e.getMessage()));
            }
        }
        return patterns;
    }

    /** The CAMEO codebook. */
    public CameoCodebook codebook() {
        return codebook;
    }

    /** What announcing an action is coded as. */
    public IntentCodes intents() {
        return intents;
    }

    /** States and territories. */
    public Countries countries() {
        return countries;
    }

    /** Named people. */
    public People people() {
        return people;
    }

    /** The offline gazetteer. */
    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** The languages with knowledge. */
    public Set<LanguageTag> languages() {
        return packs.keySet();
    }

    /** The pack of a language. */
    public Optional<LanguagePack> pack(LanguageTag lang) {
        return Optional.ofNullable(packs.get(lang));
    }

    /** This knowledge with the gazetteer replaced (after a GeoNames import). */
    public Knowledge withGazetteer(Gazetteer g) {
        return new Knowledge(codebook, intents, countries, people, g, packs);
    }
}
