package org.cronista.store.query;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The actors of the store's events, by how many events they take part in. Stateless. */
public final class Actors {
    private Actors() {
    }

    /**
     * An actor.
     *
     * @param code   its CAMEO actor code
     * @param name   the name the articles give it most often (upper case, as GDELT writes it)
     * @param events events in which it is source or target
     */
    public record ActorCount(String code, String name, long events) {
    }

    /** The {@code limit} actors with most events whose code starts with {@code prefix} (null for all). */
    public static List<ActorCount> list(Session s, String prefix, int limit) {
        if (limit < 1 || limit > Events.MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + Events.MAX_LIMIT + ": " + limit);
        }
        String p = new EventCriteria(prefix, null, null, null, null, null, null, null, null, null, null, null).actor();
        String cond = p == null ? "" : " AND starts_with(code, ?)";
        Session.Sql sql = new Session.Sql().add("SELECT code, mode(name), count(*) AS n FROM ("
                + "SELECT Actor1Code AS code, Actor1Name AS name FROM events UNION ALL "
                + "SELECT Actor2Code, Actor2Name FROM events) WHERE code IS NOT NULL" + cond, p == null ? new Object[0] : new Object[] {p});
        sql.add(" GROUP BY code ORDER BY n DESC, code LIMIT ?", limit);
        List<ActorCount> out = new ArrayList<>();
        try (PreparedStatement ps = s.prepare(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new ActorCount(rs.getString(1), rs.getString(2), rs.getLong(3)));
            }
        } catch (SQLException e) {
            throw Session.failure("the actor list", e);
        }
        return out;
    }
}
