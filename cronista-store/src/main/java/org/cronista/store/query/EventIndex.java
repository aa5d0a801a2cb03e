package org.cronista.store.query;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cronista.store.query.EventRow.Actor;
import org.cronista.store.query.EventRow.Place;

/**
 * An immutable in-memory snapshot of the events table that answers the API's two hot reads,
 * {@link Events#list} and {@link DyadSeries#of}, in microseconds to a few milliseconds and with
 * exactly their answers (rows, order, ties, paging, totals, sums).
 *
 * <p>The events are held column by column in primitive arrays sorted by day and id, their text
 * columns dictionary-encoded; each 3-letter-aligned prefix of an actor code has a posting list of
 * its events as source, as target and as either, each prefix of a CAMEO code one of its events, and
 * each sort order a precomputed permutation. A million events take about 200 MB.
 *
 * <p>It covers every {@link EventCriteria} filter except {@code language} and {@code outlet}, which
 * need the articles and mentions tables: for those ask the database ({@link #covers}).
 *
 * <p>A snapshot never changes: when the store does, {@link #load} a new one. Thread-safe.
 */
public final class EventIndex {
    /**
     * The text columns of {@link EventRow#COLUMNS}, in groups each encoded by one dictionary: the
     * events are read with a hash of each group's values instead of its strings, so that a million
     * events do not make millions of strings, and each distinct value once with its hash.
     */
    private enum Text {
        SOURCE("Actor1Code, Actor1Name, Actor1CountryCode"),
        TARGET("Actor2Code, Actor2Name, Actor2CountryCode"),
        CAMEO("EventCode"),
        ROOT("EventRootCode"),
        PLOVER("Plover"),
        PLACE("ActionGeo_FullName, ActionCountry, ActionGeo_CountryCode"),
        ARTICLE("ArticleID, SOURCEURL"),
        RULE("Rule");

        private final String columns;

        Text(String columns) {
            this.columns = columns;
        }

        /** The distinct values: their {@link #key} then their columns' strings. */
        String distinct() {
            return "SELECT DISTINCT " + key() + ", " + columns + " FROM events";
        }

        /** A 63-bit hash of the values; two distinct values with the same one make {@link #load} fail. */
        String key() {
            return "CAST(hash(" + columns + ") >> 1 AS BIGINT)";
        }
    }

    private static final String NUMBERS = "GlobalEventID, Day, QuadClass, GoldsteinScale, IsSymmetric, NumMentions,"
            + " NumSources, NumArticles, ActionGeo_Lat, ActionGeo_Long, Sentence";

    private final int n;
    private final long[] id;
    /** GDELT day (YYYYMMDD), ascending; ties by id ascending. */
    private final int[] day;
    /** QuadClass, 0 for null (as JDBC reads it). */
    private final int[] quad;
    /** As JDBC reads it: NaN for null. */
    private final double[] goldstein;
    private final boolean[] goldsteinNull;
    private final boolean[] symmetric;
    private final int[] mentions;
    private final int[] sources;
    private final int[] articleCount;
    private final double[] lat;
    private final boolean[] latNull;
    private final double[] lon;
    private final boolean[] lonNull;
    private final int[] sentence;
    private final int[] source;
    private final Actor[] sourceActors;
    private final int[] target;
    /** Null for no target. */
    private final Actor[] targetActors;
    private final int[] cameo;
    private final String[] cameos;
    private final int[] root;
    private final String[] roots;
    private final int[] plover;
    private final String[] plovers;
    private final int[] place;
    /** Name, country, FIPS country. */
    private final String[][] places;
    private final int[] article;
    /** Article id, URL. */
    private final String[][] articles;
    private final int[] rule;
    private final String[] rules;
    private final Map<String, int[]> bySource;
    private final Map<String, int[]> byTarget;
    /** Source or target. */
    private final Map<String, int[]> byActor;
    /** Directed pairs of source and target prefixes, as {@code RUS>UKR} or {@code RUSGOV>UKR}. */
    private final Map<String, int[]> byDyad;
    private final Map<String, int[]> byCode;
    /** Per {@link Events.Sort}, by ordinal. */
    private final Ordering[] orderings;

    /**
     * Events in one sort order: {@code rows[p]} is the event at ascending position {@code p}
     * (non-null keys first, by key then id; then null keys by id), {@code rank} its inverse;
     * null {@code rows} for the order of the arrays themselves (by day).
     */
    private record Ordering(int[] rows, int[] rank, int nonNull) {
    }

    private EventIndex(Columns c, Map<Text, String[][]> texts) {
        n = c.n;
        id = c.id;
        day = c.day;
        quad = c.quad;
        goldstein = c.goldstein;
        goldsteinNull = c.goldsteinNull;
        symmetric = c.symmetric;
        mentions = c.mentions;
        sources = c.sources;
        articleCount = c.articleCount;
        lat = c.lat;
        latNull = c.latNull;
        lon = c.lon;
        lonNull = c.lonNull;
        sentence = c.sentence;
        source = c.text[Text.SOURCE.ordinal()];
        sourceActors = actors(texts.get(Text.SOURCE), false);
        target = c.text[Text.TARGET.ordinal()];
        targetActors = actors(texts.get(Text.TARGET), true);
        cameo = c.text[Text.CAMEO.ordinal()];
        cameos = first(texts.get(Text.CAMEO));
        root = c.text[Text.ROOT.ordinal()];
        roots = first(texts.get(Text.ROOT));
        plover = c.text[Text.PLOVER.ordinal()];
        plovers = first(texts.get(Text.PLOVER));
        place = c.text[Text.PLACE.ordinal()];
        places = texts.get(Text.PLACE);
        article = c.text[Text.ARTICLE.ordinal()];
        articles = texts.get(Text.ARTICLE);
        rule = c.text[Text.RULE.ordinal()];
        rules = first(texts.get(Text.RULE));
        bySource = postings(source, codes(sourceActors), 3, 3);
        byTarget = postings(target, codes(targetActors), 3, 3);
        byActor = new HashMap<>(bySource.size() * 2);
        for (String prefix : bySource.keySet()) {
            byActor.put(prefix, or(posting(bySource, prefix), posting(byTarget, prefix)));
        }
        byTarget.forEach(byActor::putIfAbsent);
        byDyad = dyadPostings(source, codes(sourceActors), target, codes(targetActors));
        byCode = postings(cameo, cameos, 2, 1);
        orderings = new Ordering[Events.Sort.values().length];
        int[] idRank = idRanks(id);
        int[] rowOfIdRank = new int[n];
        for (int r = 0; r < n; r++) {
            rowOfIdRank[idRank[r]] = r;
        }
        for (Events.Sort sort : Events.Sort.values()) {
            orderings[sort.ordinal()] = switch (sort) {
                case DATE -> new Ordering(null, null, n);
                case GOLDSTEIN -> ordering(keyRanks(goldstein, goldsteinNull), idRank, rowOfIdRank);
                case MENTIONS -> ordering(keyRanks(c.mentions, c.mentionsNull), idRank, rowOfIdRank);
                case CODE -> ordering(codeRanks(cameo, cameos), idRank, rowOfIdRank);
            };
        }
    }

    /**
     * Reads every event of the store through {@code s} (a few queries: run them in one transaction
     * for a consistent snapshot) and builds the index.
     *
     * @throws org.cronista.store.StoreException if a query fails
     * @throws IllegalStateException if an event has no day
     */
    public static EventIndex load(Session s) {
        Map<Text, String[][]> texts = new java.util.EnumMap<>(Text.class);
        LongIntMap[] ids = new LongIntMap[Text.values().length];
        StringBuilder keys = new StringBuilder();
        try {
            for (Text t : Text.values()) {
                List<String[]> values = new ArrayList<>();
                ids[t.ordinal()] = new LongIntMap();
                try (PreparedStatement ps = s.prepare(new Session.Sql().add(t.distinct()));
                     ResultSet rs = ps.executeQuery()) {
                    int k = rs.getMetaData().getColumnCount() - 1;
                    while (rs.next()) {
                        String[] v = new String[k];
                        for (int i = 0; i < k; i++) {
                            v[i] = rs.getString(i + 2);
                        }
                        if (!ids[t.ordinal()].put(rs.getLong(1), values.size())) {
                            throw new IllegalStateException("two values of " + t.columns + " have the same hash");
                        }
                        values.add(v);
                    }
                }
                texts.put(t, values.toArray(new String[0][]));
                keys.append(", ").append(t.key());
            }
            Columns c = new Columns();
            try (PreparedStatement ps = s.prepare(new Session.Sql().add("SELECT " + NUMBERS + keys
                    + " FROM events ORDER BY Day, GlobalEventID")); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    c.add(rs, ids);
                }
            }
            c.trim();
            return new EventIndex(c, texts);
        } catch (SQLException e) {
            throw Session.failure("loading the event index", e);
        }
    }

    /** The actors of code, name and country; null for those without code if {@code nullWithoutCode} (as targets). */
    private static Actor[] actors(String[][] values, boolean nullWithoutCode) {
        Actor[] a = new Actor[values.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = nullWithoutCode && values[i][0] == null ? null : new Actor(values[i][0], values[i][1], values[i][2]);
        }
        return a;
    }

    /** The actors' codes (null for none). */
    private static String[] codes(Actor[] actors) {
        return Arrays.stream(actors).map(a -> a == null ? null : a.code()).toArray(String[]::new);
    }

    private static String[] first(String[][] values) {
        return Arrays.stream(values).map(v -> v[0]).toArray(String[]::new);
    }

    /** How many events it holds. */
    public int size() {
        return n;
    }

    /** Whether {@link #list} can answer {@code criteria}: all but the {@code language} and {@code outlet} filters. */
    public boolean covers(EventCriteria criteria) {
        return criteria.language() == null && criteria.outlet() == null;
    }

    /**
     * What {@link Events#list} answers from the store this index was loaded from.
     *
     * @throws IllegalArgumentException for a limit outside 1…{@link Events#MAX_LIMIT}, a negative
     *                                  offset, or criteria it does not {@link #covers cover}
     */
    public Events.Page<EventRow> list(EventCriteria criteria, Events.Sort sort, boolean descending, int limit,
                                      long offset) {
        Events.checkPage(limit, offset);
        if (!covers(criteria)) {
            throw new IllegalArgumentException("the event index does not cover language and outlet filters");
        }
        int[] matches = matches(criteria);
        int[] page = page(matches, orderings[sort.ordinal()], descending, limit, offset);
        List<EventRow> rows = new ArrayList<>(page.length);
        for (int r : page) {
            rows.add(row(r));
        }
        long all = matches.length;
        try {
            return Events.page(criteria, rows, limit, offset,
                    () -> criteria.equals(EventCriteria.ALL) ? all : Math.min(all, Events.COUNT_CAP + 1));
        } catch (SQLException e) {
            throw new IllegalStateException(e); // the count above does not read the database
        }
    }

    /**
     * What {@link DyadSeries#of} answers from the store this index was loaded from.
     *
     * @throws IllegalArgumentException as {@link DyadSeries#of} does
     */
    public DyadSeries.Series series(String a, String b, boolean directed, Resolution period, LocalDate since,
                                    LocalDate until) {
        return DyadSeries.of(a, b, directed, period, since, until, (x, y, sink) -> {
            int[] rows = within(dyad(x, y, directed), since, until);
            int i = 0;
            while (i < rows.length) {
                int d = day[rows[i]];
                long[] count = new long[5];
                double[] sum = new double[5];
                for (; i < rows.length && day[rows[i]] == d; i++) {
                    int r = rows[i];
                    int q = quad[r] >= 1 && quad[r] <= 4 ? quad[r] : 0;
                    count[q]++;
                    if (!goldsteinNull[r]) {
                        sum[q] += goldstein[r];
                    }
                }
                for (int q = 0; q < 5; q++) {
                    if (count[q] > 0) {
                        sink.add(d, q, count[q], sum[q]);
                    }
                }
            }
        });
    }

    // ---- matching ----

    /** The rows matching {@code c}, ascending. */
    private int[] matches(EventCriteria c) {
        int[] postings = null;
        if (c.actor() != null) {
            postings = and(postings, posting(byActor, c.actor()));
        }
        if (c.source() != null) {
            postings = and(postings, posting(bySource, c.source()));
        }
        if (c.target() != null) {
            postings = and(postings, posting(byTarget, c.target()));
        }
        if (c.dyad() != null) {
            postings = and(postings, dyad(c.dyad().get(0), c.dyad().get(1), false));
        }
        if (c.code() != null) {
            postings = and(postings, posting(byCode, c.code()));
        }
        int lo = c.since() == null ? 0 : firstDayAtLeast(EventCriteria.day(c.since()));
        int hi = c.until() == null ? n : firstDayAtLeast(EventCriteria.day(c.until()) + 1);
        Filter f = new Filter(c);
        if (f.none) {
            return new int[0];
        }
        if (postings != null && f.all && lo == 0 && hi == n) {
            return postings; // shared: the callers only read it
        }
        IntList out = new IntList();
        if (postings == null) {
            for (int r = lo; r < hi; r++) {
                if (f.test(r)) {
                    out.add(r);
                }
            }
        } else {
            int from = lowerBound(postings, lo);
            int to = lowerBound(postings, hi);
            for (int i = from; i < to; i++) {
                if (f.test(postings[i])) {
                    out.add(postings[i]);
                }
            }
        }
        return out.toArray();
    }

    /** The events between actor code prefixes {@code a} and {@code b}, from {@code a} to {@code b} only if directed. */
    private int[] dyad(String a, String b, boolean directed) {
        int[] ab = posting(byDyad, a + '>' + b);
        return directed || a.equals(b) ? ab : or(ab, posting(byDyad, b + '>' + a));
    }

    private int[] within(int[] rows, LocalDate since, LocalDate until) {
        int lo = since == null ? 0 : firstDayAtLeast(EventCriteria.day(since));
        int hi = until == null ? n : firstDayAtLeast(EventCriteria.day(until) + 1);
        return Arrays.copyOfRange(rows, lowerBound(rows, lo), lowerBound(rows, hi));
    }

    private int firstDayAtLeast(int d) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (day[mid] < d) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int lowerBound(int[] a, int v) {
        int i = Arrays.binarySearch(a, v);
        return i >= 0 ? i : -i - 1;
    }

    private static int[] posting(Map<String, int[]> postings, String prefix) {
        return postings.getOrDefault(prefix, new int[0]);
    }

    /** Both sorted sets' common rows; {@code a} null for all rows. */
    private static int[] and(int[] a, int[] b) {
        if (a == null) {
            return b;
        }
        if (a.length > b.length) {
            return and(b, a);
        }
        int[] out = new int[a.length];
        int k = 0;
        if (a.length * 16 < b.length) {
            // Few in many: look each one up, galloping from the last place found.
            int from = 0;
            for (int v : a) {
                int step = 1;
                int hi = from;
                while (hi < b.length && b[hi] < v) {
                    from = hi + 1;
                    hi += step;
                    step <<= 1;
                }
                int i = Arrays.binarySearch(b, from, Math.min(hi + 1, b.length), v);
                if (i >= 0) {
                    out[k++] = v;
                    from = i + 1;
                } else {
                    from = -i - 1;
                }
            }
            return Arrays.copyOf(out, k);
        }
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                out[k++] = a[i];
                i++;
                j++;
            }
        }
        return Arrays.copyOf(out, k);
    }

    /** Either sorted set's rows, once. */
    private static int[] or(int[] a, int[] b) {
        int[] out = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < a.length || j < b.length) {
            if (j == b.length || (i < a.length && a[i] < b[j])) {
                out[k++] = a[i++];
            } else if (i == a.length || b[j] < a[i]) {
                out[k++] = b[j++];
            } else {
                out[k++] = a[i++];
                j++;
            }
        }
        return Arrays.copyOf(out, k);
    }

    /** The criteria other than actors, codes and days, as a test of one row. */
    private final class Filter {
        private final int quadClass;
        private final int ploverId;
        private final boolean[] placeOk;
        /** Whether nothing can match. */
        private final boolean none;
        /** Whether every row matches. */
        private final boolean all;

        Filter(EventCriteria c) {
            quadClass = c.quadClass() == null ? 0 : c.quadClass();
            ploverId = c.plover() == null ? -1 : Arrays.asList(plovers).indexOf(c.plover().name());
            placeOk = c.country() == null ? null : dictionaryTest(places, p -> c.country().equals(
                    c.country().length() == 3 ? p[1] : p[2]));
            none = c.plover() != null && ploverId < 0;
            all = quadClass == 0 && c.plover() == null && placeOk == null;
        }

        boolean test(int r) {
            return (quadClass == 0 || quad[r] == quadClass)
                    && (ploverId < 0 || plover[r] == ploverId)
                    && (placeOk == null || placeOk[place[r]]);
        }
    }

    private static <T> boolean[] dictionaryTest(T[] values, java.util.function.Predicate<T> test) {
        boolean[] ok = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            ok[i] = values[i] != null && test.test(values[i]);
        }
        return ok;
    }

    // ---- sorting and paging ----

    /** The rows of the requested page of {@code matches} (ascending rows) in the order {@code o}. */
    private int[] page(int[] matches, Ordering o, boolean descending, int limit, long offset) {
        int m = matches.length;
        if (offset >= m) {
            return new int[0];
        }
        int from = (int) offset;
        int to = (int) Math.min(offset + limit, m);
        int[] out = new int[to - from];
        if (o.rows() == null) {
            for (int i = from; i < to; i++) {
                out[i - from] = matches[descending ? m - 1 - i : i];
            }
            return out;
        }
        double sortCost = m * (Math.log(m) / Math.log(2) + 1);
        double walkCost = (double) to * n / m;
        if (walkCost < sortCost) {
            // Walk the whole order, keeping the matches: cheap when they are many.
            long[] bits = new long[(n + 63) >>> 6];
            for (int r : matches) {
                bits[r >>> 6] |= 1L << r;
            }
            int seen = 0;
            for (int p = 0; p < n && seen < to; p++) {
                int r = o.rows()[descending ? flip(o, p) : p];
                if ((bits[r >>> 6] & (1L << r)) != 0) {
                    if (seen >= from) {
                        out[seen - from] = r;
                    }
                    seen++;
                }
            }
            return out;
        }
        int[] positions = new int[m];
        for (int i = 0; i < m; i++) {
            int p = o.rank()[matches[i]];
            positions[i] = descending ? flip(o, p) : p;
        }
        Arrays.sort(positions);
        for (int i = from; i < to; i++) {
            int p = positions[i];
            out[i - from] = o.rows()[descending ? flip(o, p) : p];
        }
        return out;
    }

    /**
     * The ascending position of descending position {@code p}, and the other way round: non-null keys
     * reversed, then null keys reversed (as {@code DESC NULLS LAST, GlobalEventID DESC}).
     */
    private int flip(Ordering o, int p) {
        return p < o.nonNull() ? o.nonNull() - 1 - p : o.nonNull() + n - 1 - p;
    }

    private EventRow row(int r) {
        String[] p = places[place[r]];
        Place where = p[0] == null ? null : new Place(p[0], p[1], p[2], latNull[r] ? null : lat[r],
                lonNull[r] ? null : lon[r]);
        return new EventRow(id[r], EventCriteria.date(day[r]), sourceActors[source[r]], targetActors[target[r]],
                cameos[cameo[r]], roots[root[r]], quad[r], goldstein[r], plovers[plover[r]], symmetric[r], mentions[r],
                sources[r], articleCount[r], where, articles[article[r]][0], sentence[r], rules[rule[r]],
                articles[article[r]][1]);
    }


    // ---- building ----

    /**
     * Posting lists (ascending rows) of the prefixes of the values of a dictionary-encoded column:
     * those {@code min}, {@code min + step}, … long ({@code RUS} and {@code RUSGOV} of {@code RUSGOV}
     * with 3 and 3; {@code 02}, {@code 021} and {@code 0211} of {@code 0211} with 2 and 1).
     */
    private static Map<String, int[]> postings(int[] column, String[] values, int min, int step) {
        Map<String, IntList> lists = new HashMap<>();
        IntList[][] ofValue = new IntList[values.length][];
        for (int r = 0; r < column.length; r++) {
            int v = column[r];
            if (v < 0 || values[v] == null) {
                continue;
            }
            if (ofValue[v] == null) {
                ofValue[v] = prefixes(values[v], min, step).stream()
                        .map(prefix -> lists.computeIfAbsent(prefix, x -> new IntList())).toArray(IntList[]::new);
            }
            for (IntList l : ofValue[v]) {
                l.add(r);
            }
        }
        Map<String, int[]> out = new HashMap<>(lists.size() * 2);
        lists.forEach((k, v) -> out.put(k, v.toArray()));
        return out;
    }

    /** Posting lists (ascending rows) of the directed pairs of actor code prefixes the rows hold. */
    private static Map<String, int[]> dyadPostings(int[] source, String[] sourceCodes, int[] target,
                                                   String[] targetCodes) {
        Map<String, IntList> lists = new HashMap<>();
        Map<Long, IntList[]> ofPair = new HashMap<>();
        for (int r = 0; r < source.length; r++) {
            int s = source[r];
            int t = target[r];
            if (s < 0 || t < 0 || sourceCodes[s] == null || targetCodes[t] == null) {
                continue;
            }
            IntList[] of = ofPair.computeIfAbsent(((long) s << 32) | t, k -> {
                List<IntList> pairs = new ArrayList<>();
                for (String sp : prefixes(sourceCodes[s], 3, 3)) {
                    for (String tp : prefixes(targetCodes[t], 3, 3)) {
                        pairs.add(lists.computeIfAbsent(sp + '>' + tp, x -> new IntList()));
                    }
                }
                return pairs.toArray(IntList[]::new);
            });
            for (IntList l : of) {
                l.add(r);
            }
        }
        Map<String, int[]> out = new HashMap<>(lists.size() * 2);
        lists.forEach((k, v) -> out.put(k, v.toArray()));
        return out;
    }

    /** The prefixes {@code min}, {@code min + step}, … long of {@code value}. */
    private static List<String> prefixes(String value, int min, int step) {
        List<String> out = new ArrayList<>();
        for (int length = min; length <= value.length(); length += step) {
            out.add(value.substring(0, length));
        }
        return out;
    }

    /** Each row's rank among the ids, ascending. */
    private static int[] idRanks(long[] id) {
        long[] sorted = id.clone();
        Arrays.sort(sorted);
        int[] rank = new int[id.length];
        for (int r = 0; r < id.length; r++) {
            rank[r] = Arrays.binarySearch(sorted, id[r]);
        }
        return rank;
    }

    /** Each row's key rank among the distinct keys, -1 for null; equal keys (0.0 and -0.0 too) share a rank. */
    private static int[] keyRanks(double[] key, boolean[] isNull) {
        double[] distinct = Arrays.stream(key).map(v -> v + 0.0).sorted().distinct().toArray();
        int[] rank = new int[key.length];
        for (int r = 0; r < key.length; r++) {
            rank[r] = isNull[r] ? -1 : Arrays.binarySearch(distinct, key[r] + 0.0);
        }
        return rank;
    }

    private static int[] keyRanks(int[] key, boolean[] isNull) {
        double[] asDouble = new double[key.length];
        for (int r = 0; r < key.length; r++) {
            asDouble[r] = key[r];
        }
        return keyRanks(asDouble, isNull);
    }

    /** Each row's code rank among the distinct codes in byte order (as DuckDB compares text), -1 for null. */
    private static int[] codeRanks(int[] code, String[] codes) {
        Integer[] order = new Integer[codes.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> codes[x] == null || codes[y] == null ? Boolean.compare(codes[x] == null,
                codes[y] == null) : Arrays.compareUnsigned(codes[x].getBytes(StandardCharsets.UTF_8),
                codes[y].getBytes(StandardCharsets.UTF_8)));
        int[] rankOfCode = new int[codes.length];
        for (int i = 0; i < order.length; i++) {
            rankOfCode[order[i]] = i;
        }
        int[] rank = new int[code.length];
        for (int r = 0; r < code.length; r++) {
            rank[r] = codes[code[r]] == null ? -1 : rankOfCode[code[r]];
        }
        return rank;
    }

    /** The order by key rank then id, null keys (-1) last by id. */
    private static Ordering ordering(int[] keyRank, int[] idRank, int[] rowOfIdRank) {
        int n = keyRank.length;
        long[] keyed = new long[n];
        int nonNull = 0;
        for (int r = 0; r < n; r++) {
            if (keyRank[r] >= 0) {
                keyed[nonNull++] = (long) keyRank[r] << 32 | idRank[r];
            }
        }
        int nulls = nonNull;
        for (int r = 0; r < n; r++) {
            if (keyRank[r] < 0) {
                keyed[nulls++] = idRank[r];
            }
        }
        Arrays.sort(keyed, 0, nonNull);
        Arrays.sort(keyed, nonNull, n);
        int[] rows = new int[n];
        int[] rank = new int[n];
        for (int p = 0; p < n; p++) {
            rows[p] = rowOfIdRank[(int) keyed[p]];
            rank[rows[p]] = p;
        }
        return new Ordering(rows, rank, nonNull);
    }

    /** The numeric columns and text ids while they are read. */
    private static final class Columns {
        int n;
        long[] id = new long[1024];
        int[] day = new int[1024];
        int[] quad = new int[1024];
        double[] goldstein = new double[1024];
        boolean[] goldsteinNull = new boolean[1024];
        boolean[] symmetric = new boolean[1024];
        int[] mentions = new int[1024];
        boolean[] mentionsNull = new boolean[1024];
        int[] sources = new int[1024];
        int[] articleCount = new int[1024];
        double[] lat = new double[1024];
        boolean[] latNull = new boolean[1024];
        double[] lon = new double[1024];
        boolean[] lonNull = new boolean[1024];
        int[] sentence = new int[1024];
        int[][] text = new int[Text.values().length][1024];

        /**
         * Adds the row at the cursor of a result of {@link #NUMBERS} and the {@link Text} keys, read as
         * {@link EventRow#read} does, each key turned into its value's number by {@code ids}.
         */
        void add(ResultSet rs, LongIntMap[] ids) throws SQLException {
            if (n == id.length) {
                resize(2 * n);
            }
            int r = n++;
            id[r] = rs.getLong(1);
            day[r] = rs.getInt(2);
            if (rs.wasNull()) {
                throw new IllegalStateException("event " + id[r] + " has no day");
            }
            quad[r] = rs.getInt(3);
            goldstein[r] = rs.getDouble(4);
            goldsteinNull[r] = rs.wasNull();
            symmetric[r] = rs.getBoolean(5);
            mentions[r] = rs.getInt(6);
            mentionsNull[r] = rs.wasNull();
            sources[r] = rs.getInt(7);
            articleCount[r] = rs.getInt(8);
            lat[r] = rs.getDouble(9);
            latNull[r] = rs.wasNull();
            lon[r] = rs.getDouble(10);
            lonNull[r] = rs.wasNull();
            sentence[r] = rs.getInt(11);
            for (int t = 0; t < text.length; t++) {
                int v = ids[t].get(rs.getLong(12 + t));
                if (v < 0) {
                    throw new IllegalStateException("an event's " + Text.values()[t].columns + " is not among their values");
                }
                text[t][r] = v;
            }
        }

        void trim() {
            resize(n);
        }

        private void resize(int size) {
            id = Arrays.copyOf(id, size);
            day = Arrays.copyOf(day, size);
            quad = Arrays.copyOf(quad, size);
            goldstein = Arrays.copyOf(goldstein, size);
            goldsteinNull = Arrays.copyOf(goldsteinNull, size);
            symmetric = Arrays.copyOf(symmetric, size);
            mentions = Arrays.copyOf(mentions, size);
            mentionsNull = Arrays.copyOf(mentionsNull, size);
            sources = Arrays.copyOf(sources, size);
            articleCount = Arrays.copyOf(articleCount, size);
            lat = Arrays.copyOf(lat, size);
            latNull = Arrays.copyOf(latNull, size);
            lon = Arrays.copyOf(lon, size);
            lonNull = Arrays.copyOf(lonNull, size);
            sentence = Arrays.copyOf(sentence, size);
            for (int t = 0; t < text.length; t++) {
                text[t] = Arrays.copyOf(text[t], size);
            }
        }
    }

    /** A map of long keys to non-negative ints, by open addressing. */
    private static final class LongIntMap {
        private long[] keys = new long[16];
        private int[] values = new int[16];
        private boolean[] used = new boolean[16];
        private int size;

        /** Puts {@code key}, unless it is there already: then false. */
        boolean put(long key, int value) {
            if (2 * (size + 1) > keys.length) {
                grow();
            }
            int i = slot(key);
            if (used[i]) {
                return false;
            }
            used[i] = true;
            keys[i] = key;
            values[i] = value;
            size++;
            return true;
        }

        /** The value of {@code key}, or -1. */
        int get(long key) {
            int i = slot(key);
            return used[i] ? values[i] : -1;
        }

        private int slot(long key) {
            int mask = keys.length - 1;
            int i = (int) (key ^ (key >>> 29) ^ (key >>> 47)) & mask;
            while (used[i] && keys[i] != key) {
                i = (i + 1) & mask;
            }
            return i;
        }

        private void grow() {
            long[] k = keys;
            int[] v = values;
            boolean[] u = used;
            keys = new long[2 * k.length];
            values = new int[2 * k.length];
            used = new boolean[2 * k.length];
            size = 0;
            for (int i = 0; i < k.length; i++) {
                if (u[i]) {
                    put(k[i], v[i]);
                }
            }
        }
    }

    /** A growable list of ints. */
    private static final class IntList {
        private int[] a = new int[8];
        private int size;

        void add(int v) {
            if (size == a.length) {
                a = Arrays.copyOf(a, 2 * size);
            }
            a[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(a, size);
        }
    }
}
