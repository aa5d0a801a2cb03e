package org.cronista.store.query;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Stored articles with the places of their actors and triggers, for showing why events were coded. Stateless. */
public final class Articles {
    private static final int SNIPPET = 160;

    private Articles() {
    }

    /**
     * A stored article.
     *
     * @param id        the article id (a hash of headline and body)
     * @param doc       the id the input gave it
     * @param url       its URL, or null
     * @param outlet    its news source, or null
     * @param published publication date
     * @param language  ISO 639-1 code
     * @param title     headline, or null
     * @param text      the full text that was coded (headline, blank line, body): every offset refers to it
     * @param mentions  every event mention found in it, negated and hypothetical ones too
     */
    public record Article(String id, String doc, String url, String outlet, LocalDate published, String language,
                          String title, String text, List<Mention> mentions) {
    }

    /**
     * One event mention in an article, with character offsets into its full text.
     *
     * @param sentence     the sentence (from 0)
     * @param triggerStart start of the words naming the action
     * @param triggerEnd   end of them
     * @param trigger      those words
     * @param source       the source actor's code
     * @param sourceStart  start of the source actor's words
     * @param sourceEnd    end of them
     * @param target       the target actor's code, or null
     * @param targetStart  start of the target actor's words, or null
     * @param targetEnd    end of them, or null
     * @param cameo        the CAMEO code
     * @param rule         the rule that fired
     * @param status       ASSERTED, NEGATED, …
     * @param event        the stored event it reports, or null for a mention of no real event
     */
    public record Mention(int sentence, int triggerStart, int triggerEnd, String trigger, String source, int sourceStart,
                          int sourceEnd, String target, Integer targetStart, Integer targetEnd, String cameo,
                          String rule, String status, Long event) {
    }

    /** The article whose id, input id or URL is {@code key}, or empty. */
    public static Optional<Article> find(Session s, String key) {
        try {
            Article a;
            try (PreparedStatement ps = s.prepare(new Session.Sql().add("""
                    SELECT id, doc, url, outlet, published, language, title, text FROM articles
                    WHERE id = ? OR url = ? OR doc = ? ORDER BY (id = ?) DESC, published LIMIT 1""", key, key, key, key));
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                a = new Article(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7),
                        fullText(rs.getString(7), rs.getString(8)), List.of());
            }
            List<Mention> mentions = new ArrayList<>();
            try (PreparedStatement ps = s.prepare(new Session.Sql().add("""
                    SELECT sentence, trigger_start, trigger_end, trigger, source_code, source_start, source_end,
                      target_code, target_start, target_end, cameo, rule, status, event_id
                    FROM mentions WHERE article_id = ? ORDER BY sentence, trigger_start""", a.id()));
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    mentions.add(new Mention(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                            rs.getInt(6), rs.getInt(7), rs.getString(8), (Integer) rs.getObject(9),
                            (Integer) rs.getObject(10), rs.getString(11), rs.getString(12), rs.getString(13),
                            (Long) rs.getObject(14)));
                }
            }
            return Optional.of(new Article(a.id(), a.doc(), a.url(), a.outlet(), a.published(), a.language(), a.title(),
                    a.text(), mentions));
        } catch (SQLException e) {
            throw Session.failure("the article " + key, e);
        }
    }

    /** The text the coder read: the headline, a blank line and the body (as {@code Article.fullText()}). */
    static String fullText(String title, String text) {
        return title == null || title.isBlank() ? text : title.strip() + "\n\n" + text;
    }

    /** The text around {@code start…end}: from the start of its sentence or line, at most a few lines long. */
    static String snippet(String text, int start, int end) {
        if (start < 0 || end > text.length() || start > end) {
            return "";
        }
        int from = Math.max(0, start - SNIPPET);
        for (int i = start - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == '\n' || ((c == '.' || c == '!' || c == '?') && i + 1 < text.length()
                    && Character.isWhitespace(text.charAt(i + 1)))) {
                from = i + 1;
                break;
            }
        }
        int to = Math.min(text.length(), end + SNIPPET);
        for (int i = end; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '.' || c == '!' || c == '?') {
                to = c == '\n' ? i : i + 1;
                break;
            }
        }
        return text.substring(from, to).strip();
    }
}
