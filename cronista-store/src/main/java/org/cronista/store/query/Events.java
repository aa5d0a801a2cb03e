package org.cronista.store.query;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Events of the store: a filtered, sorted page of them, and one event with every sentence that
 * reports it. Stateless; all values are bound parameters.
 */
public final class Events {
    /** Most events one page may hold. */
    public static final int MAX_LIMIT = 500;
    /**
     * Most matches a filtered list counts exactly; past it the total is given as "at least" this
     * many, so that a broad filter costs a short scan instead of a full one.
     */
    public static final int COUNT_CAP = 10_000;

    private Events() {
    }

    /** What a list can be sorted by; ties are broken by event id. */
    public enum Sort {
        DATE("Day"), GOLDSTEIN("GoldsteinScale"), MENTIONS("NumMentions"), CODE("EventCode");

        private final String column;

        Sort(String column) {
            this.column = column;
        }
    }

    /**
     * A page of a list.
     *
     * @param total   how many items match (at least, when {@code capped})
     * @param capped  whether more than {@code total} items match ({@link #COUNT_CAP})
     * @param limit   most items asked for
     * @param offset  items skipped
     * @param items   the items of this page
     */
    public record Page<T>(long total, boolean capped, int limit, long offset, List<T> items) {
    }

    /**
     * One event and its reports.
     *
     * @param event    the event
     * @param mentions every sentence of every article that reports it, earliest article first
     */
    public record Detail(EventRow event, List<Mention> mentions) {
    }

    /**
     * One sentence that reports an event.
     *
     * @param article      the article id
     * @param doc          the id the input gave it
     * @param title        its headline, or null
     * @param url          its URL, or null
     * @param outlet       its news source, or null
     * @param published    its publication date
     * @param language     its language
     * @param sentence     the sentence (from 0)
     * @param trigger      the words that name the action
     * @param triggerStart where they start in the article's full text (headline, blank line, body)
     * @param triggerEnd   where they end
     * @param rule         the rule that fired
     * @param status       ASSERTED, or another status of {@code EventStatus}
     * @param snippet      the text around the trigger
     */
    public record Mention(String article, String doc, String title, String url, String outlet, LocalDate published,
                          String language, int sentence, String trigger, int triggerStart, int triggerEnd, String rule,
                          String status, String snippet) {
    }

    /**
     * The events matching {@code criteria}, sorted, {@code limit} of them after {@code offset}.
     *
     * @throws IllegalArgumentException for a limit outside 1…{@link #MAX_LIMIT} or a negative offset
     */
    public static Page<EventRow> list(Session s, EventCriteria criteria, Sort sort, boolean descending, int limit,
                                      long offset) {
        checkPage(limit, offset);
        String dir = descending ? " DESC" : " ASC";
        Session.Sql page = new Session.Sql().add("SELECT " + EventRow.COLUMNS + " FROM events");
        criteria.where(page);
        page.add(" ORDER BY " + sort.column + dir + " NULLS LAST, GlobalEventID" + dir + " LIMIT ? OFFSET ?", limit, offset);
        Session.Sql count = new Session.Sql();
        if (criteria.equals(EventCriteria.ALL)) {
            count.add("SELECT count(*) FROM events");
        } else {
            count.add("SELECT count(*) FROM (SELECT 1 FROM events");
            criteria.where(count);
            count.add(" LIMIT ?)", COUNT_CAP + 1);
        }
        try {
            List<EventRow> rows = new ArrayList<>(limit);
            try (PreparedStatement ps = s.prepare(page); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(EventRow.read(rs));
                }
            }
            return page(criteria, rows, limit, offset, () -> {
                try (PreparedStatement ps = s.prepare(count); ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
        } catch (SQLException e) {
            throw Session.failure("the event list", e);
        }
    }

    /** Checks the paging parameters of {@link #list}. */
    static void checkPage(int limit, long offset) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ": " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
    }

    /** How many events match, counted up to {@code COUNT_CAP + 1} unless the criteria are {@code ALL}. */
    @FunctionalInterface
    interface Count {
        long count() throws SQLException;
    }

    /**
     * The page of {@code rows}, with its total: the rows themselves when the first page is not full,
     * else {@code count} (capped at {@link #COUNT_CAP} for any filter).
     */
    static <T> Page<T> page(EventCriteria criteria, List<T> rows, int limit, long offset, Count count)
            throws SQLException {
        long total = offset == 0 && rows.size() < limit ? rows.size() : count.count();
        boolean capped = !criteria.equals(EventCriteria.ALL) && total > COUNT_CAP;
        long shown = Math.max(capped ? COUNT_CAP : total, offset + rows.size());
        return new Page<>(shown, capped, limit, offset, rows);
    }

    /** The event {@code id} with its reports, or empty if there is none. */
    public static Optional<Detail> find(Session s, long id) {
        try {
            EventRow event;
            try (PreparedStatement ps = s.prepare(new Session.Sql().add("SELECT " + EventRow.COLUMNS
                    + " FROM events WHERE GlobalEventID = ?", id)); ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                event = EventRow.read(rs);
            }
            List<Mention> mentions = new ArrayList<>();
            try (PreparedStatement ps = s.prepare(new Session.Sql().add("""
                    SELECT a.id, a.doc, a.title, a.url, a.outlet, a.published, a.language, m.sentence, m.trigger,
                      m.trigger_start, m.trigger_end, m.rule, m.status, a.text
                    FROM mentions m JOIN articles a ON a.id = m.article_id
                    WHERE m.event_id = ? ORDER BY a.published, a.id, m.sentence, m.trigger_start""", id));
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String title = rs.getString(3);
                    String full = Articles.fullText(title, rs.getString(14));
                    int start = rs.getInt(10);
                    int end = rs.getInt(11);
                    mentions.add(new Mention(rs.getString(1), rs.getString(2), title, rs.getString(4), rs.getString(5),
                            rs.getObject(6, LocalDate.class), rs.getString(7), rs.getInt(8), rs.getString(9), start, end,
                            rs.getString(12), rs.getString(13), Articles.snippet(full, start, end)));
                }
            }
            return Optional.of(new Detail(event, mentions));
        } catch (SQLException e) {
            throw Session.failure("the event " + id, e);
        }
    }
}
