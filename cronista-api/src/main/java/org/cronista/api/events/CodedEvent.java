package org.cronista.api.events;

import java.time.LocalDate;
import java.util.Objects;
import org.cronista.api.actors.ActorMention;
import org.cronista.api.geo.PlaceMention;
import org.cronista.api.text.CharSpan;

/**
 * One mention of an event in one sentence: who did what to whom, and which rule said so.
 *
 * @param sentence  index of the sentence
 * @param source    the actor who acts
 * @param target    the actor acted upon, or null
 * @param type      the action, as CAMEO code with its codebook values
 * @param trigger   the words that name the action (from the anchor to the last pattern word)
 * @param rule      id of the pattern that fired, e.g. {@code it.elogiare.1}
 * @param symmetric whether the action is mutual (a meeting), so that direction carries no meaning
 * @param status    whether the text says it happened
 * @param place     where it happened, or null
 * @param date      when it happened, or null before dates are resolved
 */
public record CodedEvent(int sentence, ActorMention source, ActorMention target, EventType type,
                         CharSpan trigger, String rule, boolean symmetric, EventStatus status,
                         PlaceMention place, LocalDate date) {
    public CodedEvent {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(status, "status");
    }

    /** This event located at {@code p}. */
    public CodedEvent withPlace(PlaceMention p) {
        return new CodedEvent(sentence, source, target, type, trigger, rule, symmetric, status, p, date);
    }

    /** This event dated {@code d}. */
    public CodedEvent withDate(LocalDate d) {
        return new CodedEvent(sentence, source, target, type, trigger, rule, symmetric, status, place, d);
    }
}
