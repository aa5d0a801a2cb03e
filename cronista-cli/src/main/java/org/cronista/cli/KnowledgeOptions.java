package org.cronista.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cronista.knowledge.Knowledge;
import org.cronista.knowledge.KnowledgeSource;
import picocli.CommandLine.Option;

/** The {@code --knowledge} option shared by commands that load Cronista's dictionaries. */
final class KnowledgeOptions {
    @Option(names = "--knowledge", paramLabel = "DIR",
            description = "Extra knowledge folder(s) with the layout of the shipped data (world/, it/, en/ …); "
                    + "their lines are added to the shipped dictionaries.")
    List<Path> folders = new ArrayList<>();

    KnowledgeSource source() {
        return folders.isEmpty() ? KnowledgeSource.shipped() : KnowledgeSource.shippedPlus(folders);
    }

    Knowledge load() {
        return Knowledge.load(source());
    }
}
