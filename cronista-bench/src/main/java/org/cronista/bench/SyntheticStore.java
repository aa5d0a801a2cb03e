package org.cronista.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.cronista.api.events.EventType;
import org.cronista.api.geo.Place;
import org.cronista.knowledge.Country;
import org.cronista.knowledge.GazetteerEntry;
import org.cronista.knowledge.Knowledge;
import org.cronista.knowledge.KnowledgeSource;
import org.cronista.output.GeoLabels;
import org.cronista.store.EventStore;
import org.cronista.store.StoreSchema;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Fills a fresh event store with realistic synthetic events, for load checks of the server: the
 * store's own schema (created by {@link EventStore#open}), every events column the ingest writes,
 * with articles and one mention per event so that every API query has rows to join.
 *
 * <p>What makes it realistic: actors are the shipped countries, drawn with a Zipf law (a few
 * countries make most of the news, as in GDELT), three in ten with a role (GOV, MIL, …) and some
 * international organisations; most events repeat a dyad already seen; CAMEO roots follow GDELT's
 * rough shares (consultations and statements common, mass violence rare) and the code, Goldstein
 * score, QuadClass and PLOVER type come from the shipped codebook; places are gazetteer entries in
 * the source's or target's country; days span three years, stored in day order as an ingest of a
 * news archive would store them; articles are in the six languages from seven outlets. Seeded, so
 * the same size gives the same store. Run with {@code ./dev load-check} (or directly:
 * {@code SyntheticStore FILE [EVENTS]}).
 */
public final class SyntheticStore {
    private static final String[] ROLES = {"GOV", "MIL", "COP", "OPP", "BUS", "MED", "CVL", "JUD", "LEG", "REB"};
    private static final String[] IGOS = {"IGOUNO", "IGOEUREEC", "IGONAT", "IGOAFRAFU", "IGOASNASN"};
    private static final String[] LANGUAGES = {"en", "en", "en", "it", "es", "fr", "de", "ru"};
    private static final String[] OUTLETS = {"Harbour Gazette", "Valley Courier", "Lakeside Post", "Northern Star",
        "City Ledger", "Coast Herald", "Plains Daily"};
    /** GDELT's rough share of each CAMEO root (01…20), in per mille. */
    private static final int[] ROOT_WEIGHTS = {80, 50, 70, 220, 100, 20, 20, 20, 20, 20, 70, 20, 20, 30, 10, 10, 50, 30,
        48, 2};
    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
    private static final int DAYS = 3 * 365;
    private static final int EVENTS_PER_ARTICLE = 3;

    private SyntheticStore() {
    }

    /** {@code SyntheticStore FILE [EVENTS]}: writes EVENTS (default one million) events into a new store FILE. */
    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: SyntheticStore FILE [EVENTS]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        if (Files.exists(file)) {
            System.err.println(file + " exists; remove it first");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        fill(file, n, Knowledge.load(KnowledgeSource.shipped()));
        System.out.printf(Locale.ROOT, "%s: %,d synthetic events in %.1f s%n", file, n, (System.nanoTime() - t0) / 1e9);
    }

    /** Creates {@code file} as a store and writes {@code n} synthetic events into it. */
    public static void fill(Path file, int n, Knowledge k) throws Exception {
        SplittableRandom rnd = new SplittableRandom(20261129L);
        GeoLabels geo = new GeoLabels(k.gazetteer(), k.countries());
        List<String> countries = new ArrayList<>(k.countries().all().stream().filter(c -> c.until() == null)
                .map(Country::code).sorted().toList());
        shuffle(countries, rnd);
        double[] zipf = new double[countries.size()];
        double sum = 0;
        for (int i = 0; i < zipf.length; i++) {
            sum += 1 / Math.pow(i + 1, 1.1);
            zipf[i] = sum;
        }
        Map<String, List<Place>> places = new HashMap<>();
        for (GazetteerEntry g : k.gazetteer().entries()) {
            Place p = g.place();
            if (p.country() != null && p.isCity()) {
                places.computeIfAbsent(p.country(), c -> new ArrayList<>()).add(p);
            }
        }
        List<List<EventType>> byRoot = new ArrayList<>();
        for (int r = 1; r <= 20; r++) {
            String root = String.format(Locale.ROOT, "%02d", r);
            byRoot.add(k.codebook().types().stream().filter(t -> t.code().root().equals(root))
                    .sorted(Comparator.comparing(t -> t.code().value())).toList());
        }
        int[] rootCum = new int[20];
        for (int i = 0, c = 0; i < 20; i++) {
            c += ROOT_WEIGHTS[i];
            rootCum[i] = c;
        }
        List<String> columns = StoreSchema.eventColumns();
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            col.put(columns.get(i), i);
        }
        String[] types = columns.stream().map(StoreSchema::eventType).toArray(String[]::new);
        List<String[]> dyads = new ArrayList<>();
        try (EventStore store = EventStore.open(file);
             DuckDBConnection c = (DuckDBConnection) store.newConnection();
             DuckDBAppender events = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "events");
             DuckDBAppender articles = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "articles");
             DuckDBAppender mentions = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "mentions")) {
            Object[] v = new Object[columns.size()];
            String articleId = null;
            String outlet = null;
            for (int i = 0; i < n; i++) {
                LocalDate day = FIRST_DAY.plusDays((long) i * DAYS / n);
                int dayValue = day.getYear() * 10000 + day.getMonthValue() * 100 + day.getDayOfMonth();
                if (i % EVENTS_PER_ARTICLE == 0) {
                    articleId = HexFormat.of().toHexDigits(rnd.nextLong()) + HexFormat.of().toHexDigits((long) i);
                    outlet = OUTLETS[rnd.nextInt(OUTLETS.length)];
                    String lang = LANGUAGES[rnd.nextInt(LANGUAGES.length)];
                    articles.beginRow().append(articleId).append("synthetic-" + i / EVENTS_PER_ARTICLE)
                            .append("https://news.example/" + articleId).append(outlet).append(outlet).append(day)
                            .append(lang).append("Synthetic report " + i / EVENTS_PER_ARTICLE)
                            .append("A synthetic article written by the load-check generator.")
                            .append(LocalDateTime.of(day, java.time.LocalTime.NOON)).endRow();
                }
                String[] dyad;
                if (!dyads.isEmpty() && rnd.nextInt(10) < 7) {
                    dyad = dyads.get(rnd.nextInt(dyads.size()));
                } else {
                    String a = actor(countries, zipf, rnd);
                    String b = rnd.nextInt(100) < 85 ? actor(countries, zipf, rnd) : null;
                    if (b != null && b.substring(0, 3).equals(a.substring(0, 3))) {
                        b = actor(countries, zipf, rnd);
                    }
                    dyad = new String[] {a, b};
                    if (dyads.size() < 20_000) {
                        dyads.add(dyad);
                    }
                }
                int rw = rnd.nextInt(rootCum[19]);
                int root = 0;
                while (rootCum[root] <= rw) {
                    root++;
                }
                List<EventType> codes = byRoot.get(root);
                EventType t = codes.get(rnd.nextInt(codes.size()));
                java.util.Arrays.fill(v, null);
                long id = (rnd.nextLong() & Long.MAX_VALUE) | 1L << 62;
                v[col.get("GlobalEventID")] = id;
                v[col.get("Day")] = dayValue;
                v[col.get("MonthYear")] = dayValue / 100;
                v[col.get("Year")] = day.getYear();
                v[col.get("FractionDate")] = day.getYear() + (day.getMonthValue() * 30 + day.getDayOfMonth()) / 365.0;
                actorColumns(v, col, "Actor1", dyad[0], geo);
                actorColumns(v, col, "Actor2", dyad[1], geo);
                v[col.get("IsRootEvent")] = 1;
                v[col.get("EventCode")] = t.code().value();
                v[col.get("EventBaseCode")] = t.code().base();
                v[col.get("EventRootCode")] = t.code().root();
                v[col.get("QuadClass")] = t.quadClass().number();
                v[col.get("GoldsteinScale")] = t.goldstein();
                int m = 1 + rnd.nextInt(rnd.nextInt(10) == 0 ? 40 : 4);
                v[col.get("NumMentions")] = m;
                v[col.get("NumSources")] = 1 + rnd.nextInt(Math.min(m, OUTLETS.length));
                v[col.get("NumArticles")] = Math.max(1, m / 2);
                Place p = place(places, dyad, rnd);
                if (p != null) {
                    v[col.get("ActionGeo_Type")] = geo.type(p);
                    v[col.get("ActionGeo_FullName")] = geo.fullName(p);
                    v[col.get("ActionGeo_CountryCode")] = geo.fips(p);
                    v[col.get("ActionGeo_ADM1Code")] = p.admin1();
                    v[col.get("ActionGeo_Lat")] = p.latitude();
                    v[col.get("ActionGeo_Long")] = p.longitude();
                    v[col.get("ActionGeo_FeatureID")] = p.id();
                    v[col.get("ActionCountry")] = p.country();
                }
                v[col.get("DATEADDED")] = (long) dayValue * 1_000_000L + 120000L;
                v[col.get("SOURCEURL")] = "https://news.example/" + articleId;
                v[col.get("Plover")] = t.plover() == null ? null : t.plover().name();
                v[col.get("IsSymmetric")] = root == 3;
                v[col.get("EventKey")] = dyad[0] + "|" + dyad[1] + "|" + t.code().value() + "|" + dayValue + "|" + i;
                v[col.get("ArticleID")] = articleId;
                v[col.get("Sentence")] = i % EVENTS_PER_ARTICLE;
                v[col.get("Rule")] = "synthetic." + t.code().value();
                v[col.get("FirstReport")] = day + "|" + articleId;
                events.beginRow();
                for (int j = 0; j < v.length; j++) {
                    switch (types[j]) {
                        case "BIGINT" -> events.append((Long) v[j]);
                        case "INTEGER" -> events.append((Integer) v[j]);
                        case "DOUBLE" -> events.append((Double) v[j]);
                        case "BOOLEAN" -> events.append((Boolean) v[j]);
                        default -> events.append((String) v[j]);
                    }
                }
                events.endRow();
                mentions.beginRow().append(articleId).append(i % EVENTS_PER_ARTICLE).append(0).append(4).append("said")
                        .append(dyad[0]).append(0).append(3).append(dyad[1])
                        .append(dyad[1] == null ? null : (Integer) 10).append(dyad[1] == null ? null : (Integer) 13)
                        .append(t.code().value()).append("synthetic." + t.code().value()).append("ASSERTED")
                        .append(p == null ? null : p.id()).append(day).append(id).append(outlet).endRow();
            }
        }
    }

    private static String actor(List<String> countries, double[] zipf, SplittableRandom rnd) {
        if (rnd.nextInt(100) < 3) {
            return IGOS[rnd.nextInt(IGOS.length)];
        }
        double u = rnd.nextDouble() * zipf[zipf.length - 1];
        int lo = 0;
        int hi = zipf.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (zipf[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        String c = countries.get(lo);
        return rnd.nextInt(10) < 3 ? c + ROLES[rnd.nextInt(ROLES.length)] : c;
    }

    private static void actorColumns(Object[] v, Map<String, Integer> col, String prefix, String code, GeoLabels geo) {
        if (code == null) {
            return;
        }
        String country = code.substring(0, 3);
        boolean isCountry = geo.isCountry(country);
        v[col.get(prefix + "Code")] = code;
        v[col.get(prefix + "Name")] = isCountry ? geo.countryName(country).toUpperCase(Locale.ROOT) : code;
        v[col.get(prefix + "CountryCode")] = isCountry ? country : null;
        if (code.length() > 3) {
            v[col.get(prefix + "Type1Code")] = code.substring(3, 6);
        }
    }

    private static Place place(Map<String, List<Place>> places, String[] dyad, SplittableRandom rnd) {
        if (rnd.nextInt(10) < 4) {
            return null;
        }
        String code = dyad[dyad[1] != null && rnd.nextBoolean() ? 1 : 0];
        List<Place> in = places.get(code.substring(0, 3));
        return in == null || in.isEmpty() ? null : in.get(rnd.nextInt(in.size()));
    }

    private static <T> void shuffle(List<T> list, SplittableRandom rnd) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
