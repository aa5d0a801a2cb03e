package org.cronista.store.ingest;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cronista.api.Article;
import org.cronista.api.events.CodedEvent;
import org.cronista.api.events.Event;
import org.cronista.api.geo.Place;
import org.cronista.output.GdeltEventRow;
import org.cronista.pipeline.CodedArticle;
import org.cronista.store.EventKey;
import org.cronista.store.StoreSchema;

/**
 * One coded article as the rows the store writes for it, built on the coding thread so that the
 * writer only appends.
 *
 * @param id         the article id ({@link org.cronista.store.ArticleId})
 * @param article    the article, its language set
 * @param outlet     the source, else the URL's host, else null
 * @param ingestedAt when it was coded
 * @param mentions   every mention, real or not
 * @param events     one row per distinct real event, in the events table's column order
 */
public record ArticleRows(String id, Article article, String outlet, Instant ingestedAt, List<MentionRow> mentions,
                          List<EventRow> events) {

    private static final DateTimeFormatter GDELT_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /**
     * One event mention.
     *
     * @param eventId the event it reports, or null for a negated or hypothetical one
     */
    public record MentionRow(CodedEvent mention, String trigger, Long eventId) {
    }

    /**
     * One event as reported by this article.
     *
     * @param id          GlobalEventID
     * @param firstReport what orders reports: publication date, then article id
     * @param mentions    the sentences of this article that report it
     * @param values      the events table's values, in column order (counts still zero)
     */
    public record EventRow(long id, String firstReport, int mentions, Object[] values) {
    }

    /** The rows of {@code coded}, whose id is {@code id}, coded at {@code now}. */
    public static ArticleRows of(String id, CodedArticle coded, GdeltEventRow gdelt, Instant now) {
        Article a = coded.article();
        String dateAdded = GDELT_TIME.format(now);
        String firstReport = a.published() + "|" + id;
        String url = a.url() != null ? a.url() : a.id();
        Map<CodedEvent, Long> eventOf = new IdentityHashMap<>();
        List<EventRow> events = new ArrayList<>(coded.events().size());
        for (Event e : coded.events()) {
            EventKey key = EventKey.of(e, a.published());
            long eventId = key.id();
            for (CodedEvent m : e.mentions()) {
                eventOf.put(m, eventId);
            }
            List<String> gdeltValues = gdelt.values(eventId, e, key.day(), new int[] {0, 0, 0}, dateAdded, url);
            Place place = e.place() == null ? null : e.place().place();
            Object[] values = StoreSchema.eventValues(gdeltValues,
                    e.type().plover() == null ? null : e.type().plover().name(), e.symmetric(),
                    place == null ? null : place.country(), key.value(), id, e.first().sentence(), e.first().rule(),
                    firstReport);
            events.add(new EventRow(eventId, firstReport, e.mentions().size(), values));
        }
        String text = coded.text().text();
        List<MentionRow> mentions = new ArrayList<>(coded.mentions().size());
        for (CodedEvent m : coded.mentions()) {
            mentions.add(new MentionRow(m, m.trigger().of(text), eventOf.get(m)));
        }
        return new ArticleRows(id, a, outlet(a), now, mentions, events);
    }

    /** What NumSources counts for an article: its source, else its URL's host (without "www."), else null. */
    static String outlet(Article a) {
        if (a.source() != null && !a.source().isBlank()) {
            return a.source().strip();
        }
        if (a.url() == null) {
            return null;
        }
        try {
            String host = URI.create(a.url().strip()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
