package org.cronista.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.cronista.api.Article;
import org.cronista.api.LanguageTag;
import org.jsoup.Jsoup;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom feed file with ROME: one article per entry, its text the
 * entry's content or else its summary (HTML reduced to text), its date the entry's publication or
 * update date, its source the feed's title, its language the feed's. An entry with neither title nor
 * text is skipped as {@code file#n}. Document type declarations are refused (no external entities).
 * Immutable and thread-safe.
 */
public final class FeedReader implements ArticleReader {
    private final ReadOptions options;

    /** A reader that dates and labels entries without those fields with {@code options}. */
    public FeedReader(ReadOptions options) {
        this.options = options;
    }

    @Override
    public Stream<ReadResult> read(String origin, InputStream in) {
        byte[] bytes;
        try (in) {
            bytes = Reads.readLimited(in);
        } catch (IOException e) {
            return Stream.of(new Skip(origin, Reads.cannotRead(e)));
        }
        if (bytes.length > TextDecoder.MAX_BYTES) {
            return Stream.of(new Skip(origin, "larger than 10 MB"));
        }
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(bytes)));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            return Stream.of(new Skip(origin, "not an RSS or Atom feed (" + Reads.message(e) + ")"));
        }
        LanguageTag lang = Reads.declaredLanguage(feed.getLanguage());
        String source = blankToNull(feed.getTitle());
        List<ReadResult> out = new ArrayList<>();
        int n = 0;
        for (SyndEntry e : feed.getEntries()) {
            out.add(entry(origin + "#" + ++n, e, source, lang != null ? lang : options.language()));
        }
        return out.stream();
    }

    private ReadResult entry(String where, SyndEntry e, String source, LanguageTag lang) {
        String title = blankToNull(e.getTitle());
        String text = text(e);
        if (title == null && text.isBlank()) {
            return new Skip(where, "empty text");
        }
        if (text.length() > TextDecoder.MAX_BYTES) {
            return new Skip(where, "larger than 10 MB");
        }
        String url = blankToNull(e.getLink());
        String id = blankToNull(e.getUri());
        Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
        LocalDate date = d == null ? options.date() : d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
        return new Document(new Article(id != null ? id : url != null ? url : where, url, source, date, lang, title,
                text), where);
    }

    /** The longest of the entry's contents, else its description, as plain text. */
    private static String text(SyndEntry e) {
        SyndContent best = null;
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null && (best == null || c.getValue().length() > best.getValue().length())) {
                best = c;
            }
        }
        if (best == null || best.getValue().isBlank()) {
            best = e.getDescription();
        }
        if (best == null || best.getValue() == null) {
            return "";
        }
        String v = best.getValue();
        boolean markup = best.getType() == null || best.getType().contains("html") || v.indexOf('<') >= 0;
        return markup ? HtmlArticles.text(Jsoup.parseBodyFragment(v).body()) : v.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
