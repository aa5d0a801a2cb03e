package org.cronista.store.query;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.cronista.store.GdeltColumns;
import org.cronista.store.StoreException;

/**
 * Writes the events that match a filter to a file: GDELT's two tables as tab-separated text (so
 * that tools written for GDELT read them unchanged), or the whole events table as CSV, JSON lines
 * or Parquet through DuckDB's {@code COPY}. Stateless.
 */
public final class Exporter {
    private Exporter() {
    }

    /**
     * Exports the events matching {@code filter} from the store behind {@code c}.
     *
     * @return the number of rows written
     * @throws StoreException if the query or the file fails
     */
    public static long export(Connection c, EventFilter filter, ExportFormat format, Path out) {
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return switch (format) {
                case GDELT -> tsv(c, filter.select(String.join(", ", GdeltColumns.EVENTS)), out);
                case GDELT_MENTIONS -> tsv(c, mentionsQuery(filter), out);
                case CSV -> copy(c, filter.select("*"), out, "FORMAT csv, HEADER true");
                case JSONL -> copy(c, filter.select("*"), out, "FORMAT json");
                case PARQUET -> copy(c, filter.select("*"), out, "FORMAT parquet");
            };
        } catch (SQLException e) {
            throw new StoreException("export failed: " + e.getMessage(), e);
        } catch (IOException | UncheckedIOException e) {
            throw new StoreException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    /** GDELT's mentions table for the matching events: one row per sentence that reports one. */
    static String mentionsQuery(EventFilter filter) {
        return """
                SELECT e.GlobalEventID, e.DATEADDED AS EventTimeDate,
                  CAST(strftime(a.ingested_at, '%%Y%%m%%d%%H%%M%%S') AS BIGINT) AS MentionTimeDate,
                  1 AS MentionType, a.outlet AS MentionSourceName, coalesce(a.url, a.doc) AS MentionIdentifier,
                  m.sentence + 1 AS SentenceID, m.source_start AS Actor1CharOffset,
                  coalesce(m.target_start, -1) AS Actor2CharOffset, m.trigger_start AS ActionCharOffset,
                  1 AS InRawText, CAST(NULL AS INTEGER) AS Confidence,
                  CASE WHEN a.title IS NULL OR trim(a.title) = '' THEN length(a.text)
                       ELSE length(trim(a.title)) + 2 + length(a.text) END AS MentionDocLen,
                  CAST(NULL AS DOUBLE) AS MentionDocTone, CAST(NULL AS VARCHAR) AS MentionDocTranslationInfo,
                  CAST(NULL AS VARCHAR) AS Extras
                FROM (%s) e
                JOIN mentions m ON m.event_id = e.GlobalEventID
                JOIN articles a ON a.id = m.article_id
                ORDER BY e.Day, e.GlobalEventID, a.published, a.id, m.sentence, m.trigger_start
                """.formatted(filter.select("GlobalEventID, Day, DATEADDED"));
    }

    private static long copy(Connection c, String query, Path out, String options) throws SQLException {
        String file = out.toAbsolutePath().toString().replace("'", "''");
        try (Statement s = c.createStatement()) {
            s.execute("COPY (" + query + ") TO '" + file + "' (" + options + ")");
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM (" + query + ")")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long tsv(Connection c, String query, Path out) throws SQLException, IOException {
        long rows = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query);
             Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            int n = rs.getMetaData().getColumnCount();
            StringBuilder line = new StringBuilder(512);
            while (rs.next()) {
                line.setLength(0);
                for (int i = 1; i <= n; i++) {
                    if (i > 1) {
                        line.append('\t');
                    }
                    line.append(field(rs.getObject(i)));
                }
                w.write(line.append('\n').toString());
                rows++;
            }
        }
        return rows;
    }

    /** A value as GDELT writes it: empty for null, decimals in plain notation, no tabs or line breaks. */
    static String field(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return BigDecimal.valueOf(d).toPlainString();
        }
        String s = v.toString();
        return s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0 ? s
                : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
