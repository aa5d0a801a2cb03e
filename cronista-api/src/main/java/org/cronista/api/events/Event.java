package org.cronista.api.events;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.cronista.api.actors.ActorCode;
import org.cronista.api.actors.ActorMention;
import org.cronista.api.geo.PlaceMention;

/**
 * One distinct event of an article: same source, target and CAMEO code, with every sentence that
 * reports it. For a symmetric event the two actors are kept in code order, so that "X met Y" and
 * "Y met X" are one event.
 *
 * @param source   source actor code
 * @param target   target actor code, or null
 * @param type     the action
 * @param mentions the sentences that report it, in text order; never empty
 */
public record Event(ActorCode source, ActorCode target, EventType type, List<CodedEvent> mentions) {
    public Event {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("an event needs at least one mention");
        }
    }

    /** The first mention. */
    public CodedEvent first() {
        return mentions.get(0);
    }

    /** Whether the action is mutual. */
    public boolean symmetric() {
        return first().symmetric();
    }

    /** The source actor as first named. */
    public ActorMention sourceMention() {
        CodedEvent f = first();
        return f.source().code().equals(source) ? f.source() : f.target();
    }

    /** The target actor as first named, or null. */
    public ActorMention targetMention() {
        if (target == null) {
            return null;
        }
        CodedEvent f = first();
        return f.target() != null && f.target().code().equals(target) ? f.target() : f.source();
    }

    /** The first place any mention gives, or null. */
    public PlaceMention place() {
        return mentions.stream().map(CodedEvent::place).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** The earliest date any mention gives, or null. */
    public LocalDate date() {
        return mentions.stream().map(CodedEvent::date).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
    }
}
