package org.cronista.dictionary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import produced: the lines of each Cronista knowledge file, and what could not be carried
 * over, grouped by reason with the source lines it concerns. Not thread-safe while being filled.
 */
public final class ImportResult {
    private final Map<String, List<String>> files = new LinkedHashMap<>();
    private final Map<String, List<String>> losses = new LinkedHashMap<>();
    private final Map<String, Integer> written = new LinkedHashMap<>();

    /** The lines of a file, by path relative to the output folder ({@code en/actors.tsv}). */
    public Map<String, List<String>> files() {
        return files;
    }

    /** Source references ({@code file:line: text}) per reason something was lost. */
    public Map<String, List<String>> losses() {
        return losses;
    }

    /** Records written per output file. */
    public Map<String, Integer> written() {
        return written;
    }

    void header(String relative, List<String> header) {
        files.computeIfAbsent(relative, k -> new ArrayList<>(header));
    }

    void line(String relative, String line) {
        files.get(relative).add(line);
        if (!line.startsWith("#")) {
            written.merge(relative, 1, Integer::sum);
        }
    }

    void comment(String relative, String text) {
        files.get(relative).add("# " + text.replace('\t', ' ').replace('\n', ' '));
    }

    void lost(String reason, String where) {
        List<String> l = losses.computeIfAbsent(reason, k -> new ArrayList<>());
        if (!l.contains(where)) {
            l.add(where);
        }
    }

    /** Writes the files under {@code out}, creating folders; existing files are replaced. */
    public void write(Path out) throws IOException {
        for (var f : files.entrySet()) {
            Path p = out.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, f.getValue(), StandardCharsets.UTF_8);
        }
    }
}
