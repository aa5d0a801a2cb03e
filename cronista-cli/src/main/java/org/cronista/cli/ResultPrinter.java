package org.cronista.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Prints query results as an aligned table, JSON lines or CSV. Not thread-safe: one per output. */
final class ResultPrinter {
    /** How rows are printed. */
    enum Format {
        /** Aligned columns for people (widths from the first rows). */ TABLE,
        /** One JSON object per row. */ JSONL,
        /** Comma-separated with a header (RFC 4180 quoting). */ CSV
    }

    private static final int MEASURED_ROWS = 1000;
    private static final int MAX_WIDTH = 48;
    private final ObjectMapper mapper = new ObjectMapper();
    private final Format format;
    private final PrintWriter out;

    ResultPrinter(Format format, PrintWriter out) {
        this.format = format;
        this.out = out;
    }

    /** Prints every row of {@code rs}; returns how many. */
    long print(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        List<String> names = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            names.add(md.getColumnLabel(i));
        }
        long rows = switch (format) {
            case TABLE -> table(rs, names);
            case JSONL -> jsonl(rs, names);
            case CSV -> csv(rs, names);
        };
        out.flush();
        return rows;
    }

    private long table(ResultSet rs, List<String> names) throws SQLException {
        int n = names.size();
        int[] width = new int[n];
        for (int i = 0; i < n; i++) {
            width[i] = Math.min(MAX_WIDTH, names.get(i).length());
        }
        List<String[]> first = new ArrayList<>();
        boolean more = true;
        while (first.size() < MEASURED_ROWS && (more = rs.next())) {
            String[] row = cells(rs, n);
            for (int i = 0; i < n; i++) {
                width[i] = Math.min(MAX_WIDTH, Math.max(width[i], row[i].length()));
            }
            first.add(row);
        }
        line(names.toArray(String[]::new), width);
        long count = 0;
        for (String[] row : first) {
            line(row, width);
            count++;
        }
        while (more && rs.next()) {
            line(cells(rs, n), width);
            count++;
        }
        out.println("(" + count + (count == 1 ? " row)" : " rows)"));
        return count;
    }

    private void line(String[] cells, int[] width) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String c = cells[i].length() > width[i] ? cells[i].substring(0, width[i] - 1) + "…" : cells[i];
            sb.append(c);
            if (i < cells.length - 1) {
                sb.append(" ".repeat(width[i] - c.length() + 2));
            }
        }
        out.println(sb.toString().stripTrailing());
    }

    private static String[] cells(ResultSet rs, int n) throws SQLException {
        String[] row = new String[n];
        for (int i = 0; i < n; i++) {
            Object v = rs.getObject(i + 1);
            row[i] = v == null ? "" : v.toString().replace('\n', ' ').replace('\t', ' ');
        }
        return row;
    }

    private long jsonl(ResultSet rs, List<String> names) throws SQLException {
        long count = 0;
        while (rs.next()) {
            ObjectNode o = mapper.createObjectNode();
            for (int i = 0; i < names.size(); i++) {
                Object v = rs.getObject(i + 1);
                String k = names.get(i);
                switch (v) {
                    case null -> o.putNull(k);
                    case Integer x -> o.put(k, x);
                    case Long x -> o.put(k, x);
                    case Short x -> o.put(k, x);
                    case Byte x -> o.put(k, x);
                    case Double x -> o.put(k, x);
                    case Float x -> o.put(k, x);
                    case BigDecimal x -> o.put(k, x);
                    case BigInteger x -> o.put(k, x);
                    case Boolean x -> o.put(k, x);
                    default -> o.put(k, v.toString());
                }
            }
            out.println(o.toString());
            count++;
        }
        return count;
    }

    private long csv(ResultSet rs, List<String> names) throws SQLException {
        out.println(String.join(",", names.stream().map(ResultPrinter::quote).toList()));
        long count = 0;
        while (rs.next()) {
            StringBuilder sb = new StringBuilder();
            for (int i = 1; i <= names.size(); i++) {
                if (i > 1) {
                    sb.append(',');
                }
                Object v = rs.getObject(i);
                sb.append(v == null ? "" : quote(v.toString()));
            }
            out.println(sb);
            count++;
        }
        return count;
    }

    private static String quote(String s) {
        boolean needs = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
