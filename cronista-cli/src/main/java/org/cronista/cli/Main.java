package org.cronista.cli;

import org.cronista.knowledge.KnowledgeException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code cronista} command: dispatches to the subcommands. */
@Command(name = "cronista", mixinStandardHelpOptions = true, version = "cronista 0.1.0",
        description = "Reads the news and codes who did what to whom, where and when (CAMEO, PLOVER, GDELT).",
        subcommands = {CodeCommand.class, ExplainCommand.class, IngestCommand.class, EventsCommand.class,
            ExportCommand.class, SqlCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its status (for tests). */
    public static int run(String... args) {
        return new CommandLine(new Main())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((ex, cmd, parsed) -> {
                    if (ex instanceof KnowledgeException ke) {
                        cmd.getErr().println("cronista: invalid knowledge files:");
                        cmd.getErr().println(ke.getMessage());
                        return 2;
                    }
                    throw ex;
                })
                .execute(args);
    }
}
