package org.cronista.store.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.cronista.api.events.PloverType;

/**
 * Which events to list, for the HTTP API and the web page. Every criterion is optional (null);
 * those given must all hold. Values are checked for shape here and always bound as parameters.
 *
 * @param actor      a code prefix that either actor starts with ({@code RUS} matches {@code RUSGOV})
 * @param source     a prefix of the source actor's code
 * @param target     a prefix of the target actor's code
 * @param dyad       two code prefixes, one for each actor, in either direction; null or empty for none
 * @param code       a CAMEO code prefix: a root ({@code 19}), a base code ({@code 190}) or a full code
 * @param quadClass  1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param plover     a PLOVER type
 * @param since      first day, inclusive
 * @param until      last day, inclusive
 * @param country    where it happened: a CAMEO/ISO country code ({@code RUS}) or a FIPS one ({@code RS})
 * @param language   an ISO 639-1 code: events reported by at least one article in that language
 * @param outlet     a news source: events reported by at least one of its articles
 */
public record EventCriteria(String actor, String source, String target, List<String> dyad, String code,
                            Integer quadClass, PloverType plover, LocalDate since, LocalDate until, String country,
                            String language, String outlet) {
    private static final Pattern ACTOR = Pattern.compile("[A-Z]{3}(?:[A-Z]{3})*");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2,3}");
    private static final Pattern CAMEO = Pattern.compile("\\d{2,4}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    /** No criteria: every event. */
    public static final EventCriteria ALL = new EventCriteria(null, null, null, null, null, null, null, null, null,
            null, null, null);

    /**
     * Checks and normalises the criteria (codes upper-cased, blanks taken as absent).
     *
     * @throws IllegalArgumentException naming the parameter that is malformed
     */
    public EventCriteria {
        actor = shape("actor", actor, ACTOR, true);
        source = shape("source", source, ACTOR, true);
        target = shape("target", target, ACTOR, true);
        if (dyad != null && !dyad.isEmpty()) {
            if (dyad.size() != 2) {
                throw new IllegalArgumentException("dyad takes two actor codes, such as RUS,PRK");
            }
            dyad = List.of(shape("dyad", dyad.get(0), ACTOR, true), shape("dyad", dyad.get(1), ACTOR, true));
        } else {
            dyad = null;
        }
        code = shape("code", code, CAMEO, false);
        if (quadClass != null && (quadClass < 1 || quadClass > 4)) {
            throw new IllegalArgumentException("quad_class must be 1 to 4: " + quadClass);
        }
        country = shape("country", country, COUNTRY, true);
        language = language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT);
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            throw new IllegalArgumentException("lang must be an ISO 639-1 code such as en: '" + language + "'");
        }
        outlet = outlet == null || outlet.isBlank() ? null : outlet.strip();
        if (since != null && until != null && since.isAfter(until)) {
            throw new IllegalArgumentException("since " + since + " is after until " + until);
        }
    }

    private static String shape(String name, String value, Pattern p, boolean upper) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = upper ? value.strip().toUpperCase(Locale.ROOT) : value.strip();
        if (!p.matcher(v).matches()) {
            throw new IllegalArgumentException(name + " is not a code of the right shape: '" + value + "'");
        }
        return v;
    }

    /** Appends this filter's condition over the events table (alias-free) to {@code sql}. */
    void where(Session.Sql sql) {
        sql.add(" WHERE TRUE");
        if (actor != null) {
            sql.add(" AND (starts_with(Actor1Code, ?) OR starts_with(Actor2Code, ?))", actor, actor);
        }
        if (source != null) {
            sql.add(" AND starts_with(Actor1Code, ?)", source);
        }
        if (target != null) {
            sql.add(" AND starts_with(Actor2Code, ?)", target);
        }
        if (dyad != null) {
            dyad(sql, dyad.get(0), dyad.get(1), false);
        }
        if (code != null) {
            sql.add(" AND starts_with(EventCode, ?)", code);
        }
        if (quadClass != null) {
            sql.add(" AND QuadClass = ?", quadClass);
        }
        if (plover != null) {
            sql.add(" AND Plover = ?", plover.name());
        }
        days(sql, since, until);
        if (country != null) {
            sql.add(country.length() == 3 ? " AND ActionCountry = ?" : " AND ActionGeo_CountryCode = ?", country);
        }
        if (language != null) {
            sql.add(" AND GlobalEventID IN (SELECT m.event_id FROM mentions m JOIN articles a ON a.id = m.article_id"
                    + " WHERE a.language = ?)", language);
        }
        if (outlet != null) {
            sql.add(" AND GlobalEventID IN (SELECT event_id FROM mentions WHERE outlet = ?)", outlet);
        }
    }

    /** Appends the condition that the actors are {@code a} and {@code b} (code prefixes), in either order unless directed. */
    static void dyad(Session.Sql sql, String a, String b, boolean directed) {
        sql.add(" AND ((starts_with(Actor1Code, ?) AND starts_with(Actor2Code, ?))", a, b);
        if (!directed) {
            sql.add(" OR (starts_with(Actor1Code, ?) AND starts_with(Actor2Code, ?))", b, a);
        }
        sql.add(")");
    }

    /** Appends the condition that the event's day lies between {@code since} and {@code until}, each optional. */
    static void days(Session.Sql sql, LocalDate since, LocalDate until) {
        if (since != null) {
            sql.add(" AND Day >= ?", day(since));
        }
        if (until != null) {
            sql.add(" AND Day <= ?", day(until));
        }
    }

    /** GDELT's {@code Day} value (YYYYMMDD) of a date. */
    static int day(LocalDate d) {
        return d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
    }

    /** The date of a GDELT {@code Day} value. */
    static LocalDate date(int day) {
        return LocalDate.of(day / 10000, day / 100 % 100, day % 100);
    }
}
