package org.cronista.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.cronista.store.EventStore;
import picocli.CommandLine.Option;

/** The {@code --db} option of the commands that use the event store. */
final class StoreOptions {
    @Option(names = "--db", paramLabel = "FILE", defaultValue = EventStore.DEFAULT_FILE,
            description = "The event database (default: ${DEFAULT-VALUE} in the working folder).")
    Path db;

    /** The first line of an error's message. */
    static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** Prints a store error as one line and returns the exit status for it. */
    static int fail(PrintWriter err, RuntimeException e) {
        err.println("cronista: " + firstLine(e));
        err.flush();
        return 2;
    }
}
