package org.cronista.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.cronista.api.Article;
import org.cronista.api.LanguageTag;

/**
 * Reads JSON lines, one article per line: {@code id}, {@code url}, {@code title}, {@code text},
 * {@code date} ({@code YYYY-MM-DD} or an ISO date-time), {@code lang} (ISO 639-1 or a BCP 47 tag) and
 * {@code source}; other fields are ignored, blank lines too. A line that is not a JSON object, has
 * neither title nor text, is over 10 MB or has a date in no known form is skipped as
 * {@code file:line}, and reading goes on. Files whose name ends in {@code .gz} are gunzipped.
 * Immutable and thread-safe.
 */
public final class JsonLinesReader implements ArticleReader {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private final ReadOptions options;

    /** A reader that dates and labels articles without those fields with {@code options}. */
    public JsonLinesReader(ReadOptions options) {
        this.options = options;
    }

    @Override
    public Stream<ReadResult> read(String origin, InputStream in) {
        InputStream src;
        try {
            src = origin.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
        } catch (IOException e) {
            Reads.close(in);
            return Stream.of(new Skip(origin, "not a gzip file"));
        }
        LineSplitter lines = new LineSplitter(src, TextDecoder.MAX_BYTES);
        long[] lineNo = {0};
        return Reads.stream(origin, () -> {
            while (true) {
                LineSplitter.Line line = lines.next();
                if (line == null) {
                    return null;
                }
                String where = origin + ":" + ++lineNo[0];
                if (line.oversized()) {
                    return new Skip(where, "larger than 10 MB (" + line.fullLength() + " bytes)");
                }
                if (!isBlank(line)) {
                    return record(where, line);
                }
            }
        }, src);
    }

    private ReadResult record(String where, LineSplitter.Line line) {
        JsonNode n;
        try {
            n = JSON.readTree(line.bytes(), 0, line.length());
        } catch (JsonProcessingException e) {
            return new Skip(where, "not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            return new Skip(where, Reads.cannotRead(e));
        }
        if (n == null || !n.isObject()) {
            return new Skip(where, "not a JSON object");
        }
        String text = field(n, "text");
        String title = field(n, "title");
        if ((text == null || text.isBlank()) && (title == null || title.isBlank())) {
            return new Skip(where, "empty text");
        }
        LocalDate date = options.date();
        String rawDate = field(n, "date");
        if (rawDate != null && !rawDate.isBlank()) {
            date = PublicationDates.parse(rawDate);
            if (date == null) {
                return new Skip(where, "unreadable date '" + rawDate + "'");
            }
        }
        LanguageTag lang = Reads.declaredLanguage(field(n, "lang"));
        String id = field(n, "id");
        return new Document(new Article(id == null || id.isBlank() ? where : id, field(n, "url"), field(n, "source"),
                date, lang != null ? lang : options.language(), title, text == null ? "" : text), where);
    }

    private static String field(JsonNode n, String name) {
        JsonNode v = n.get(name);
        return v == null || !v.isValueNode() || v.isNull() ? null : v.asText();
    }

    private static boolean isBlank(LineSplitter.Line line) {
        for (int i = 0; i < line.length(); i++) {
            byte b = line.bytes()[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
