package org.cronista.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cronista.api.actors.ActorMention;
import org.cronista.api.events.CodedEvent;
import org.cronista.api.events.Event;
import org.cronista.api.events.EventType;
import org.cronista.api.geo.PlaceMention;
import org.cronista.api.text.AnalyzedText;

/**
 * An article's event as one JSON object: the dyad, the action in CAMEO and PLOVER, place and date,
 * and every sentence that reports it with the trigger and the rule that fired. The same shape is
 * written by {@code cronista code --format jsonl} and returned by the HTTP API. Thread-safe.
 */
public final class EventJson {
    private final ObjectMapper mapper;
    private final GeoLabels geo;

    /** A writer using {@code mapper} for nodes and {@code geo} for place labels. */
    public EventJson(ObjectMapper mapper, GeoLabels geo) {
        this.mapper = mapper;
        this.geo = geo;
    }

    /** The JSON object of {@code e}, an event of document {@code doc} whose text is {@code text}. */
    public ObjectNode toJson(String doc, AnalyzedText text, Event e) {
        ObjectNode o = mapper.createObjectNode();
        o.put("doc", doc);
        o.set("source", actor(e.sourceMention(), e.source().value()));
        ActorMention t = e.targetMention();
        if (t == null) {
            o.putNull("target");
        } else {
            o.set("target", actor(t, e.target().value()));
        }
        EventType type = e.type();
        o.put("cameo", type.code().value());
        o.put("root", type.code().root());
        o.put("event", type.name());
        if (type.plover() == null) {
            o.putNull("plover");
        } else {
            o.put("plover", type.plover().name());
        }
        o.put("goldstein", type.goldstein());
        o.put("quad_class", type.quadClass().number());
        PlaceMention p = e.place();
        if (p == null) {
            o.putNull("location");
            o.putNull("geo");
        } else {
            o.put("location", geo.fullName(p.place()));
            ObjectNode g = o.putObject("geo");
            g.put("text", p.span().of(text.text()));
            g.put("id", p.place().id());
            g.put("feature", p.place().feature());
            g.put("country", p.place().country());
            g.put("admin1", p.place().admin1());
            g.put("lat", p.place().latitude());
            g.put("lon", p.place().longitude());
            g.put("start", p.span().start());
            g.put("end", p.span().end());
        }
        o.put("date", e.date() == null ? null : e.date().toString());
        o.put("negated", !e.first().status().happened());
        o.put("status", e.first().status().name().toLowerCase(java.util.Locale.ROOT));
        o.put("symmetric", e.symmetric());
        ArrayNode ms = o.putArray("mentions");
        for (CodedEvent m : e.mentions()) {
            ObjectNode mo = ms.addObject();
            mo.put("sentence", m.sentence());
            mo.put("text", text.sentenceText(text.sentences().get(m.sentence())));
            ObjectNode tr = mo.putObject("trigger");
            tr.put("start", m.trigger().start());
            tr.put("end", m.trigger().end());
            tr.put("text", m.trigger().of(text.text()));
            mo.put("rule", m.rule());
            mo.put("source_rule", m.source().rule());
            if (m.target() != null) {
                mo.put("target_rule", m.target().rule());
            }
        }
        return o;
    }

    private ObjectNode actor(ActorMention m, String code) {
        ObjectNode a = mapper.createObjectNode();
        a.put("code", code);
        a.put("name", m.name());
        a.put("kind", m.kind().name().toLowerCase(java.util.Locale.ROOT));
        a.put("start", m.span().start());
        a.put("end", m.span().end());
        return a;
    }
}
