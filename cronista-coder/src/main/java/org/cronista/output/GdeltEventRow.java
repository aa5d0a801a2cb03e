package org.cronista.output;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cronista.api.actors.ActorCode;
import org.cronista.api.actors.ActorKind;
import org.cronista.api.actors.ActorMention;
import org.cronista.api.events.Event;
import org.cronista.api.events.EventType;
import org.cronista.api.geo.Place;

/**
 * One event as the 61 tab-separated columns of GDELT 2.0's event table, in GDELT's order, empty
 * where Cronista does not know a value (ethnic and religious codes, tone). Thread-safe.
 */
public final class GdeltEventRow {
    /** GDELT 2.0 event table column names, in order. */
    public static final List<String> COLUMNS = columns();

    private final GeoLabels geo;

    /** Rows labelled with {@code geo}. */
    public GdeltEventRow(GeoLabels geo) {
        this.geo = geo;
    }

    private static List<String> columns() {
        List<String> c = new ArrayList<>(List.of("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"));
        for (String a : List.of("Actor1", "Actor2")) {
            for (String f : List.of("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                    "Religion2Code", "Type1Code", "Type2Code", "Type3Code")) {
                c.add(a + f);
            }
        }
        c.addAll(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
                "NumMentions", "NumSources", "NumArticles", "AvgTone"));
        for (String a : List.of("Actor1Geo_", "Actor2Geo_", "ActionGeo_")) {
            for (String f : List.of("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
                    "FeatureID")) {
                c.add(a + f);
            }
        }
        c.add("DATEADDED");
        c.add("SOURCEURL");
        return List.copyOf(c);
    }

    /**
     * The values of one row.
     *
     * @param id          GlobalEventID
     * @param e           the event
     * @param day         the event's day
     * @param counts      NumMentions, NumSources, NumArticles
     * @param dateAdded   DATEADDED as YYYYMMDDHHMMSS
     * @param sourceUrl   SOURCEURL
     */
    public List<String> values(long id, Event e, LocalDate day, int[] counts, String dateAdded, String sourceUrl) {
        List<String> v = new ArrayList<>(COLUMNS.size());
        v.add(Long.toString(id));
        v.add(String.format(Locale.ROOT, "%04d%02d%02d", day.getYear(), day.getMonthValue(), day.getDayOfMonth()));
        v.add(String.format(Locale.ROOT, "%04d%02d", day.getYear(), day.getMonthValue()));
        v.add(Integer.toString(day.getYear()));
        v.add(String.format(Locale.ROOT, "%.4f", day.getYear() + (day.getMonthValue() * 30 + day.getDayOfMonth()) / 365.0));
        actor(v, e.source(), e.sourceMention());
        actor(v, e.target(), e.targetMention());
        EventType t = e.type();
        v.add(e.first().sentence() == 0 ? "1" : "0");
        v.add(t.code().value());
        v.add(t.code().base());
        v.add(t.code().root());
        v.add(Integer.toString(t.quadClass().number()));
        v.add(String.format(Locale.ROOT, "%.1f", t.goldstein()));
        v.add(Integer.toString(counts[0]));
        v.add(Integer.toString(counts[1]));
        v.add(Integer.toString(counts[2]));
        v.add("");
        emptyGeo(v);
        emptyGeo(v);
        Place p = e.place() == null ? null : e.place().place();
        if (p == null) {
            emptyGeo(v);
        } else {
            v.add(Integer.toString(geo.type(p)));
            v.add(geo.fullName(p));
            v.add(geo.fips(p));
            v.add(p.admin1() == null ? "" : p.admin1());
            v.add("");
            v.add(String.format(Locale.ROOT, "%.4f", p.latitude()));
            v.add(String.format(Locale.ROOT, "%.4f", p.longitude()));
            v.add(p.id());
        }
        v.add(dateAdded);
        v.add(sourceUrl == null ? "" : sourceUrl);
        return v;
    }

    /** The row as one tab-separated line (tabs and line breaks inside values become spaces). */
    public static String line(List<String> values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append('\t');
            }
            sb.append(values.get(i).replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
        }
        return sb.toString();
    }

    private void actor(List<String> v, ActorCode code, ActorMention m) {
        if (code == null) {
            for (int i = 0; i < 10; i++) {
                v.add("");
            }
            return;
        }
        List<String> segs = code.segments();
        boolean hasCountry = geo.isCountry(segs.get(0));
        boolean group = m != null && (m.kind() == ActorKind.GROUP || m.kind() == ActorKind.ORGANIZATION);
        v.add(code.value());
        v.add(m == null ? "" : m.name().toUpperCase(Locale.ROOT));
        v.add(hasCountry ? segs.get(0) : "");
        v.add(group && segs.size() > 1 ? segs.get(segs.size() - 1) : "");
        v.add("");
        v.add("");
        v.add("");
        List<String> types = new ArrayList<>();
        for (int i = hasCountry ? 1 : 0; i < segs.size() && types.size() < 3; i++) {
            if (!(group && i == segs.size() - 1 && segs.size() > 1)) {
                types.add(segs.get(i));
            }
        }
        for (int i = 0; i < 3; i++) {
            v.add(i < types.size() ? types.get(i) : "");
        }
    }

    private static void emptyGeo(List<String> v) {
        for (int i = 0; i < 8; i++) {
            v.add("");
        }
    }
}
