package org.cronista.store.query;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Where events happened: the places of the events matching a filter, with their counts, for a map. Stateless. */
public final class Places {
    /** Most places one answer may hold. */
    public static final int MAX_PLACES = 5000;

    private Places() {
    }

    /**
     * A place and the events that happened there.
     *
     * @param name        full name
     * @param country     CAMEO/ISO country code
     * @param lat         latitude
     * @param lon         longitude
     * @param events      matching events there
     * @param cooperation those in QuadClass 1 or 2
     * @param conflict    those in QuadClass 3 or 4
     * @param goldstein   their mean Goldstein score
     */
    public record PlaceCount(String name, String country, double lat, double lon, long events, long cooperation,
                             long conflict, double goldstein) {
    }

    /** The {@code limit} places with most events matching {@code criteria}. */
    public static List<PlaceCount> of(Session s, EventCriteria criteria, int limit) {
        if (limit < 1 || limit > MAX_PLACES) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_PLACES + ": " + limit);
        }
        Session.Sql sql = new Session.Sql().add("SELECT any_value(ActionGeo_FullName), any_value(ActionCountry),"
                + " ActionGeo_Lat, ActionGeo_Long, count(*) AS n, count(*) FILTER (WHERE QuadClass <= 2),"
                + " count(*) FILTER (WHERE QuadClass >= 3), avg(GoldsteinScale) FROM events");
        criteria.where(sql);
        sql.add(" AND ActionGeo_Lat IS NOT NULL AND ActionGeo_Long IS NOT NULL GROUP BY ActionGeo_Lat, ActionGeo_Long"
                + " ORDER BY n DESC, ActionGeo_Lat, ActionGeo_Long LIMIT ?", limit);
        List<PlaceCount> out = new ArrayList<>();
        try (PreparedStatement ps = s.prepare(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new PlaceCount(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7), Math.round(rs.getDouble(8) * 10) / 10.0));
            }
        } catch (SQLException e) {
            throw Session.failure("the map", e);
        }
        return out;
    }
}
