package org.cronista.store;

import java.time.LocalDate;
import java.util.Objects;
import org.cronista.api.events.Event;

/**
 * What makes two reports one event, across articles: the same source actor code, target actor
 * code (empty when there is none), CAMEO event code, day, and place id. The day is the date the
 * article gives the event, else the article's publication date. The place part is the gazetteer id
 * of the event's place when the coder found one and empty otherwise, so reports that name no place
 * make one event per actors, code and day, apart from the located ones: the key depends on nothing
 * but the report, so the same articles give the same events in any order, in one run or many, on
 * one machine or a cluster. A symmetric action ("X met Y") has its actors in code order already
 * ({@link Event}), so "Y met X" is the same event.
 *
 * <p>The store keeps one row per key, identified by {@link #id()}, and counts its reports as GDELT
 * does: NumMentions is the number of sentences reporting it in all articles, NumArticles the
 * number of distinct articles, NumSources the number of distinct outlets (the article's source,
 * else its URL's host; articles with neither count as one unknown outlet). The row's other columns
 * come from its first report: the earliest published article, ties broken by article id.
 *
 * <p>Pure and thread-safe; the Spark application uses this class unchanged.
 *
 * @param source the source actor code
 * @param target the target actor code, or empty
 * @param cameo  the CAMEO event code
 * @param day    the event's day
 * @param place  the place's gazetteer id, or empty
 */
public record EventKey(String source, String target, String cameo, LocalDate day, String place) {
    public EventKey {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(place, "place");
    }

    /** The key of an article's event; {@code published} is the article's date. */
    public static EventKey of(Event event, LocalDate published) {
        return new EventKey(event.source().value(), event.target() == null ? "" : event.target().value(),
                event.type().code().value(), day(event, published),
                event.place() == null ? "" : event.place().place().id());
    }

    /** The event's day: its own date, else the article's publication date. */
    public static LocalDate day(Event event, LocalDate published) {
        return event.date() != null ? event.date() : published;
    }

    /** The key as one string: {@code source|target|cameo|YYYY-MM-DD|place}. */
    public String value() {
        return source + "|" + target + "|" + cameo + "|" + day + "|" + place;
    }

    /** The event's GlobalEventID: the first 63 bits of the SHA-256 of {@link #value()}, positive. */
    public long id() {
        byte[] h = Hashes.sha256(value());
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (h[i] & 0xff);
        }
        return v & Long.MAX_VALUE;
    }

    @Override
    public String toString() {
        return value();
    }
}
