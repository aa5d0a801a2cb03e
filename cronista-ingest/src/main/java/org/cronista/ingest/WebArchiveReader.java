package org.cronista.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * Reads a WARC file, plain or gzipped (such as Common Crawl's news archive), with jwarc: each
 * successful HTTP response whose content is HTML becomes an article through {@link HtmlArticles}
 * (its URL the record's target, its date the page's own or else the capture date). Other records
 * (requests, metadata, images, redirects) are passed over silently. A record marked truncated, or
 * cut short by the end of the file, is skipped as {@code file@offset}; a damaged file stops there.
 * Immutable and thread-safe.
 */
public final class WebArchiveReader implements ArticleReader {
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
    /** Room for HTTP headers above the document size limit. */
    private static final long HEADER_ALLOWANCE = 64 * 1024;

    private final ReadOptions options;

    /** A reader that labels pages with {@code options}. */
    public WebArchiveReader(ReadOptions options) {
        this.options = options;
    }

    @Override
    public Stream<ReadResult> read(String origin, InputStream in) {
        WarcReader warc;
        try {
            warc = new WarcReader(in);
        } catch (IOException | IllegalArgumentException e) {
            Reads.close(in);
            return Stream.of(new Skip(origin, "not a WARC file (" + Reads.message(e) + ")"));
        }
        boolean[] done = {false};
        return Reads.stream(origin, () -> {
            while (!done[0]) {
                long position = warc.position();
                Optional<WarcRecord> next;
                try {
                    next = warc.next();
                } catch (IOException e) {
                    done[0] = true;
                    return new Skip(origin + "@" + position, "truncated or damaged WARC record ("
                            + Reads.message(e) + ")");
                }
                if (next.isEmpty()) {
                    return null;
                }
                if (next.get() instanceof WarcResponse response) {
                    ReadResult r = response(origin + "@" + response.position(), response, done);
                    if (r != null) {
                        return r;
                    }
                }
            }
            return null;
        }, warc);
    }

    /** The article or skip of one response, or null for a response that holds no web page. */
    private ReadResult response(String where, WarcResponse response, boolean[] done) throws IOException {
        if (response.truncated() != WarcTruncationReason.NOT_TRUNCATED) {
            return new Skip(where, "truncated record (" + response.truncated().name().toLowerCase(java.util.Locale.ROOT) + ")");
        }
        long size = response.body().size();
        if (size > TextDecoder.MAX_BYTES + HEADER_ALLOWANCE) {
            return new Skip(where, "larger than 10 MB (" + size + " bytes)");
        }
        byte[] block;
        try {
            block = response.body().stream().readNBytes((int) size);
        } catch (IOException e) {
            done[0] = true;
            return new Skip(where, "truncated or damaged WARC record (" + Reads.message(e) + ")");
        }
        if (block.length < size) {
            done[0] = true;
            return new Skip(where, "truncated record (" + block.length + " of " + size + " bytes)");
        }
        HttpResponse http;
        try {
            http = HttpResponse.parse(Channels.newChannel(new ByteArrayInputStream(block)));
        } catch (IOException e) {
            return null;
        }
        MediaType type = http.contentType();
        if (http.status() < 200 || http.status() > 299 || type == null || !HTML_TYPES.contains(type.base().toString())) {
            return null;
        }
        byte[] body;
        try (InputStream s = http.bodyDecoded().stream()) {
            body = Reads.readLimited(s);
        } catch (IOException e) {
            return new Skip(where, "undecodable HTTP body (" + Reads.message(e) + ")");
        }
        String url = response.target();
        LocalDate captured = response.date().atOffset(ZoneOffset.UTC).toLocalDate();
        return HtmlReader.page(where, url, url, body, type.parameters().get("charset"), captured, options);
    }
}
