package org.cronista.dictionary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cronista.api.LanguageTag;
import org.cronista.knowledge.ActorEntry;
import org.cronista.knowledge.AgentEntry;
import org.cronista.knowledge.EventPattern;
import org.cronista.knowledge.Keys;
import org.cronista.knowledge.Knowledge;
import org.cronista.knowledge.KnowledgeSource;
import org.cronista.knowledge.LanguagePack;
import org.cronista.knowledge.Person;
import org.cronista.knowledge.Problem;

/**
 * Validates a dictionary folder (or the shipped dictionaries) beyond what loading checks (file
 * headers, columns, malformed codes and dates, unknown CAMEO codes, pattern syntax):
 * <ul>
 *   <li>duplicates: the same phrase twice for the same actor or role at overlapping dates, the same
 *       pattern twice;</li>
 *   <li>shadowing: the same phrase for different actors at overlapping dates when neither line is
 *       flagged {@code ambiguous} (only one can win), the same role words with different roles, the
 *       same pattern with different codes (the second never fires), a full name given to two people;</li>
 *   <li>overlapping periods of one person (a person has one code at a time);</li>
 *   <li>patterns with an example but no expected dyad, or the reverse.</li>
 * </ul>
 * Duplicates that change nothing (the same phrase for the same actor and kind, the same role words
 * for the same role, the same pattern with the same code) are warnings, not problems. A person's
 * periods may share their hand-over day. Every finding names its {@code file:line}. Stateless.
 */
public final class DictionaryChecker {
    private DictionaryChecker() {
    }

    /**
     * The languages to check: the shipped languages and any two-letter folder of the user folders.
     * To check a user's folder alone, pass {@link KnowledgeSource#dictionariesOnly}: its codes are
     * then checked against the shipped codebook.
     */
    public static List<LanguageTag> languages(KnowledgeSource source) throws IOException {
        Set<LanguageTag> out = new LinkedHashSet<>(Knowledge.SHIPPED_LANGUAGES);
        for (Path dir : source.overlays()) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                        .filter(n -> n.matches("[a-z]{2}")).sorted().forEach(n -> out.add(LanguageTag.of(n)));
            }
        }
        return List.copyOf(out);
    }

    /**
     * What a check found.
     *
     * @param problems what is wrong, sorted by file and line
     * @param warnings redundancies that change nothing, sorted by file and line
     */
    public record Report(List<Problem> problems, List<Problem> warnings) {
    }

    /** Checks every file of the source. */
    public static Report check(KnowledgeSource source) throws IOException {
        Knowledge.Loaded loaded = Knowledge.readForCheck(source, languages(source));
        List<Problem> problems = new ArrayList<>(loaded.problems());
        List<Problem> warnings = new ArrayList<>();
        Knowledge k = loaded.knowledge();
        for (LanguageTag lang : k.languages()) {
            LanguagePack pack = k.pack(lang).orElseThrow();
            actors(pack.actors(), problems, warnings);
            agents(pack.agents(), problems, warnings);
            patterns(pack.patterns(), problems, warnings);
        }
        people(k.people().all(), problems);
        return new Report(sorted(problems), sorted(warnings));
    }

    private static List<Problem> sorted(List<Problem> ps) {
        return ps.stream().distinct().sorted(Comparator.comparing(Problem::file).thenComparingInt(Problem::line)
                .thenComparing(Problem::message)).collect(Collectors.toList());
    }

    private static String key(String phrase) {
        return String.join(" ", Stream.of(phrase.strip().split("\\s+")).map(Keys::fold).toList());
    }

    private static boolean overlap(LocalDate f1, LocalDate u1, LocalDate f2, LocalDate u2) {
        return (u1 == null || f2 == null || !f2.isAfter(u1)) && (u2 == null || f1 == null || !f1.isAfter(u2));
    }

    private static void actors(List<ActorEntry> entries, List<Problem> problems, List<Problem> warnings) {
        Map<String, List<ActorEntry>> byPhrase = new LinkedHashMap<>();
        for (ActorEntry e : entries) {
            Set<String> own = new LinkedHashSet<>();
            for (String p : e.phrases()) {
                String key = key(p);
                if (!own.add(key)) {
                    continue; // spelling variants that fold to one key ("Weißrussland|Weissrussland")
                }
                List<ActorEntry> same = byPhrase.computeIfAbsent(key, x -> new ArrayList<>());
                for (ActorEntry o : same) {
                    if (!overlap(o.from(), o.until(), e.from(), e.until())) {
                        continue;
                    }
                    ActorEntry later = cldr(e) ? o : e;
                    ActorEntry earlier = later == e ? o : e;
                    if (cldr(later)) {
                        continue;
                    }
                    if (o.code().equals(e.code())) {
                        if (!cldr(earlier) && o.kind() == e.kind()) {
                            warnings.add(at(later.ref(), "'" + p + "' is also on " + earlier.ref() + " (same actor "
                                    + e.code() + ", same kind, overlapping dates)"));
                        }
                    } else if (!o.ambiguous() && !e.ambiguous()) {
                        problems.add(at(later.ref(), "'" + p + "' shadows " + earlier.ref() + ": " + later.code()
                                + " here, " + earlier.code() + " there, at overlapping dates; flag one 'ambiguous' "
                                + "or give dates"));
                    }
                }
                same.add(e);
            }
        }
    }

    private static boolean cldr(ActorEntry e) {
        return e.ref().startsWith("CLDR:");
    }

    private static void agents(List<AgentEntry> entries, List<Problem> problems, List<Problem> warnings) {
        Map<String, AgentEntry> byPhrase = new LinkedHashMap<>();
        for (AgentEntry a : entries) {
            Set<String> own = new LinkedHashSet<>();
            for (String p : a.phrases()) {
                String key = key(p);
                if (!own.add(key)) {
                    continue;
                }
                AgentEntry o = byPhrase.putIfAbsent(key, a);
                if (o == null) {
                    continue;
                }
                if (o.role().equals(a.role())) {
                    warnings.add(at(a.ref(), "'" + p + "' is also on " + o.ref() + " (same role " + a.role() + ")"));
                } else {
                    problems.add(at(a.ref(), "'" + p + "' shadows " + o.ref() + ": role " + a.role() + " here, "
                            + o.role() + " there; only one can apply"));
                }
            }
        }
    }

    private static void patterns(List<EventPattern> patterns, List<Problem> problems, List<Problem> warnings) {
        Map<String, EventPattern> seen = new LinkedHashMap<>();
        for (EventPattern p : patterns) {
            String key = (p.noun() ? "noun " : "") + p.elements();
            EventPattern o = seen.putIfAbsent(key, p);
            if (o != null && o.cameo().equals(p.cameo())) {
                warnings.add(at(p.ref(), "pattern '" + p.text() + "' is also " + o.id() + " (" + o.ref() + ")"));
            } else if (o != null) {
                problems.add(at(p.ref(), "pattern '" + p.text() + "' is also " + o.id() + " (" + o.ref()
                        + ") with code " + o.cameo() + ": only one of them fires"));
            }
            if (p.example().isEmpty() != p.expect().isEmpty()) {
                problems.add(at(p.ref(), p.example().isEmpty() ? "expect without example" : "example without expect"));
            }
        }
    }

    private static void people(List<Person> people, List<Problem> problems) {
        Map<String, Person> byName = new LinkedHashMap<>();
        for (Person p : people) {
            List<Person.Period> ps = p.periods();
            for (int i = 1; i < ps.size(); i++) {
                for (int j = 0; j < i; j++) {
                    Person.Period a = ps.get(j);
                    Person.Period b = ps.get(i);
                    boolean handover = a.until() != null && a.until().equals(b.from());
                    if (!handover && overlap(a.from(), a.until(), b.from(), b.until())) {
                        problems.add(at(b.ref(), p.id() + " is " + b.code() + " from " + b.from() + " while still "
                                + a.code() + " (" + a.ref() + "); a person has one code at a time"));
                    }
                }
            }
            for (String n : p.names()) {
                Person o = byName.putIfAbsent(key(n), p);
                if (o != null && !o.id().equals(p.id())) {
                    problems.add(at(p.periods().get(0).ref(), "name '" + n + "' also names " + o.id() + " ("
                            + o.periods().get(0).ref() + ")"));
                }
            }
        }
    }

    /** A problem at a {@code file:line} reference. */
    private static Problem at(String ref, String message) {
        int colon = ref.lastIndexOf(':');
        if (colon > 0) {
            try {
                return new Problem(ref.substring(0, colon), Integer.parseInt(ref.substring(colon + 1)), message);
            } catch (NumberFormatException e) {
                // not file:line
            }
        }
        return new Problem(ref, 0, message);
    }
}
