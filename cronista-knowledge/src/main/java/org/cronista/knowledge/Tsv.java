package org.cronista.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Cronista's TSV knowledge files: a {@code #} header block naming the format, language, source
 * and licence, a line naming the columns, then one record per line. Problems are collected, not
 * thrown, so that a check reports them all.
 */
public final class Tsv {
    private Tsv() {
    }

    /**
     * One record.
     *
     * @param file  the file's name
     * @param line  1-based line number
     * @param cells the cells, padded to the number of columns
     */
    public record Row(String file, int line, List<String> cells, Map<String, Integer> columns) {
        /** The cell of {@code column}, stripped; empty string when blank. */
        public String get(String column) {
            Integer i = columns.get(column);
            if (i == null) {
                throw new IllegalArgumentException("no column " + column);
            }
            return cells.get(i).strip();
        }

        /** The cell as a {@code |}-separated list, empty items dropped. */
        public List<String> list(String column) {
            return split(get(column));
        }

        /** A reference for explanations and error messages: {@code file:line}. */
        public String ref() {
            return file + ":" + line;
        }

        /** A problem at this row. */
        public Problem problem(String message) {
            return new Problem(file, line, message);
        }
    }

    /** Splits a {@code |} list, dropping empty items. */
    public static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        for (String s : cell.split("\\|")) {
            String t = s.strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Reads every copy of a file from {@code source}.
     *
     * @param relative file path under the data root
     * @param format   expected format name, e.g. {@code cronista-actors/1}
     * @param columns  expected column names in order
     * @param problems where problems are added
     * @return rows of all copies in order; empty when the file exists nowhere
     */
    public static List<Row> read(KnowledgeSource source, String relative, String format, List<String> columns,
                                 List<Problem> problems) {
        List<Row> rows = new ArrayList<>();
        for (KnowledgeSource.Opened o : source.open(relative)) {
            try (var in = o.stream()) {
                readOne(o.name(), in, format, columns, problems, rows);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + o.name(), e);
            }
        }
        return rows;
    }

    private static void readOne(String name, java.io.InputStream in, String format, List<String> columns,
                                List<Problem> problems, List<Row> rows) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            index.put(columns.get(i), i);
        }
        Map<String, String> header = new HashMap<>();
        boolean columnsSeen = false;
        int lineNo = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, decoder))) {
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.startsWith("#")) {
                    if (!columnsSeen) {
                        int colon = line.indexOf(':');
                        if (colon > 0) {
                            header.put(line.substring(1, colon).strip().toLowerCase(java.util.Locale.ROOT),
                                    line.substring(colon + 1).strip());
                        }
                    }
                    continue;
                }
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (!columnsSeen) {
                    columnsSeen = true;
                    checkHeader(name, header, format, problems);
                    List<String> got = new ArrayList<>();
                    for (String c : cells) {
                        got.add(c.strip());
                    }
                    while (!got.isEmpty() && got.get(got.size() - 1).isEmpty()) {
                        got.remove(got.size() - 1);
                    }
                    if (!got.equals(columns)) {
                        problems.add(new Problem(name, lineNo,
                                "columns must be " + String.join(" ", columns) + " but are " + String.join(" ", got)));
                        return;
                    }
                    continue;
                }
                int n = cells.length;
                while (n > columns.size() && cells[n - 1].isBlank()) {
                    n--;
                }
                if (n > columns.size()) {
                    problems.add(new Problem(name, lineNo,
                            "has " + n + " cells, the format has " + columns.size() + " columns"));
                    continue;
                }
                List<String> padded = new ArrayList<>(columns.size());
                for (int i = 0; i < columns.size(); i++) {
                    padded.add(i < n ? cells[i] : "");
                }
                rows.add(new Row(name, lineNo, List.copyOf(padded), index));
            }
        } catch (CharacterCodingException e) {
            problems.add(new Problem(name, lineNo + 1, "not valid UTF-8"));
        }
        if (!columnsSeen) {
            problems.add(new Problem(name, 0, "no column line"));
        }
    }

    private static void checkHeader(String name, Map<String, String> header, String format, List<Problem> problems) {
        if (!format.equals(header.get("format"))) {
            problems.add(new Problem(name, 1, "header must say '# format: " + format + "' but says '"
                    + header.getOrDefault("format", "") + "'"));
        }
        for (String key : List.of("source", "licence")) {
            if (header.getOrDefault(key, "").isBlank()) {
                problems.add(new Problem(name, 1, "header lacks '# " + key + ": …'"));
            }
        }
    }
}
