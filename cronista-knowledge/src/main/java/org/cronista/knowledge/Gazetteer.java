package org.cronista.knowledge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cronista.api.LanguageTag;
import org.cronista.api.geo.Place;

/** The offline gazetteer ({@code world/places.tsv}): places with coordinates and names per language. */
public final class Gazetteer {
    static final String FILE = "world/places.tsv";
    static final String FORMAT = "cronista-places/1";
    /** The languages with a name column. */
    public static final List<LanguageTag> NAME_LANGUAGES = List.of(
            LanguageTag.of("en"), LanguageTag.of("it"), LanguageTag.of("es"),
            LanguageTag.of("fr"), LanguageTag.of("de"), LanguageTag.of("ru"));
    static final List<String> COLUMNS = List.of("id", "geonames", "feature", "country", "admin1", "lat", "lon",
            "population", "en", "it", "es", "fr", "de", "ru");

    private final List<GazetteerEntry> entries;
    private final Map<String, GazetteerEntry> byId;

    /** A gazetteer over the given entries (used by GeoNames import too). */
    public Gazetteer(List<GazetteerEntry> entries) {
        this.entries = List.copyOf(entries);
        Map<String, GazetteerEntry> m = new LinkedHashMap<>();
        for (GazetteerEntry e : entries) {
            m.putIfAbsent(e.place().id(), e);
        }
        this.byId = Map.copyOf(m);
    }

    static Gazetteer load(KnowledgeSource source, List<Problem> problems) {
        List<GazetteerEntry> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Tsv.Row row : Tsv.read(source, FILE, FORMAT, COLUMNS, problems)) {
            String id = row.get("id");
            if (id.isEmpty() || !ids.add(id)) {
                problems.add(row.problem(id.isEmpty() ? "place without id" : "place id " + id + " used twice"));
                continue;
            }
            double lat;
            double lon;
            long pop;
            try {
                lat = Double.parseDouble(row.get("lat"));
                lon = Double.parseDouble(row.get("lon"));
                pop = row.get("population").isEmpty() ? 0 : Long.parseLong(row.get("population"));
            } catch (NumberFormatException e) {
                problems.add(row.problem("lat, lon and population must be numbers"));
                continue;
            }
            if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
                problems.add(row.problem("coordinates out of range"));
                continue;
            }
            Map<LanguageTag, List<String>> names = new LinkedHashMap<>();
            for (LanguageTag l : NAME_LANGUAGES) {
                List<String> n = row.list(l.code());
                if (!n.isEmpty()) {
                    names.put(l, n);
                }
            }
            String english = names.getOrDefault(NAME_LANGUAGES.get(0), List.of(id)).get(0);
            String geonames = row.get("geonames");
            Place p = new Place(geonames.isEmpty() ? id : geonames, english, row.get("feature"),
                    blankToNull(row.get("country")), blankToNull(row.get("admin1")), lat, lon, pop);
            out.add(new GazetteerEntry(p, Map.copyOf(names), row.ref()));
        }
        return new Gazetteer(out);
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    /** Every entry. */
    public List<GazetteerEntry> entries() {
        return entries;
    }

    /** The entry with this place id. */
    public Optional<GazetteerEntry> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** This gazetteer followed by {@code more}. */
    public Gazetteer plus(List<GazetteerEntry> more) {
        List<GazetteerEntry> all = new ArrayList<>(entries);
        all.addAll(more);
        return new Gazetteer(all);
    }
}
