package org.cronista.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.cronista.api.LanguageTag;

/**
 * Reads PLOVER's gold-standard records ({@code gold_standard_records/PLOVER_GSR_CAMEO.txt}): one JSON
 * array whose objects have {@code id, date, text, language, event, source[], target[]}, each actor
 * with {@code code} and {@code sector}. The records are coded in PLOVER 0.5 categories and carry no
 * CAMEO code, so each event gets the CAMEO roots its category stands for ({@link EventCodes#roots})
 * and its PLOVER 0.8 type; full CAMEO codes cannot be compared on this file. An actor's code is its
 * {@code code} followed by the three-letter upper-case segments of its {@code sector}: lower-case
 * ethnic and religious tags ({@code CVLalb}) and {@code ***} are dropped, as Cronista does not code
 * them. Compound actors give one event per source and target; sources marked {@code SRC/TAR} in the
 * markup with no target are a mutual event between them (a symmetric event per pair).
 */
final class PloverJsonReader {
    private PloverJsonReader() {
    }

    static GoldFile read(String name, String content, ObjectMapper json) throws IOException {
        JsonNode root = json.readTree(content);
        List<GoldRecord> records = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (JsonNode r : root) {
            String category = r.path("event").asText("");
            String id = r.path("id").asText("record-" + (records.size() + 1));
            if (category.equals("DOCUMENT")) {
                continue;
            }
            if (!EventCodes.knownCategory(category)) {
                notes.add(id + ": unknown PLOVER category '" + category + "'; skipped");
                continue;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(r.path("date").asText(""));
            } catch (DateTimeParseException e) {
                notes.add(id + ": no valid date; skipped");
                continue;
            }
            String text = r.path("text").asText("");
            if (text.isBlank()) {
                notes.add(id + ": no text; skipped");
                continue;
            }
            List<String> sources = actors(r.path("source"));
            List<String> targets = actors(r.path("target"));
            String roots = EventCodes.roots(category);
            String plover = EventCodes.plover(category);
            boolean mutual = targets.isEmpty() && sources.size() > 1
                    && r.path("textInfo").path("markup").asText("").contains("SRC/TAR");
            List<GoldEvent> events = new ArrayList<>();
            if (mutual) {
                for (int a = 0; a < sources.size(); a++) {
                    for (int b = a + 1; b < sources.size(); b++) {
                        events.add(new GoldEvent(-1, sources.get(a), sources.get(b), roots, plover,
                                false, true, false, false));
                    }
                }
            } else {
                for (String s : sources.isEmpty() ? List.of("") : sources) {
                    for (String t : targets.isEmpty() ? List.of("") : targets) {
                        events.add(new GoldEvent(-1, s, t, roots, plover, false, false, false, false));
                    }
                }
            }
            String lang = r.path("language").asText("");
            records.add(new GoldRecord(id, lang.length() == 2 ? LanguageTag.of(lang) : null, date, null, text,
                    events, null, false));
        }
        return new GoldFile(name, GoldFormat.PLOVER_JSON, records, notes);
    }

    private static List<String> actors(JsonNode list) {
        List<String> out = new ArrayList<>();
        if (!list.isArray()) {
            return out;
        }
        for (JsonNode a : list) {
            String code = ActorCodes.normalize(a.path("code").asText(""));
            String sector = a.path("sector").asText("");
            StringBuilder sb = new StringBuilder(code);
            for (int i = 0; i + 3 <= sector.length(); i += 3) {
                String seg = sector.substring(i, i + 3);
                if (seg.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
                    sb.append(seg);
                }
            }
            out.add(sb.toString());
        }
        return out;
    }
}
