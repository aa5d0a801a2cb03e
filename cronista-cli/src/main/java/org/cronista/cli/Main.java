package org.cronista.cli;

import org.cronista.knowledge.KnowledgeException;
import org.cronista.pipeline.UnsupportedLanguageException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code cronista} command: dispatches to the subcommands. */
@Command(name = "cronista", mixinStandardHelpOptions = true, version = "cronista 0.1.0",
        description = "Reads the news and codes who did what to whom, where and when (CAMEO, PLOVER, GDELT).",
        subcommands = {CodeCommand.class, ExplainCommand.class, IngestCommand.class, EventsCommand.class,
                ExportCommand.class, SqlCommand.class, ServeCommand.class, ActorsCommand.class, GazetteerCommand.class, EvalCommand.class,
                DictionaryCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its status. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line, whose output and error writers tests may replace. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main())
                .setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true))
                .setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((ex, cmd, parsed) -> {
                    if (ex instanceof KnowledgeException ke) {
                        cmd.getErr().println("cronista: invalid knowledge files:");
                        cmd.getErr().println(ke.getMessage());
                        return 2;
                    }
                    if (ex instanceof UnsupportedLanguageException ul) {
                        cmd.getErr().println("cronista: " + ul.getMessage());
                        return 2;
                    }
                    throw ex;
                });
    }
}
