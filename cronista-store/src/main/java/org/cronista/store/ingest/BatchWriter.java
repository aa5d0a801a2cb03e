package org.cronista.store.ingest;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.cronista.api.events.CodedEvent;
import org.cronista.store.EventStore;
import org.cronista.store.GdeltColumns;
import org.cronista.store.StoreException;
import org.cronista.store.StoreSchema;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes batches of coded articles, each batch in one transaction: the articles, all their
 * mentions, and their events merged into the stored ones ({@link org.cronista.store.EventKey}).
 * An event new to the store gets the batch's counts; an event stored already gets its counts
 * recomputed from the stored mentions, and the values of the batch's report if that is the earlier
 * one. A batch holds whole articles only, so a process killed at any moment leaves each article
 * either fully stored or absent, and counts that agree with the mentions.
 *
 * <p>The articles must not be stored yet ({@link Ingester} sees to it); one that is fails its
 * batch on the primary key, and nothing of the batch is written. Not thread-safe: one writer
 * thread owns it.
 */
public final class BatchWriter implements AutoCloseable {
    private static final String STAGE = "temp.main.stage_events";
    private static final Set<String> KEPT_ON_UPDATE =
            Set.of("GlobalEventID", "DATEADDED", "NumMentions", "NumSources", "NumArticles");
    private static final int NUM_MENTIONS = GdeltColumns.EVENTS.indexOf("NumMentions");
    private static final int NUM_SOURCES = GdeltColumns.EVENTS.indexOf("NumSources");
    private static final int NUM_ARTICLES = GdeltColumns.EVENTS.indexOf("NumArticles");

    private final DuckDBConnection c;
    private final List<String> columns = StoreSchema.eventColumns();
    private final String[] types;
    private final String replaceEarlier;
    private final String recount;
    private final String insertNew;

    /**
     * What one batch changed.
     *
     * @param stored    articles written
     * @param newEvents events that did not exist before
     * @param mentions  mentions written
     */
    public record Result(int stored, long newEvents, int mentions) {
    }

    private BatchWriter(DuckDBConnection c) throws SQLException {
        this.c = c;
        types = columns.stream().map(StoreSchema::eventType).toArray(String[]::new);
        StringJoiner cols = new StringJoiner(", ");
        StringJoiner set = new StringJoiner(", ");
        for (String col : columns) {
            cols.add(col + " " + StoreSchema.eventType(col));
            if (!KEPT_ON_UPDATE.contains(col)) {
                set.add(col + " = s." + col);
            }
        }
        try (Statement s = c.createStatement()) {
            // The coding threads keep the cores busy; DuckDB's own workers would only wait for them.
            s.execute("SET threads = 1");
            s.execute("CREATE TEMP TABLE IF NOT EXISTS stage_events (" + cols + ")");
        }
        // A stored event keeps the values of its first report (earliest published, then smallest article id).
        replaceEarlier = "UPDATE events SET " + set + " FROM " + STAGE + " s WHERE events.GlobalEventID = s.GlobalEventID"
                + " AND s.FirstReport < events.FirstReport";
        recount = """
                UPDATE events SET NumMentions = c.m, NumArticles = c.a, NumSources = c.s
                FROM (SELECT event_id, count(*) AS m, count(DISTINCT article_id) AS a,
                             count(DISTINCT coalesce(outlet, '')) AS s
                      FROM mentions WHERE event_id IN (SELECT GlobalEventID FROM %s) GROUP BY event_id) c
                WHERE events.GlobalEventID = c.event_id""".formatted(STAGE);
        insertNew = "INSERT INTO events SELECT * FROM " + STAGE
                + " WHERE GlobalEventID NOT IN (SELECT GlobalEventID FROM events)";
    }

    /** A writer on its own connection to {@code store}. */
    public static BatchWriter open(EventStore store) {
        DuckDBConnection c = (DuckDBConnection) store.newConnection();
        try {
            return new BatchWriter(c);
        } catch (SQLException e) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // The first error is the one reported.
            }
            throw new StoreException("cannot prepare writing to " + store.file() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes one batch in one transaction; on failure nothing of it is stored.
     *
     * @throws StoreException if the database refuses the batch
     */
    public Result write(List<ArticleRows> batch) {
        // Explicit statements, not JDBC's auto-commit switch: DuckDB's appender joins a transaction
        // only once one has begun on its connection, and would otherwise commit on its own.
        try (Statement s = c.createStatement()) {
            s.execute("BEGIN TRANSACTION");
            Result r = writeBatch(batch);
            s.execute("COMMIT");
            return r;
        } catch (SQLException | RuntimeException e) {
            try (Statement s = c.createStatement()) {
                s.execute("ROLLBACK");
            } catch (SQLException ignored) {
                // The batch failed already; that error is the one reported.
            }
            throw new StoreException("could not store a batch of " + batch.size() + " articles: " + e.getMessage(), e);
        }
    }

    /** One event's reports in a batch: the earliest report's values, and the counts of all. */
    private static final class Merged {
        ArticleRows.EventRow first;
        int mentions;
        int articles;
        final Set<String> outlets = new HashSet<>();
    }

    private Result writeBatch(List<ArticleRows> batch) throws SQLException {
        int mentions = appendArticles(batch);
        Map<Long, Merged> events = new LinkedHashMap<>();
        for (ArticleRows a : batch) {
            for (ArticleRows.EventRow e : a.events()) {
                Merged m = events.computeIfAbsent(e.id(), k -> new Merged());
                if (m.first == null || e.firstReport().compareTo(m.first.firstReport()) < 0) {
                    m.first = e;
                }
                m.mentions += e.mentions();
                m.articles++;
                m.outlets.add(a.outlet() == null ? "" : a.outlet());
            }
        }
        long newEvents = 0;
        if (!events.isEmpty()) {
            appendStage(events.values());
            try (Statement s = c.createStatement()) {
                s.executeUpdate(replaceEarlier);
                s.executeUpdate(recount);
                newEvents = s.executeUpdate(insertNew);
                s.executeUpdate("DELETE FROM " + STAGE);
            }
        }
        return new Result(batch.size(), newEvents, mentions);
    }

    private int appendArticles(List<ArticleRows> batch) throws SQLException {
        int mentions = 0;
        try (DuckDBAppender art = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "articles")) {
            for (ArticleRows a : batch) {
                var x = a.article();
                art.beginRow().append(a.id()).append(x.id()).append(x.url()).append(x.source()).append(a.outlet())
                        .append(x.published()).append(x.language().code()).append(x.title()).append(x.text())
                        .append(LocalDateTime.ofInstant(a.ingestedAt(), ZoneOffset.UTC)).endRow();
            }
        }
        try (DuckDBAppender men = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "mentions")) {
            for (ArticleRows a : batch) {
                for (ArticleRows.MentionRow row : a.mentions()) {
                    CodedEvent m = row.mention();
                    var target = m.target();
                    men.beginRow().append(a.id()).append(m.sentence())
                            .append(m.trigger().start()).append(m.trigger().end()).append(row.trigger())
                            .append(m.source().code().value()).append(m.source().span().start())
                            .append(m.source().span().end())
                            .append(target == null ? null : target.code().value())
                            .append(target == null ? null : (Integer) target.span().start())
                            .append(target == null ? null : (Integer) target.span().end())
                            .append(m.type().code().value()).append(m.rule()).append(m.status().name())
                            .append(m.place() == null ? null : m.place().place().id())
                            .append((LocalDate) m.date()).append(row.eventId()).append(a.outlet()).endRow();
                    mentions++;
                }
            }
        }
        return mentions;
    }

    private void appendStage(Iterable<Merged> events) throws SQLException {
        try (DuckDBAppender st = c.createAppender("temp", DuckDBConnection.DEFAULT_SCHEMA, "stage_events")) {
            for (Merged m : events) {
                Object[] v = m.first.values().clone();
                v[NUM_MENTIONS] = m.mentions;
                v[NUM_SOURCES] = m.outlets.size();
                v[NUM_ARTICLES] = m.articles;
                st.beginRow();
                for (int i = 0; i < v.length; i++) {
                    switch (types[i]) {
                        case "BIGINT" -> st.append((Long) v[i]);
                        case "INTEGER" -> st.append((Integer) v[i]);
                        case "DOUBLE" -> st.append((Double) v[i]);
                        case "BOOLEAN" -> st.append((Boolean) v[i]);
                        default -> st.append((String) v[i]);
                    }
                }
                st.endRow();
            }
        }
    }

    @Override
    public void close() {
        try {
            c.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the writer's connection: " + e.getMessage(), e);
        }
    }
}
