package org.cronista.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cronista.knowledge.Knowledge;
import org.cronista.knowledge.KnowledgeSource;
import picocli.CommandLine.Option;

/** The {@code --knowledge} option shared by commands that load Cronista's dictionaries. */
final class KnowledgeOptions {
    /** The user's knowledge folder read by every command when it exists (and written by gazetteer import). */
    static final String DEFAULT_FOLDER = "knowledge";

    @Option(names = "--knowledge", paramLabel = "DIR",
            description = "Extra knowledge folder(s) with the layout of the shipped data (world/, it/, en/ …); "
                    + "their lines are added to the shipped dictionaries. ./" + DEFAULT_FOLDER
                    + " is read when it exists.")
    List<Path> folders = new ArrayList<>();

    KnowledgeSource source() {
        List<Path> all = new ArrayList<>();
        Path standard = Path.of(DEFAULT_FOLDER);
        if (Files.isDirectory(standard) && !folders.contains(standard)) {
            all.add(standard);
        }
        all.addAll(folders);
        return all.isEmpty() ? KnowledgeSource.shipped() : KnowledgeSource.shippedPlus(all);
    }

    Knowledge load() {
        return Knowledge.load(source());
    }
}
