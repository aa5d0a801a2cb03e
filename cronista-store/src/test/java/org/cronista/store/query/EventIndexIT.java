package org.cronista.store.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.cronista.api.events.PloverType;
import org.cronista.store.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The in-memory {@link EventIndex} answers exactly as the database does (issue 9): a DuckDB file of
 * 12,000 seeded events written for this test (actor codes nested by prefix, ids out of day order,
 * many ties and nulls in every sort column, missing targets and places), and both paths asked the
 * same hundreds of filter, sort and page combinations.
 */
class EventIndexIT {
    private static final int EVENTS = 12_000;
    private static final String[] ACTORS = {"RUS", "RUSGOV", "RUSMIL", "RUSGOVMIL", "UKR", "UKRGOV", "USA", "USAGOVLEG",
        "PRK", "JPN", "IGOUNO", "RU", "FRA", null};
    private static final String[] PREFIXES = {"RUS", "RUSGOV", "RUSGOVMIL", "UKR", "UKRGOV", "USA", "USAGOV", "PRK",
        "JPN", "IGO", "IGOUNO", "CHN", "FRA"};
    private static final String[] CODES = {"010", "0211", "020", "190", "1823", "173", "051", "19", null};
    private static final Double[] GOLDSTEIN = {-10.0, -2.0, 3.4, 0.0, -0.0, 1.9, 7.0, null};
    private static final String[] COUNTRIES = {"RUS", "UKR", "USA", null};
    private static final String[] FIPS = {"RS", "UP", "US", null};

    @TempDir
    static Path dir;
    static EventStore store;
    static Connection connection;
    static Session s;
    static EventIndex index;

    @BeforeAll
    static void fill() throws Exception {
        store = EventStore.open(dir.resolve("index.duckdb"));
        connection = store.newConnection();
        Random rnd = new Random(9);
        List<Long> ids = new ArrayList<>();
        for (long i = 1; i <= EVENTS; i++) {
            ids.add(i * 7 + 1000);
        }
        Collections.shuffle(ids, rnd);
        String columns = EventRow.COLUMNS;
        int n = columns.split(",").length;
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO events (" + columns + ") VALUES ("
                     + "?, ".repeat(n - 1) + "?)")) {
            for (int i = 0; i < EVENTS; i++) {
                String a1 = pick(rnd, ACTORS);
                String a2 = rnd.nextInt(8) == 0 ? null : pick(rnd, ACTORS);
                String code = pick(rnd, CODES);
                int c = rnd.nextInt(COUNTRIES.length);
                LocalDate d = LocalDate.of(2025, 12, 1).plusDays(rnd.nextInt(80));
                Object[] v = {ids.get(i), EventCriteria.day(d), a1, a1 == null ? null : a1 + " NAME" + rnd.nextInt(2),
                    a1 == null || a1.startsWith("IGO") ? null : a1.substring(0, Math.min(3, a1.length())),
                    a2, a2 == null ? null : "TARGET", a2 == null ? null : "XYZ",
                    code, code == null ? null : code.substring(0, 2), rnd.nextInt(6) == 0 ? null : 1 + rnd.nextInt(4),
                    pick(rnd, GOLDSTEIN), rnd.nextInt(5) == 0 ? null : PloverType.values()[rnd.nextInt(4)].name(),
                    rnd.nextInt(7) == 0 ? null : rnd.nextBoolean(), rnd.nextInt(9) == 0 ? null : 1 + rnd.nextInt(4),
                    1 + rnd.nextInt(2), 1 + rnd.nextInt(3), rnd.nextInt(5) == 0 ? null : "Place " + c,
                    COUNTRIES[c], FIPS[c], c == 3 ? null : 40.0 + c, c == 3 ? null : 30.5 - c,
                    "article" + i / 3, i % 3, "rule" + rnd.nextInt(3), "https://news.example/" + i / 3};
                for (int k = 0; k < n; k++) {
                    ps.setObject(k + 1, v[k]);
                }
                ps.addBatch();
            }
            ps.executeBatch(); // in one transaction
        }
        s = new Session(connection, 30);
        index = EventIndex.load(s);
    }

    private static <T> T pick(Random rnd, T[] values) {
        return values[rnd.nextInt(values.length)];
    }

    @AfterAll
    static void close() throws Exception {
        connection.close();
        store.close();
    }

    @Test
    void holdsEveryEvent() {
        assertThat(index.size()).isEqualTo(EVENTS);
    }

    @Test
    void listsTheSameEventsAsTheDatabaseForEveryFilterSortOrderAndPage() {
        Random rnd = new Random(42);
        int[] limits = {1, 3, 7, 50, 500};
        int compared = 0;
        int nonEmpty = 0;
        for (int i = 0; i < 700; i++) {
            EventCriteria c = i < 10 ? EventCriteria.ALL : criteria(rnd);
            Events.Sort sort = Events.Sort.values()[rnd.nextInt(Events.Sort.values().length)];
            boolean desc = rnd.nextBoolean();
            int limit = limits[rnd.nextInt(limits.length)];
            long offset = switch (rnd.nextInt(5)) {
                case 0, 1 -> 0;
                case 2 -> rnd.nextInt(60);
                case 3 -> rnd.nextInt(2_000);
                default -> rnd.nextInt(EVENTS + 100);
            };
            Events.Page<EventRow> expected = Events.list(s, c, sort, desc, limit, offset);
            assertThat(index.list(c, sort, desc, limit, offset))
                    .as("%s sort %s %s limit %d offset %d", c, sort, desc ? "desc" : "asc", limit, offset)
                    .isEqualTo(expected);
            compared++;
            nonEmpty += expected.items().isEmpty() ? 0 : 1;
        }
        assertThat(compared).isEqualTo(700);
        assertThat(nonEmpty).as("most comparisons see events").isGreaterThan(250);
    }

    @Test
    void everySortOrderOfAllEventsMatchesTheDatabaseAtBothEndsAndPastTheCountCap() {
        for (Events.Sort sort : Events.Sort.values()) {
            for (boolean desc : new boolean[] {false, true}) {
                for (long offset : new long[] {0, 1, 9_990, 10_000, EVENTS - 3, EVENTS, EVENTS + 5}) {
                    assertThat(index.list(EventCriteria.ALL, sort, desc, 500, offset))
                            .as("%s %s offset %d", sort, desc, offset)
                            .isEqualTo(Events.list(s, EventCriteria.ALL, sort, desc, 500, offset));
                }
                EventCriteria broad = new EventCriteria(null, null, null, null, null, null, null, null,
                        LocalDate.of(2026, 2, 18), null, null, null);
                assertThat(index.list(broad, sort, desc, 50, 9_980)).isEqualTo(Events.list(s, broad, sort, desc, 50, 9_980));
                assertThat(index.list(broad, sort, desc, 50, 0).capped()).isTrue();
            }
        }
    }

    @Test
    void countsTheSameDyadTimelinesAsTheDatabase() {
        Random rnd = new Random(7);
        for (int i = 0; i < 200; i++) {
            String a = pick(rnd, PREFIXES);
            String b = pick(rnd, PREFIXES);
            boolean directed = rnd.nextBoolean();
            Resolution period = rnd.nextBoolean() ? Resolution.DAY : Resolution.WEEK;
            LocalDate since = rnd.nextBoolean() ? null : LocalDate.of(2025, 11, 20).plusDays(rnd.nextInt(60));
            LocalDate until = rnd.nextBoolean() ? null : LocalDate.of(2026, 1, 10).plusDays(rnd.nextInt(60));
            assertThat(index.series(a, b, directed, period, since, until))
                    .as("%s %s %s %s %s %s", a, b, directed, period, since, until)
                    .isEqualTo(DyadSeries.of(s, a, b, directed, period, since, until));
        }
    }

    @Test
    void refusesWhatTheDatabaseRefusesAndDoesNotCoverLanguageOrOutlet() {
        assertThatThrownBy(() -> index.list(EventCriteria.ALL, Events.Sort.DATE, true, 0, 0)).hasMessageContaining("limit");
        assertThatThrownBy(() -> index.list(EventCriteria.ALL, Events.Sort.DATE, true, 10, -1)).hasMessageContaining("offset");
        assertThatThrownBy(() -> index.series("RUS", "UKR", false, Resolution.DAY, LocalDate.of(2000, 1, 1),
                LocalDate.of(2026, 1, 1))).hasMessageContaining("count by week");
        EventCriteria lang = new EventCriteria("RUS", null, null, null, null, null, null, null, null, null, "en", null);
        EventCriteria outlet = new EventCriteria(null, null, null, null, null, null, null, null, null, null, null, "Herald");
        assertThat(index.covers(lang)).isFalse();
        assertThat(index.covers(outlet)).isFalse();
        assertThat(index.covers(new EventCriteria("RUS", "USA", "UKR", List.of("RUS", "UKR"), "19", 4,
                PloverType.ASSAULT, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1), "RS", null, null))).isTrue();
        assertThatThrownBy(() -> index.list(lang, Events.Sort.DATE, true, 10, 0)).hasMessageContaining("language");
    }

    private static EventCriteria criteria(Random rnd) {
        String actor = rnd.nextInt(10) < 3 ? pick(rnd, PREFIXES) : null;
        String source = rnd.nextInt(10) < 2 ? pick(rnd, PREFIXES) : null;
        String target = rnd.nextInt(10) < 2 ? pick(rnd, PREFIXES) : null;
        List<String> dyad = rnd.nextInt(10) < 2 ? List.of(pick(rnd, PREFIXES), pick(rnd, PREFIXES)) : null;
        String code = rnd.nextInt(10) < 3 ? pick(rnd, new String[] {"01", "02", "021", "0211", "19", "190", "18",
            "1823", "17", "05", "20"}) : null;
        Integer quad = rnd.nextInt(10) < 2 ? 1 + rnd.nextInt(4) : null;
        PloverType plover = rnd.nextInt(10) < 2 ? PloverType.values()[rnd.nextInt(6)] : null;
        LocalDate since = rnd.nextInt(10) < 3 ? LocalDate.of(2025, 11, 25).plusDays(rnd.nextInt(90)) : null;
        LocalDate until = rnd.nextInt(10) < 3 ? LocalDate.of(2025, 11, 25).plusDays(rnd.nextInt(90)) : null;
        if (since != null && until != null && since.isAfter(until)) {
            LocalDate t = since;
            since = until;
            until = t;
        }
        String country = rnd.nextInt(10) < 2 ? pick(rnd, new String[] {"RUS", "UKR", "RS", "UP", "USA", "FRA"}) : null;
        return new EventCriteria(actor, source, target, dyad, code, quad, plover, since, until, country, null, null);
    }
}
