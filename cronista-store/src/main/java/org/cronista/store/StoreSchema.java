package org.cronista.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The store's tables, created and migrated by the program. {@code cronista_meta} holds the
 * application name and the schema version; each version's migration runs in one transaction.
 *
 * <ul>
 *   <li>{@code articles}: one row per distinct article ({@link ArticleId}), with the id the input
 *       gave ({@code doc}), URL, source, outlet (what NumSources counts), publication date, language,
 *       headline, body and time of ingest (UTC).</li>
 *   <li>{@code mentions}: every event mention found, negated and hypothetical ones included: the
 *       sentence, character offsets of the trigger and actors in the article's full text (headline,
 *       blank line, body), the rule, the status, the event it reports ({@code event_id}, null
 *       for mentions that report no real event) and the article's outlet (so that counting an
 *       event's sources reads this table alone).</li>
 *   <li>{@code events}: one row per {@link EventKey}: GDELT 2.0's 61 event columns in order, then
 *       Cronista's: PLOVER type, symmetry, the place's country code, the key, and the article,
 *       sentence and rule of the first report.</li>
 * </ul>
 */
public final class StoreSchema {
    /** The version this program writes. */
    public static final int VERSION = 1;
    static final String APPLICATION = "cronista";

    /** Cronista's event columns after GDELT's, with their types. */
    static final Map<String, String> EVENT_EXTRAS = orderedMap(
            "Plover", "VARCHAR", "IsSymmetric", "BOOLEAN", "ActionCountry", "VARCHAR", "EventKey", "VARCHAR",
            "ArticleID", "VARCHAR", "Sentence", "INTEGER", "Rule", "VARCHAR", "FirstReport", "VARCHAR");

    private StoreSchema() {
    }

    /** Every column of the events table, in order. */
    public static List<String> eventColumns() {
        List<String> all = new ArrayList<>(GdeltColumns.EVENTS);
        all.addAll(EVENT_EXTRAS.keySet());
        return all;
    }

    /** The SQL type of an events table column. */
    public static String eventType(String column) {
        return EVENT_EXTRAS.getOrDefault(column, GdeltColumns.type(column));
    }

    /**
     * One events table row: GDELT's 61 values as {@link org.cronista.output.GdeltEventRow} writes
     * them (empty for unknown), typed, then Cronista's columns.
     */
    public static Object[] eventValues(List<String> gdelt, String plover, boolean symmetric, String actionCountry,
                                       String eventKey, String articleId, int sentence, String rule,
                                       String firstReport) {
        List<String> names = GdeltColumns.EVENTS;
        Object[] v = new Object[names.size() + EVENT_EXTRAS.size()];
        for (int i = 0; i < names.size(); i++) {
            v[i] = typed(GdeltColumns.type(names.get(i)), gdelt.get(i));
        }
        int i = names.size();
        v[i++] = plover;
        v[i++] = symmetric;
        v[i++] = actionCountry;
        v[i++] = eventKey;
        v[i++] = articleId;
        v[i++] = sentence;
        v[i++] = rule;
        v[i] = firstReport;
        return v;
    }

    private static Object typed(String type, String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        return switch (type) {
            case "BIGINT" -> Long.parseLong(s);
            case "INTEGER" -> Integer.parseInt(s);
            case "DOUBLE" -> Double.parseDouble(s);
            default -> s;
        };
    }

    /** The statements that bring a database from {@code version - 1} to {@code version}. */
    private static List<String> migration(int version) {
        if (version == 1) {
            StringBuilder events = new StringBuilder("CREATE TABLE events (");
            for (String c : eventColumns()) {
                events.append(c).append(' ').append(eventType(c))
                        .append(c.equals("GlobalEventID") ? " PRIMARY KEY" : "").append(", ");
            }
            events.setLength(events.length() - 2);
            events.append(')');
            return List.of(
                    "CREATE TABLE cronista_meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)",
                    "INSERT INTO cronista_meta VALUES ('application', '" + APPLICATION + "'), ('schema_version', '0')",
                    """
                    CREATE TABLE articles (id VARCHAR PRIMARY KEY, doc VARCHAR NOT NULL, url VARCHAR,
                      source VARCHAR, outlet VARCHAR, published DATE NOT NULL, language VARCHAR NOT NULL,
                      title VARCHAR, text VARCHAR NOT NULL, ingested_at TIMESTAMP NOT NULL)""",
                    """
                    CREATE TABLE mentions (article_id VARCHAR NOT NULL, sentence INTEGER NOT NULL,
                      trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL, trigger VARCHAR NOT NULL,
                      source_code VARCHAR NOT NULL, source_start INTEGER NOT NULL, source_end INTEGER NOT NULL,
                      target_code VARCHAR, target_start INTEGER, target_end INTEGER, cameo VARCHAR NOT NULL,
                      rule VARCHAR NOT NULL, status VARCHAR NOT NULL, place_id VARCHAR, day DATE,
                      event_id BIGINT, outlet VARCHAR)""",
                    events.toString());
        }
        throw new IllegalArgumentException("no migration to schema " + version);
    }

    /**
     * The schema version of an open database: 0 for an empty one, or the version in its metadata.
     *
     * @throws StoreException if the database holds tables but is not Cronista's
     */
    static int version(Connection c, String name) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables "
                     + "WHERE table_catalog = current_database() ORDER BY table_name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        if (tables.isEmpty()) {
            return 0;
        }
        if (!tables.contains("cronista_meta")) {
            throw new StoreException(name + " is not a Cronista database (it holds the tables "
                    + String.join(", ", tables.subList(0, Math.min(5, tables.size())))
                    + (tables.size() > 5 ? ", …" : "") + "); it was left untouched");
        }
        Map<String, String> meta = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT key, value FROM cronista_meta")) {
            while (rs.next()) {
                meta.put(rs.getString(1), rs.getString(2));
            }
        }
        if (!APPLICATION.equals(meta.get("application"))) {
            throw new StoreException(name + " is not a Cronista database; it was left untouched");
        }
        int v;
        try {
            v = Integer.parseInt(meta.getOrDefault("schema_version", ""));
        } catch (NumberFormatException e) {
            throw new StoreException(name + " has no readable schema version; it was left untouched");
        }
        if (v > VERSION) {
            throw new StoreException(name + " was written by a newer Cronista (schema " + v
                    + "; this one knows up to " + VERSION + "); it was left untouched");
        }
        return v;
    }

    /** Creates or upgrades the schema of a writable database, each step in one transaction. */
    static void migrate(Connection c, int from) throws SQLException {
        boolean auto = c.getAutoCommit();
        for (int v = from + 1; v <= VERSION; v++) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : migration(v)) {
                    s.execute(sql);
                }
                s.execute("UPDATE cronista_meta SET value = '" + v + "' WHERE key = 'schema_version'");
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }

    private static Map<String, String> orderedMap(String... kv) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
