package org.cronista.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cronista.api.LanguageTag;

/**
 * One gold record: a text and the events an annotator found in it. Its one-line form
 * ({@link #toString()}) is a JSON object that {@link #parse(String)} reads back, so that a file of
 * such lines ({@code *.gold.jsonl}) is itself a gold file; see {@link GoldFiles}.
 *
 * @param id          record id, unique in its file
 * @param language    the text's language, or null when the file does not say
 * @param date        publication date, against which dated actor entries are chosen
 * @param title       headline, or null
 * @param text        the text to code
 * @param events      the events expected; empty for a record that expects none
 * @param error       for PETRARCH records that expect an input error, its name; such records are
 *                    reported apart and not scored
 * @param requireDyad whether only events with both a source and a target count (PETRARCH's
 *                    {@code require_dyad}); events without target are then ignored
 */
public record GoldRecord(String id, LanguageTag language, LocalDate date, String title, String text,
                         List<GoldEvent> events, String error, boolean requireDyad) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public GoldRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        events = List.copyOf(events);
    }

    /** Whether the record expects no event at all (and no error). */
    public boolean expectsNone() {
        return error == null && events.stream().noneMatch(e -> !e.negated());
    }

    /** This record in another language. */
    public GoldRecord withLanguage(LanguageTag lang) {
        return new GoldRecord(id, lang, date, title, text, events, error, requireDyad);
    }

    /** The one-line JSON form. */
    @Override
    public String toString() {
        ObjectNode o = JSON.createObjectNode();
        o.put("doc", id);
        if (language != null) {
            o.put("lang", language.code());
        }
        o.put("date", date.toString());
        if (title != null) {
            o.put("title", title);
        }
        o.put("text", text);
        ArrayNode evs = o.putArray("events");
        for (GoldEvent e : events) {
            ObjectNode j = evs.addObject();
            if (e.sentence() >= 0) {
                j.put("sentence", e.sentence());
            }
            j.put("source", e.source());
            j.put("target", e.target());
            j.put("cameo", e.cameo());
            if (!e.plover().isEmpty()) {
                j.put("plover", e.plover());
            }
            flag(j, "negated", e.negated());
            flag(j, "symmetric", e.symmetric());
            flag(j, "restatement", e.restatement());
            flag(j, "implicit", e.implicit());
        }
        if (error != null) {
            o.put("error", error);
        }
        if (requireDyad) {
            o.put("require_dyad", true);
        }
        return o.toString();
    }

    private static void flag(ObjectNode o, String name, boolean value) {
        if (value) {
            o.put(name, true);
        }
    }

    /**
     * Reads the one-line form.
     *
     * @throws IllegalArgumentException with a readable reason when the line is not a gold record
     */
    public static GoldRecord parse(String line) {
        JsonNode o;
        try {
            o = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
        if (o == null || !o.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        List<GoldEvent> events = new ArrayList<>();
        for (JsonNode e : o.path("events")) {
            events.add(CronistaJsonlReader.event(e));
        }
        return CronistaJsonlReader.document(o, events)
                .withError(o.hasNonNull("error") ? o.get("error").asText() : null,
                        o.path("require_dyad").asBoolean(false));
    }

    /** This record expecting an error, or with another dyad rule. */
    GoldRecord withError(String err, boolean dyad) {
        return new GoldRecord(id, language, date, title, text, events, err, dyad);
    }
}
