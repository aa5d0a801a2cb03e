package org.cronista.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import org.cronista.api.events.PloverType;
import org.cronista.store.query.EventFilter;
import picocli.CommandLine.Option;

/** The event filters shared by {@code events} and {@code export}. */
final class FilterOptions {
    @Option(names = "--actor", paramLabel = "CODE", description = "Either actor's code starts with CODE (RUS matches RUSGOV).")
    String actor;

    @Option(names = "--source", paramLabel = "CODE", description = "The source actor's code starts with CODE.")
    String source;

    @Option(names = "--target", paramLabel = "CODE", description = "The target actor's code starts with CODE.")
    String target;

    @Option(names = "--root", paramLabel = "NN", description = "CAMEO root code, 01 to 20.")
    String root;

    @Option(names = "--plover", paramLabel = "TYPE", description = "PLOVER event type: ${COMPLETION-CANDIDATES}.")
    PloverType plover;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Events on or after this day.")
    LocalDate since;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "Events on or before this day.")
    LocalDate until;

    @Option(names = "--country", paramLabel = "CODE",
            description = "Where the event happened: a CAMEO/ISO code (RUS) or a FIPS code (RS).")
    String country;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "At most N events (default: all).")
    int limit;

    /** The filter, or null after printing to {@code err} which option is malformed. */
    EventFilter filterOrNull(PrintWriter err) {
        try {
            return new EventFilter(actor, source, target, root, plover, since, until, country, limit);
        } catch (IllegalArgumentException e) {
            err.println("cronista: " + e.getMessage());
            return null;
        }
    }
}
