package org.cronista.knowledge;

import java.time.LocalDate;
import java.util.List;
import org.cronista.api.actors.ActorCode;

/**
 * One line of a language's {@code actors.tsv}, or a country name taken from CLDR.
 *
 * @param phrases   the variants, as written
 * @param code      the actor code
 * @param kind      what kind of name it is
 * @param from      first day it applies, or null
 * @param until     last day it applies, or null
 * @param ambiguous whether the phrase is knowingly shared with another actor
 * @param ref       {@code file:line}, or {@code CLDR:<lang>:<iso2>} for CLDR names
 */
public record ActorEntry(List<String> phrases, ActorCode code, EntryKind kind, LocalDate from, LocalDate until,
                         boolean ambiguous, String ref) {

    /** Whether the entry applies on {@code date}. */
    public boolean appliesOn(LocalDate date) {
        return Dates.within(date, from, until);
    }
}
