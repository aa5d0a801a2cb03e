package org.cronista.store.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * One stored event as the API lists it.
 *
 * @param id          GlobalEventID
 * @param date        the day it happened
 * @param source      the source actor
 * @param target      the target actor, or null
 * @param cameo       CAMEO event code
 * @param root        CAMEO root code
 * @param quadClass   1 to 4 (verbal/material cooperation, verbal/material conflict)
 * @param goldstein   Goldstein score of the code
 * @param plover      PLOVER type, or null
 * @param symmetric   whether the action has no direction (a meeting)
 * @param numMentions sentences that report it
 * @param numSources  outlets that report it
 * @param numArticles articles that report it
 * @param place       where it happened, or null
 * @param article     the article of the first report
 * @param sentence    the first report's sentence (from 0)
 * @param rule        the rule that coded the first report
 * @param url         the first report's URL or input id
 */
public record EventRow(long id, LocalDate date, Actor source, Actor target, String cameo, String root, int quadClass,
                       double goldstein, String plover, boolean symmetric, int numMentions, int numSources,
                       int numArticles, Place place, String article, int sentence, String rule, String url) {

    /**
     * An actor of an event.
     *
     * @param code    CAMEO actor code
     * @param name    the name as the article gave it (upper case, as GDELT writes it)
     * @param country the actor's country code, or null
     */
    public record Actor(String code, String name, String country) {
    }

    /**
     * Where an event happened.
     *
     * @param name    full name
     * @param country CAMEO/ISO country code
     * @param fips    FIPS country code, as GDELT gives it
     * @param lat     latitude
     * @param lon     longitude
     */
    public record Place(String name, String country, String fips, Double lat, Double lon) {
    }

    /** The events table columns that {@link #read} reads, in order. */
    static final String COLUMNS = "GlobalEventID, Day, Actor1Code, Actor1Name, Actor1CountryCode, Actor2Code, Actor2Name,"
            + " Actor2CountryCode, EventCode, EventRootCode, QuadClass, GoldsteinScale, Plover, IsSymmetric,"
            + " NumMentions, NumSources, NumArticles, ActionGeo_FullName, ActionCountry, ActionGeo_CountryCode,"
            + " ActionGeo_Lat, ActionGeo_Long, ArticleID, Sentence, Rule, SOURCEURL";

    /** The row at the cursor of a result of {@link #COLUMNS}. */
    static EventRow read(ResultSet rs) throws SQLException {
        String target = rs.getString(6);
        String placeName = rs.getString(18);
        Place place = placeName == null ? null : new Place(placeName, rs.getString(19), rs.getString(20),
                (Double) rs.getObject(21), (Double) rs.getObject(22));
        return new EventRow(rs.getLong(1), EventCriteria.date(rs.getInt(2)),
                new Actor(rs.getString(3), rs.getString(4), rs.getString(5)),
                target == null ? null : new Actor(target, rs.getString(7), rs.getString(8)),
                rs.getString(9), rs.getString(10), rs.getInt(11), rs.getDouble(12), rs.getString(13),
                rs.getBoolean(14), rs.getInt(15), rs.getInt(16), rs.getInt(17), place, rs.getString(23),
                rs.getInt(24), rs.getString(25), rs.getString(26));
    }
}
