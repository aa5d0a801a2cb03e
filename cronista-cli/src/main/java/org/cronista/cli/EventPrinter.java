package org.cronista.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.cronista.api.events.Event;
import org.cronista.output.EventJson;
import org.cronista.output.GdeltEventRow;
import org.cronista.output.GeoLabels;
import org.cronista.pipeline.CodedArticle;

/** Prints one article's events in the chosen {@link OutputFormat}. Not thread-safe: one per output. */
final class EventPrinter {
    private final OutputFormat format;
    private final PrintWriter out;
    private final EventJson json;
    private final GdeltEventRow gdelt;
    private final ObjectMapper mapper = new ObjectMapper();
    private final String dateAdded = LocalDateTime.now(ZoneOffset.UTC)
            .format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT));
    private boolean headerDone;

    EventPrinter(OutputFormat format, PrintWriter out, GeoLabels geo) {
        this.format = format;
        this.out = out;
        this.json = new EventJson(mapper, geo);
        this.gdelt = new GdeltEventRow(geo);
    }

    void print(CodedArticle a, List<Event> events) {
        switch (format) {
            case JSONL -> {
                for (Event e : events) {
                    out.println(json.toJson(a.article().id(), a.text(), e).toString());
                }
            }
            case GDELT -> {
                for (Event e : events) {
                    var day = e.date() != null ? e.date() : a.article().published();
                    int n = e.mentions().size();
                    out.println(GdeltEventRow.line(gdelt.values(eventId(a.article().id(), e), e, day,
                            new int[] {n, 1, 1}, dateAdded, a.article().url() != null ? a.article().url() : a.article().id())));
                }
            }
            case TABLE -> table(a, events);
        }
        out.flush();
    }

    private void table(CodedArticle a, List<Event> events) {
        if (!headerDone) {
            out.printf(Locale.ROOT, "%-3s %-12s %-3s %-12s %-5s %-34s %-10s %5s  %-24s %-10s %s%n",
                    "#", "SOURCE", "", "TARGET", "CAMEO", "ACTION", "PLOVER", "GS", "WHERE", "DATE", "N");
            headerDone = true;
        }
        out.println("== " + a.article().id() + " (" + a.language() + ", " + a.text().sentences().size()
                + " sentences, " + events.size() + " events)");
        int i = 1;
        for (Event e : events) {
            String where = e.place() == null ? "" : e.place().place().name();
            out.printf(Locale.ROOT, "%-3d %-12s %-3s %-12s %-5s %-34s %-10s %5.1f  %-24s %-10s %d%n", i++,
                    e.source().value(), e.symmetric() ? "<->" : "->", e.target() == null ? "-" : e.target().value(),
                    e.type().code().value(), cut(e.type().name(), 34),
                    e.type().plover() == null ? "-" : e.type().plover().name(), e.type().goldstein(), cut(where, 24),
                    e.date() == null ? "" : e.date().toString(), e.mentions().size());
        }
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    /** A stable positive 63-bit id from the document and the event's dyad and code. */
    static long eventId(String doc, Event e) {
        String key = doc + "|" + e.source() + "|" + (e.target() == null ? "" : e.target()) + "|" + e.type().code();
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (h[i] & 0xff);
            }
            return v & Long.MAX_VALUE;
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
