package org.cronista.store.query;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who interacted with whom in a period: actors as nodes, directed edges weighted by events and
 * split into cooperation (QuadClass 1–2) and conflict (3–4). Stateless.
 */
public final class Network {
    /** Most edges one network may have. */
    public static final int MAX_EDGES = 1000;

    private Network() {
    }

    /** What a node stands for: an actor's country (or whole code when it has none), or its whole code. */
    public enum Level {
        COUNTRY("coalesce(Actor1CountryCode, Actor1Code)", "coalesce(Actor2CountryCode, Actor2Code)"),
        ACTOR("Actor1Code", "Actor2Code");

        private final String source;
        private final String target;

        Level(String source, String target) {
            this.source = source;
            this.target = target;
        }
    }

    /**
     * A node.
     *
     * @param id     the actor or country code
     * @param events events on the network's edges that it takes part in
     */
    public record Node(String id, long events) {
    }

    /**
     * A directed edge.
     *
     * @param source      the source actor
     * @param target      the target actor
     * @param events      events from source to target
     * @param cooperation those of them in QuadClass 1 or 2
     * @param conflict    those in QuadClass 3 or 4
     * @param goldstein   the sum of their Goldstein scores
     */
    public record Edge(String source, String target, long events, long cooperation, long conflict, double goldstein) {
    }

    /**
     * A network.
     *
     * @param nodes by events, most first
     * @param edges by events, most first
     */
    public record Graph(List<Node> nodes, List<Edge> edges) {
    }

    /**
     * The network of the events from {@code since} to {@code until} (each optional), its
     * {@code limit} heaviest edges of at least {@code minEvents} events; with {@code actor}, only
     * edges of events in which an actor's code starts with it.
     */
    public static Graph of(Session s, Level level, LocalDate since, LocalDate until, String actor, int minEvents,
                           int limit) {
        if (limit < 1 || limit > MAX_EDGES) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_EDGES + ": " + limit);
        }
        if (minEvents < 1) {
            throw new IllegalArgumentException("min_events must be at least 1: " + minEvents);
        }
        EventCriteria checked = new EventCriteria(actor, null, null, null, null, null, null, since, until, null, null, null);
        Session.Sql sql = new Session.Sql().add("SELECT x, y, count(*) AS n, count(*) FILTER (WHERE QuadClass <= 2),"
                + " count(*) FILTER (WHERE QuadClass >= 3), coalesce(sum(GoldsteinScale), 0) FROM (SELECT "
                + level.source + " AS x, " + level.target + " AS y, QuadClass, GoldsteinScale FROM events");
        checked.where(sql);
        sql.add(" AND Actor2Code IS NOT NULL) WHERE x <> y GROUP BY x, y HAVING count(*) >= ?"
                + " ORDER BY n DESC, x, y LIMIT ?", minEvents, limit);
        List<Edge> edges = new ArrayList<>();
        Map<String, Long> nodes = new LinkedHashMap<>();
        try (PreparedStatement ps = s.prepare(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Edge e = new Edge(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        Math.round(rs.getDouble(6) * 10) / 10.0);
                edges.add(e);
                nodes.merge(e.source(), e.events(), Long::sum);
                nodes.merge(e.target(), e.events(), Long::sum);
            }
        } catch (SQLException e) {
            throw Session.failure("the network", e);
        }
        List<Node> ns = new ArrayList<>();
        nodes.forEach((k, v) -> ns.add(new Node(k, v)));
        ns.sort((p, q) -> p.events() != q.events() ? Long.compare(q.events(), p.events()) : p.id().compareTo(q.id()));
        return new Graph(ns, edges);
    }
}
