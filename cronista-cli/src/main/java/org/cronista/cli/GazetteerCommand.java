package org.cronista.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cronista.knowledge.GeoNamesImport;
import org.cronista.knowledge.Knowledge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cronista gazetteer}: the offline gazetteer. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true, description = "Manage the gazetteer.",
        subcommands = GazetteerCommand.Import.class)
final class GazetteerCommand {

    /**
     * {@code cronista gazetteer import FILE}: converts a GeoNames dump into a knowledge folder
     * ({@code ./knowledge} by default, which every command reads when present).
     */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import a GeoNames dump (allCountries.txt, cities500.txt or their .zip) for full coverage.")
    static final class Import implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "GeoNames dump in its tab-separated format.")
        Path file;

        @Option(names = "--out", paramLabel = "DIR", defaultValue = KnowledgeOptions.DEFAULT_FOLDER,
                description = "Knowledge folder to write world/places.tsv into (default: ${DEFAULT-VALUE}).")
        Path out;

        @Option(names = "--min-population", defaultValue = "1000",
                description = "Leave out populated places smaller than this (default: ${DEFAULT-VALUE}).")
        long minPopulation;

        @Mixin
        KnowledgeOptions knowledge;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter err = spec.commandLine().getErr();
            Knowledge k = knowledge.load();
            Path target = out.resolve("world").resolve("places.tsv");
            GeoNamesImport.Result r = GeoNamesImport.run(file, target, k.countries(), minPopulation,
                    p -> err.println("cronista: " + p));
            PrintWriter o = spec.commandLine().getOut();
            o.printf("read %d lines, wrote %d places to %s, skipped %d%n", r.read(), r.written(), target, r.skipped());
            o.flush();
            return 0;
        }
    }
}
