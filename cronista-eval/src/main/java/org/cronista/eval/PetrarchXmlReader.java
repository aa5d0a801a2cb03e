package org.cronista.eval;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PETRARCH validation files. The files of petrarch2 and UniversalPetrarch are not always
 * well-formed XML (self-closed {@code <Sentence/>} elements followed by their content, bare
 * {@code &}, {@code #} comment blocks), so this is a tolerant tag scanner rather than an XML parser:
 * it reads {@code <Sentence>} attributes, {@code <EventCoding>} elements ({@code sourcecode},
 * {@code targetcode}, {@code eventcode}, {@code plover}, or {@code noevents} / {@code error}) and the
 * {@code <Text>}; {@code <Parse>} is skipped; {@code <Config option="require_dyad">} between
 * sentences is honoured. Events need a target unless a {@code Config} says otherwise, or the file
 * carries UniversalPetrarch's hand-annotated {@code <EventText>} spans (that gold was coded with
 * {@code require_dyad = False}). Stateless.
 */
final class PetrarchXmlReader {
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z]+)((?:[^>\"']|\"[^\"]*\"|'[^']*')*?)(/?)>");
    private static final Pattern ATTR = Pattern.compile("([A-Za-z_]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

    private PetrarchXmlReader() {
    }

    static GoldFile read(String name, String content) {
        String s = COMMENT.matcher(content).replaceAll(" ");
        List<GoldRecord> records = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        // PETRARCH's default; UniversalPetrarch's hand-annotated gold (<EventText> spans) was coded
        // with require_dyad = False (its data/config/PETR_config_es.ini) and has events without a target
        boolean requireDyad = !s.contains("<EventText");
        Open open = null;
        Matcher m = TAG.matcher(s);
        int pos = 0;
        while (m.find(pos)) {
            pos = m.end();
            boolean closing = !m.group(1).isEmpty();
            String tag = m.group(2);
            Map<String, String> attrs = attributes(m.group(3));
            switch (tag) {
                case "Config" -> {
                    if (!closing && "require_dyad".equalsIgnoreCase(attrs.get("option"))) {
                        requireDyad = Boolean.parseBoolean(attrs.getOrDefault("value", "true").strip());
                    }
                }
                case "Sentence" -> {
                    if (open != null) {
                        finish(open, records, notes);
                        open = null;
                    }
                    if (!closing) {
                        open = new Open(attrs, requireDyad);
                    }
                }
                case "EventCoding" -> {
                    if (!closing && open != null) {
                        open.coding(attrs);
                    }
                }
                case "Text" -> {
                    if (!closing) {
                        int end = s.indexOf("</Text>", pos);
                        if (end < 0) {
                            end = s.length();
                        }
                        if (open != null) {
                            open.text = unescape(s.substring(pos, end)).replaceAll("\\s+", " ").strip();
                        }
                        pos = Math.min(s.length(), end + "</Text>".length());
                    }
                }
                case "Parse" -> {
                    if (!closing) {
                        int end = s.indexOf("</Parse>", pos);
                        pos = end < 0 ? s.length() : end + "</Parse>".length();
                    }
                }
                default -> {
                }
            }
        }
        if (open != null) {
            finish(open, records, notes);
        }
        return new GoldFile(name, GoldFormat.PETRARCH_XML, records, notes);
    }

    /** A sentence being read. */
    private static final class Open {
        final Map<String, String> attrs;
        final boolean requireDyad;
        final List<GoldEvent> events = new ArrayList<>();
        String error;
        boolean noEvents;
        String text;

        Open(Map<String, String> attrs, boolean requireDyad) {
            this.attrs = attrs;
            this.requireDyad = requireDyad;
        }

        void coding(Map<String, String> a) {
            if (a.containsKey("error")) {
                error = a.get("error");
                return;
            }
            if (a.containsKey("noevents") || a.containsKey("noevent")) {
                noEvents = true;
                return;
            }
            String plover = a.getOrDefault("plover", "");
            String cameo = EventCodes.cameo(a.get("eventcode"));
            if (cameo.isEmpty() && !plover.isBlank()) {
                cameo = EventCodes.roots(plover);
            }
            events.add(new GoldEvent(-1, ActorCodes.normalize(a.get("sourcecode")),
                    ActorCodes.normalize(a.get("targetcode")), cameo, EventCodes.plover(plover),
                    false, false, false, false));
        }
    }

    private static void finish(Open o, List<GoldRecord> records, List<String> notes) {
        String id = o.attrs.getOrDefault("id", "record-" + (records.size() + 1));
        if (o.text == null) {
            notes.add(id + ": no <Text>; skipped");
            return;
        }
        LocalDate date = date(o.attrs.get("date"));
        if (date == null) {
            notes.add(id + ": no valid date ('" + o.attrs.get("date") + "'); skipped");
            return;
        }
        if (o.noEvents && !o.events.isEmpty()) {
            notes.add(id + ": says noevents but lists events; the events are used");
        }
        records.add(new GoldRecord(id, null, date, null, o.text, o.events, o.error, o.requireDyad));
    }

    /** A PETRARCH date: YYYYMMDD, YYMMDD (years below 30 are 20YY, as PETRARCH reads them) or ISO. */
    static LocalDate date(String s) {
        if (s == null) {
            return null;
        }
        String d = s.strip();
        if (d.length() == 6 && d.chars().allMatch(Character::isDigit)) {
            d = (Integer.parseInt(d.substring(0, 2)) < 30 ? "20" : "19") + d;
        }
        try {
            return d.length() == 8 ? LocalDate.parse(d, DateTimeFormatter.BASIC_ISO_DATE) : LocalDate.parse(d);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Map<String, String> attributes(String s) {
        Map<String, String> out = new HashMap<>();
        Matcher m = ATTR.matcher(s);
        while (m.find()) {
            String v = m.group(2) != null ? m.group(2) : m.group(3);
            out.put(m.group(1).toLowerCase(Locale.ROOT), unescape(v));
        }
        return out;
    }

    static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
