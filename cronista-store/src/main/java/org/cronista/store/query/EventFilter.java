package org.cronista.store.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.cronista.api.events.PloverType;

/**
 * Which events to list or export. Every criterion is optional; those given must all hold.
 *
 * @param actor   an actor code prefix that either actor must start with ({@code RUS} matches {@code RUSGOV})
 * @param source  a prefix of the source actor's code
 * @param target  a prefix of the target actor's code
 * @param root    a CAMEO root, {@code 01}…{@code 20}
 * @param plover  a PLOVER type
 * @param since   first day, inclusive
 * @param until   last day, inclusive
 * @param country where it happened: a CAMEO/ISO country code ({@code RUS}) or a FIPS one ({@code RS})
 * @param limit   most events, or 0 for all
 */
public record EventFilter(String actor, String source, String target, String root, PloverType plover,
                          LocalDate since, LocalDate until, String country, int limit) {
    private static final Pattern ACTOR = Pattern.compile("[A-Z]{3}(?:[A-Z]{3})*");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2,3}");

    /** No criteria: every event. */
    public static final EventFilter ALL = new EventFilter(null, null, null, null, null, null, null, null, 0);

    /**
     * Checks and normalises the criteria (codes upper-cased, a one-digit root padded).
     *
     * @throws IllegalArgumentException naming the criterion that is malformed
     */
    public EventFilter {
        actor = code("--actor", actor, ACTOR);
        source = code("--source", source, ACTOR);
        target = code("--target", target, ACTOR);
        country = code("--country", country, COUNTRY);
        if (root != null) {
            String r = root.strip();
            if (r.length() == 1) {
                r = "0" + r;
            }
            if (!r.matches("\\d{2}") || Integer.parseInt(r) < 1 || Integer.parseInt(r) > 20) {
                throw new IllegalArgumentException("--root must be a CAMEO root, 01 to 20: '" + root + "'");
            }
            root = r;
        }
        if (limit < 0) {
            throw new IllegalArgumentException("--limit must not be negative");
        }
        if (since != null && until != null && since.isAfter(until)) {
            throw new IllegalArgumentException("--since " + since + " is after --until " + until);
        }
    }

    private static String code(String option, String value, Pattern shape) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().toUpperCase(Locale.ROOT);
        if (!shape.matcher(v).matches()) {
            throw new IllegalArgumentException(option + " is not a code of the right shape: '" + value + "'");
        }
        return v;
    }

    /**
     * The SQL condition over the events table ({@code TRUE} for no criteria). Values are checked
     * codes, digits and dates, so they are written in as literals.
     */
    public String where() {
        List<String> c = new ArrayList<>();
        if (actor != null) {
            c.add("(Actor1Code LIKE '" + actor + "%' OR Actor2Code LIKE '" + actor + "%')");
        }
        if (source != null) {
            c.add("Actor1Code LIKE '" + source + "%'");
        }
        if (target != null) {
            c.add("Actor2Code LIKE '" + target + "%'");
        }
        if (root != null) {
            c.add("EventRootCode = '" + root + "'");
        }
        if (plover != null) {
            c.add("Plover = '" + plover.name() + "'");
        }
        if (since != null) {
            c.add("Day >= " + day(since));
        }
        if (until != null) {
            c.add("Day <= " + day(until));
        }
        if (country != null) {
            c.add(country.length() == 3 ? "ActionCountry = '" + country + "'" : "ActionGeo_CountryCode = '" + country + "'");
        }
        return c.isEmpty() ? "TRUE" : String.join(" AND ", c);
    }

    /** A query for {@code columns} of the matching events, by day and id, limited. */
    public String select(String columns) {
        return "SELECT " + columns + " FROM events WHERE " + where() + " ORDER BY Day, GlobalEventID"
                + (limit > 0 ? " LIMIT " + limit : "");
    }

    private static String day(LocalDate d) {
        return String.format(Locale.ROOT, "%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }
}
