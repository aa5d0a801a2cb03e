package org.cronista.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where knowledge files come from: the files shipped in this jar, followed by any user folders with
 * the same layout ({@code world/}, {@code it/} …) whose lines are added to the shipped ones.
 * Creating a source performs no I/O; {@link #open(String)} does.
 */
public final class KnowledgeSource {
    /** Classpath folder of the shipped files. */
    public static final String CLASSPATH_ROOT = "cronista/data/";
    /**
     * The files that hold dictionaries (who is named how, which words make which event) as opposed
     * to language machinery (grammar words, tag sets, date words) and the CAMEO codebook.
     */
    public static final Set<String> DICTIONARY_FILES = Set.of("actors.tsv", "agents.tsv", "events.tsv",
            "people.tsv", "countries.tsv", "places.tsv");

    private final boolean shipped;
    private final boolean shippedDictionaries;
    private final List<Path> overlays;

    private KnowledgeSource(boolean shipped, boolean shippedDictionaries, List<Path> overlays) {
        this.shipped = shipped;
        this.shippedDictionaries = shippedDictionaries;
        this.overlays = List.copyOf(overlays);
    }

    /** The shipped files only. */
    public static KnowledgeSource shipped() {
        return new KnowledgeSource(true, true, List.of());
    }

    /** The shipped files plus user folders, read in this order. */
    public static KnowledgeSource shippedPlus(List<Path> folders) {
        return new KnowledgeSource(true, true, folders);
    }

    /** Only the given folders (for tests and for checking a user's own dictionaries). */
    public static KnowledgeSource only(List<Path> folders) {
        return new KnowledgeSource(false, false, folders);
    }

    /**
     * The shipped language machinery and codebook, with the dictionaries ({@link #DICTIONARY_FILES})
     * taken only from the given folders: to code with imported dictionaries instead of Cronista's.
     * Lines of the folders' other files (a {@code world/cameo.tsv} with extra codes) are added as
     * usual.
     */
    public static KnowledgeSource dictionariesOnly(List<Path> folders) {
        return new KnowledgeSource(true, false, folders);
    }

    /** Whether {@code relative} ({@code en/actors.tsv}) names a dictionary file. */
    public static boolean isDictionary(String relative) {
        return DICTIONARY_FILES.contains(relative.substring(relative.lastIndexOf('/') + 1));
    }

    /** The user folders. */
    public List<Path> overlays() {
        return overlays;
    }

    /** A named stream of one file. */
    public record Opened(String name, InputStream stream) {
    }

    /**
     * Opens every copy of {@code relative} (e.g. {@code it/actors.tsv}): the shipped one first, if
     * any, then each overlay's. The caller closes the streams.
     */
    public List<Opened> open(String relative) {
        List<Opened> out = new ArrayList<>();
        if (shipped && (shippedDictionaries || !isDictionary(relative))) {
            InputStream in = KnowledgeSource.class.getClassLoader().getResourceAsStream(CLASSPATH_ROOT + relative);
            if (in != null) {
                out.add(new Opened(relative, in));
            }
        }
        for (Path dir : overlays) {
            Path p = dir.resolve(relative);
            if (Files.isRegularFile(p)) {
                try {
                    out.add(new Opened(p.toString(), Files.newInputStream(p)));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + p, e);
                }
            }
        }
        return out;
    }
}
