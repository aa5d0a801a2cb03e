package org.cronista.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.cronista.api.LanguageTag;
import org.cronista.api.actors.ActorMention;
import org.cronista.knowledge.ActorEntry;
import org.cronista.knowledge.Countries;
import org.cronista.knowledge.Country;
import org.cronista.knowledge.EntryKind;
import org.cronista.knowledge.Knowledge;
import org.cronista.knowledge.LanguagePack;
import org.cronista.pipeline.Pipeline;
import org.cronista.pipeline.TestPipeline;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every UN member resolves, in every language Cronista reads, by its name, by its nationality
 * adjective and by its capital (issue 4). Prints the share per language and kind.
 */
class ActorCoverageTest {
    private static final LocalDate DATE = LocalDate.of(2024, 6, 1);

    @TestFactory
    Stream<DynamicTest> unMembersResolveByNameAdjectiveAndCapital() {
        Pipeline p = TestPipeline.get();
        Knowledge k = p.knowledge();
        List<DynamicTest> tests = new ArrayList<>();
        for (LanguageTag lang : Knowledge.SHIPPED_LANGUAGES) {
            LanguagePack pack = k.pack(lang).orElse(null);
            if (pack == null) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(lang + " names, adjectives, capitals", () -> check(p, k, pack)));
        }
        return tests.stream();
    }

    private static void check(Pipeline p, Knowledge k, LanguagePack pack) throws Exception {
        List<String> missing = new ArrayList<>();
        int[] ok = new int[3];
        int members = 0;
        for (Country c : k.countries().all()) {
            if (!c.unMember()) {
                continue;
            }
            members++;
            List<String> names = Countries.cldrNames(c, pack.language());
            if (!names.isEmpty() && resolves(p, pack, names.get(0), c.code())) {
                ok[0]++;
            } else {
                missing.add("name " + c.code() + " " + names);
            }
            if (anyResolves(p, pack, c.code(), EntryKind.ADJECTIVE, c.code())) {
                ok[1]++;
            } else {
                missing.add("adjective " + c.code());
            }
            if (anyResolves(p, pack, c.code() + "GOV", EntryKind.CAPITAL, c.code())) {
                ok[2]++;
            } else {
                missing.add("capital " + c.code());
            }
        }
        System.out.printf(Locale.ROOT, "%s: UN members %d; names %.1f%%, adjectives %.1f%%, capitals %.1f%%%n",
                pack.language(), members, 100.0 * ok[0] / members, 100.0 * ok[1] / members, 100.0 * ok[2] / members);
        assertThat(members).isEqualTo(193);
        assertThat(missing).as(pack.language() + " UN members that do not resolve").isEmpty();
    }

    private static boolean anyResolves(Pipeline p, LanguagePack pack, String code, EntryKind kind, String country)
            throws Exception {
        for (ActorEntry e : pack.actors()) {
            if (e.kind() == kind && e.code().value().equals(code) && e.appliesOn(DATE)) {
                if (e.ambiguous()) {
                    return true; // knowingly shared with another actor ("Congolese", "Brussels")
                }
                for (String phrase : e.phrases()) {
                    if (resolves(p, pack, phrase, country)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The phrase alone names an actor (or a nationality) whose code starts with {@code country}. */
    private static boolean resolves(Pipeline p, LanguagePack pack, String phrase, String country) throws Exception {
        for (ActorMention m : p.actors(phrase, pack.language(), DATE)) {
            if (m.code().value().startsWith(country)) {
                return true;
            }
        }
        return false;
    }
}
