package org.cronista.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where knowledge files come from: the files shipped in this jar, followed by any user folders with
 * the same layout ({@code world/}, {@code it/} …) whose lines are added to the shipped ones.
 * Creating a source performs no I/O; {@link #open(String)} does.
 */
public final class KnowledgeSource {
    /** Classpath folder of the shipped files. */
    public static final String CLASSPATH_ROOT = "cronista/data/";

    private final boolean shipped;
    private final List<Path> overlays;

    private KnowledgeSource(boolean shipped, List<Path> overlays) {
        this.shipped = shipped;
        this.overlays = List.copyOf(overlays);
    }

    /** The shipped files only. */
    public static KnowledgeSource shipped() {
        return new KnowledgeSource(true, List.of());
    }

    /** The shipped files plus user folders, read in this order. */
    public static KnowledgeSource shippedPlus(List<Path> folders) {
        return new KnowledgeSource(true, folders);
    }

    /** Only the given folders (for tests and for checking a user's own dictionaries). */
    public static KnowledgeSource only(List<Path> folders) {
        return new KnowledgeSource(false, folders);
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
        if (shipped) {
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
