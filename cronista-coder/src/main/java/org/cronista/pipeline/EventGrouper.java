package org.cronista.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cronista.api.actors.ActorCode;
import org.cronista.api.events.CodedEvent;
import org.cronista.api.events.Event;

/**
 * Groups an article's event mentions into distinct events: same source, target and CAMEO code
 * (either direction for symmetric actions). Only mentions whose status says the action happened
 * count.
 */
public final class EventGrouper {
    private EventGrouper() {
    }

    /** The distinct events that happened, in order of first mention. */
    public static List<Event> group(List<CodedEvent> mentions) {
        return group(mentions, false);
    }

    /**
     * The distinct events of {@code mentions}, in order of first mention.
     *
     * @param unreal also group negated and hypothetical mentions, apart from the real ones
     */
    public static List<Event> group(List<CodedEvent> mentions, boolean unreal) {
        Map<String, List<CodedEvent>> byKey = new LinkedHashMap<>();
        Map<String, ActorCode[]> dyads = new LinkedHashMap<>();
        for (CodedEvent e : mentions) {
            if (!e.status().happened() && !unreal) {
                continue;
            }
            ActorCode src = e.source().code();
            ActorCode tgt = e.target() == null ? null : e.target().code();
            if (e.symmetric() && tgt != null && tgt.compareTo(src) < 0) {
                ActorCode t = src;
                src = tgt;
                tgt = t;
            }
            String key = src + ">" + (tgt == null ? "" : tgt) + ":" + e.type().code() + ":" + e.status();
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
            dyads.putIfAbsent(key, new ActorCode[] {src, tgt});
        }
        List<Event> out = new ArrayList<>(byKey.size());
        byKey.forEach((key, list) -> {
            ActorCode[] d = dyads.get(key);
            out.add(new Event(d[0], d[1], list.get(0).type(), list));
        });
        return out;
    }
}
