package org.cronista.knowledge;

import java.time.LocalDate;
import java.util.List;
import org.cronista.api.actors.ActorCode;

/**
 * A named person with dated roles ({@code world/people.tsv}).
 *
 * @param id      slug shared by the person's lines
 * @param periods the roles, sorted by start
 * @param names   full names that identify the person alone
 * @param short_  names that need the full name earlier in the article
 */
public record Person(String id, List<Period> periods, List<String> names, List<String> short_) {

    /**
     * One role over time.
     *
     * @param code  actor code in the period
     * @param from  first day
     * @param until last day, or null while ongoing
     * @param role  what the person was
     * @param ref   {@code file:line}
     */
    public record Period(ActorCode code, LocalDate from, LocalDate until, String role, String ref) {
        /** Whether {@code date} falls in this period. */
        public boolean covers(LocalDate date) {
            return Dates.within(date, from, until);
        }
    }

    /**
     * The person's code on a date, and why.
     *
     * @param code   the code
     * @param period the period that gave it, or null when the date lies outside all periods
     * @param note   explanation for outside dates ("former", "before office")
     */
    public record Resolution(ActorCode code, Period period, String note) {
    }

    /** The person's code on {@code date}: the covering period's, else former/before rules. */
    public Resolution codeAt(LocalDate date, Countries countries) {
        Period best = null;
        for (Period p : periods) {
            if (p.covers(date) && (best == null || p.from().isAfter(best.from()))) {
                best = p;
            }
        }
        if (best != null) {
            return new Resolution(best.code(), best, null);
        }
        Period first = periods.get(0);
        Period last = periods.get(periods.size() - 1);
        boolean before = date.isBefore(first.from());
        Period near = before ? first : last;
        String head = near.code().head();
        if (countries.contains(head)) {
            return before
                    ? new Resolution(new ActorCode(head), null, "before first role " + first.from())
                    : new Resolution(new ActorCode(head + "ELI"), null, "former " + last.role() + " until " + last.until());
        }
        return new Resolution(near.code(), null, before ? "before first role" : "after last role");
    }

    /** The preferred display name. */
    public String displayName() {
        return names.isEmpty() ? id : names.get(0);
    }
}
