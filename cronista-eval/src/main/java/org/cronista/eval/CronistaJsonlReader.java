package org.cronista.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cronista.api.LanguageTag;

/**
 * Reads Cronista's own gold: a documents file of JSON lines ({@code doc, lang, date, title, text})
 * and, beside it, an events file with one JSON line per expected event ({@code doc, sentence,
 * source, target, cameo, plover} and the optional booleans {@code negated, symmetric, restatement,
 * implicit}); also files of {@link GoldRecord} lines. Blank lines and lines starting with {@code #}
 * or {@code //} are skipped. Stateless.
 */
final class CronistaJsonlReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CronistaJsonlReader() {
    }

    /** Reads a documents file and its events file. */
    static GoldFile readPair(Path documents, Path events) throws IOException {
        List<String> notes = new ArrayList<>();
        Map<String, JsonNode> docs = new LinkedHashMap<>();
        int n = 0;
        for (String line : Files.readAllLines(documents, StandardCharsets.UTF_8)) {
            n++;
            JsonNode o = object(line, documents, n, notes);
            if (o != null) {
                String id = o.path("doc").asText("");
                if (id.isEmpty() || docs.putIfAbsent(id, o) != null) {
                    notes.add(documents.getFileName() + ":" + n + ": " + (id.isEmpty() ? "no doc id" : "doc " + id + " twice"));
                }
            }
        }
        Map<String, List<GoldEvent>> byDoc = new LinkedHashMap<>();
        n = 0;
        for (String line : Files.readAllLines(events, StandardCharsets.UTF_8)) {
            n++;
            JsonNode o = object(line, events, n, notes);
            if (o == null) {
                continue;
            }
            String id = o.path("doc").asText("");
            if (!docs.containsKey(id)) {
                notes.add(events.getFileName() + ":" + n + ": event of unknown doc '" + id + "'");
                continue;
            }
            byDoc.computeIfAbsent(id, k -> new ArrayList<>()).add(event(o));
        }
        List<GoldRecord> records = new ArrayList<>();
        for (var d : docs.entrySet()) {
            try {
                records.add(document(d.getValue(), byDoc.getOrDefault(d.getKey(), List.of())));
            } catch (IllegalArgumentException e) {
                notes.add(documents.getFileName() + ": doc " + d.getKey() + ": " + e.getMessage());
            }
        }
        return new GoldFile(documents.toString(), GoldFormat.CRONISTA_JSONL, records, notes);
    }

    /** Reads a file of one-line gold records. */
    static GoldFile readRecords(Path file) throws IOException {
        List<String> notes = new ArrayList<>();
        List<GoldRecord> records = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (skip(line)) {
                continue;
            }
            try {
                records.add(GoldRecord.parse(line));
            } catch (IllegalArgumentException e) {
                notes.add(file.getFileName() + ":" + n + ": " + e.getMessage());
            }
        }
        return new GoldFile(file.toString(), GoldFormat.GOLD_RECORDS, records, notes);
    }

    private static boolean skip(String line) {
        String t = line.strip();
        return t.isEmpty() || t.startsWith("#") || t.startsWith("//");
    }

    private static JsonNode object(String line, Path file, int n, List<String> notes) {
        if (skip(line)) {
            return null;
        }
        try {
            JsonNode o = JSON.readTree(line);
            if (o != null && o.isObject()) {
                return o;
            }
        } catch (JsonProcessingException e) {
            notes.add(file.getFileName() + ":" + n + ": not JSON: " + e.getOriginalMessage());
            return null;
        }
        notes.add(file.getFileName() + ":" + n + ": not a JSON object");
        return null;
    }

    /** A record from a document object and its events. */
    static GoldRecord document(JsonNode o, List<GoldEvent> events) {
        String id = o.path("doc").asText("");
        if (id.isEmpty()) {
            throw new IllegalArgumentException("no doc id");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(o.path("date").asText(""));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date must be YYYY-MM-DD");
        }
        String text = o.path("text").asText("");
        if (text.isBlank()) {
            throw new IllegalArgumentException("no text");
        }
        String lang = o.path("lang").asText("");
        String title = o.path("title").asText("");
        return new GoldRecord(id, lang.isEmpty() ? null : LanguageTag.of(lang), date, title.isBlank() ? null : title,
                text, events, null, false);
    }

    /** An event from its JSON object (a line of the events file, or an item of a record's "events"). */
    static GoldEvent event(JsonNode o) {
        String plover = o.path("plover").asText("");
        String cameo = EventCodes.cameo(o.path("cameo").asText(""));
        return new GoldEvent(o.path("sentence").asInt(-1), ActorCodes.normalize(o.path("source").asText("")),
                ActorCodes.normalize(o.path("target").asText("")), cameo,
                EventCodes.knownCategory(plover) ? EventCodes.plover(plover) : plover.toUpperCase(Locale.ROOT),
                o.path("negated").asBoolean(false), o.path("symmetric").asBoolean(false),
                o.path("restatement").asBoolean(false), o.path("implicit").asBoolean(false));
    }
}
