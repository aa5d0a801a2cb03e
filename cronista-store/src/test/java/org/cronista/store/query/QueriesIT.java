package org.cronista.store.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cronista.ingest.ReadOptions;
import org.cronista.store.EventStore;
import org.cronista.store.TestCorpus;
import org.cronista.store.ingest.IngestProgress;
import org.cronista.store.ingest.Ingester;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API's queries over a store filled by the real ingest of news written for this test. */
class QueriesIT {
    @TempDir
    static Path dir;
    static EventStore store;
    static Connection connection;
    static Session s;

    @BeforeAll
    static void ingest() throws Exception {
        List<String> lines = new ArrayList<>();
        // Russia and Ukraine in conflict every other week; North Korea and Japan quiet, then four conflict events.
        for (int w = 0; w < 10; w += 2) {
            lines.add(line("ru" + w, "2026-09-0" + (1 + w / 2 * 0) , w, "Russian troops shelled Kharkiv in week " + w
                    + ". Ukraine accused Russia of attacking civilians."));
        }
        lines.add(line("jp1", "2026-10-01", 0, "Japan criticised North Korea for its missile programme."));
        lines.add(line("jp2", "2026-11-17", 0, "North Korea threatened Japan with a nuclear strike. North Korea attacked a "
                + "Japanese fishing vessel in the Sea of Japan. Japan condemned North Korea after the attack. Tokyo imposed "
                + "new sanctions on North Korea."));
        lines.add(line("rp1", "2026-11-10", 0, "Russia sent food aid to North Korea. Kim Jong-un praised Russia for its support."));
        Path f = dir.resolve("news.jsonl");
        Files.write(f, lines, StandardCharsets.UTF_8);
        store = EventStore.open(dir.resolve("q.duckdb"));
        Ingester.create(store, TestCorpus.pipeline(), new Ingester.Settings(2, 50, 100))
                .run(List.of(f), new ReadOptions(LocalDate.of(2026, 11, 20), null), new IngestProgress(), x -> { });
        connection = store.newConnection();
        s = new Session(connection, 10);
    }

    private static String line(String id, String date, int weeks, String text) {
        LocalDate d = LocalDate.parse(date).plusWeeks(weeks);
        return "{\"id\": \"" + id + "\", \"source\": \"" + (id.startsWith("ru") ? "Harbour Gazette" : "Coast Herald")
                + "\", \"date\": \"" + d + "\", \"lang\": \"en\", \"text\": \"" + text + "\"}";
    }

    @AfterAll
    static void close() throws Exception {
        connection.close();
        store.close();
    }

    @Test
    void eventsAreFilteredSortedAndPagedWithTheirTotal() {
        Events.Page<EventRow> all = Events.list(s, EventCriteria.ALL, Events.Sort.DATE, true, 3, 0);
        assertThat(all.items()).hasSize(3);
        assertThat(all.items().get(0).date()).isAfterOrEqualTo(all.items().get(2).date());
        Events.Page<EventRow> rest = Events.list(s, EventCriteria.ALL, Events.Sort.DATE, true, 3, 3);
        assertThat(rest.items()).extracting(EventRow::id).doesNotContainAnyElementsOf(
                all.items().stream().map(EventRow::id).toList());
        EventCriteria dyad = new EventCriteria(null, null, null, List.of("jpn", "PRK"), null, 4, null, null, null, null,
                "en", "Coast Herald");
        Events.Page<EventRow> conflict = Events.list(s, dyad, Events.Sort.GOLDSTEIN, false, 10, 0);
        assertThat(conflict.items()).isNotEmpty().allSatisfy(e -> assertThat(e.quadClass()).isEqualTo(4));
        assertThat(conflict.items().get(0).cameo()).startsWith("19");
        assertThat(conflict.total()).isEqualTo(conflict.items().size());
        assertThat(Events.list(s, new EventCriteria(null, null, null, null, "19", null, null, null, null, null, "it", null),
                Events.Sort.DATE, true, 10, 0).items()).isEmpty();
    }

    @Test
    void malformedCriteriaAndLimitsAreRefusedByName() {
        assertThatThrownBy(() -> Events.list(s, EventCriteria.ALL, Events.Sort.DATE, true, -1, 0)).hasMessageContaining("limit");
        assertThatThrownBy(() -> Events.list(s, EventCriteria.ALL, Events.Sort.DATE, true, 10, -5)).hasMessageContaining("offset");
        assertThatThrownBy(() -> new EventCriteria("RU'; DROP TABLE events; --", null, null, null, null, null, null, null,
                null, null, null, null)).hasMessageContaining("actor");
        assertThatThrownBy(() -> new EventCriteria(null, null, null, null, "1a", null, null, null, null, null, null, null))
                .hasMessageContaining("code");
    }

    @Test
    void oneEventComesWithEverySentenceThatReportsItAndTheArticleWithItsOffsets() {
        EventRow attack = Events.list(s, new EventCriteria(null, "PRK", "JPN", null, "19", null, null, null, null, null,
                null, null), Events.Sort.DATE, true, 1, 0).items().get(0);
        Events.Detail d = Events.find(s, attack.id()).orElseThrow();
        assertThat(d.mentions()).singleElement().satisfies(m -> {
            assertThat(m.trigger()).isEqualTo("attacked");
            assertThat(m.snippet()).startsWith("North Korea attacked").endsWith("Sea of Japan.");
        });
        Articles.Article a = Articles.find(s, "jp2").orElseThrow();
        assertThat(a.mentions()).isNotEmpty().allSatisfy(m ->
                assertThat(a.text().substring(m.triggerStart(), m.triggerEnd())).isEqualTo(m.trigger()));
        assertThat(Events.find(s, 42L)).isEmpty();
        assertThat(Articles.find(s, "nothing")).isEmpty();
    }

    @Test
    void theDyadSeriesCountsEachQuadClassPerWeekWithEmptyWeeksPresent() {
        DyadSeries.Series series = DyadSeries.of(s, "RUS", "UKR", false, Resolution.WEEK, null, null);
        assertThat(series.points()).hasSize(9);
        assertThat(series.points().get(1).events()).isZero();
        DyadSeries.Point first = series.points().get(0);
        assertThat(first.materialConflict()).isEqualTo(1);
        assertThat(first.verbalConflict()).isEqualTo(1);
        assertThat(first.goldstein()).isEqualTo(-12.0);
        assertThat(DyadSeries.of(s, "UKR", "RUS", true, Resolution.WEEK, null, null).points().get(0).materialConflict()).isZero();
        assertThatThrownBy(() -> DyadSeries.of(s, "RUS", "UKR", false, Resolution.DAY, LocalDate.of(2000, 1, 1),
                LocalDate.of(2026, 1, 1))).hasMessageContaining("count by week");
    }

    @Test
    void theLatestWeekOfNorthKoreaAndJapanRaisesAnAlertWithItsEventsAndRussiaUkraineDoesNot() {
        List<Tension.Alert> alerts = Tension.alerts(s, Tension.Settings.DEFAULT);
        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.tension().a()).isEqualTo("JPN");
            assertThat(a.tension().b()).isEqualTo("PRK");
            assertThat(a.tension().z()).isGreaterThanOrEqualTo(3);
            assertThat(a.events()).hasSizeGreaterThanOrEqualTo(3)
                    .allSatisfy(e -> assertThat(e.quadClass()).isGreaterThanOrEqualTo(3));
        });
        Tension.Report r = Tension.report(s, Tension.Settings.DEFAULT, 50);
        assertThat(r.start()).isEqualTo("2026-11-16");
        assertThat(r.dyads()).extracting(t -> t.a() + "-" + t.b()).contains("RUS-UKR");
    }

    @Test
    void theNetworkHasCountriesAsNodesAndEdgesSplitIntoCooperationAndConflict() {
        Network.Graph g = Network.of(s, Network.Level.COUNTRY, null, null, null, 1, 100);
        assertThat(g.nodes()).extracting(Network.Node::id).contains("RUS", "UKR", "PRK", "JPN");
        assertThat(g.edges()).anySatisfy(e -> {
            assertThat(e.source() + ">" + e.target()).isEqualTo("RUS>PRK");
            assertThat(e.cooperation()).isEqualTo(e.events());
        });
        assertThat(Network.of(s, Network.Level.COUNTRY, null, null, "JPN", 1, 100).nodes())
                .extracting(Network.Node::id).containsOnly("JPN", "PRK");
        assertThat(Actors.list(s, "PRK", 10)).isNotEmpty().allSatisfy(a -> assertThat(a.code()).startsWith("PRK"));
        assertThat(Places.of(s, EventCriteria.ALL, 10)).anySatisfy(p -> assertThat(p.name()).isEqualTo("Sea of Japan"));
    }

    @Test
    void aQueryPastItsTimeLimitIsCancelledAndTheConnectionStaysUsable() throws Exception {
        Session quick = new Session(connection, 1);
        Session.Sql slow = new Session.Sql().add("SELECT count(*) FROM range(100000000000) t(x) WHERE x % 7 = ?", 3);
        assertThatThrownBy(() -> {
            try (var ps = quick.prepare(slow); var rs = ps.executeQuery()) {
                rs.next();
            } catch (java.sql.SQLException e) {
                throw Session.failure("the test query", e);
            }
        }).isInstanceOf(QueryTimeoutException.class).hasMessageContaining("time limit");
        assertThat(Events.list(quick, EventCriteria.ALL, Events.Sort.DATE, true, 1, 0).items()).hasSize(1);
    }
}
