package org.cronista.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.cronista.api.Article;
import org.cronista.api.LanguageTag;

/**
 * Reads plain-text articles: a file is one article, a folder holds one article per file (read
 * recursively, in name order), standard input is one article. The article id is the file's path.
 */
public final class TextFiles {
    private TextFiles() {
    }

    /** The regular files under {@code paths}, folders expanded recursively in name order. */
    public static List<Path> expand(List<Path> paths, Consumer<Skip> skipped) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted().forEach(out::add);
                } catch (IOException e) {
                    skipped.accept(new Skip(p.toString(), "cannot list folder: " + e.getMessage()));
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                skipped.accept(new Skip(p.toString(), Files.exists(p) ? "not a regular file" : "no such file"));
            }
        }
        return out;
    }

    /**
     * Reads one file as an article.
     *
     * @return the article, or null after reporting the reason to {@code skipped}
     */
    public static Article read(Path file, LocalDate published, LanguageTag lang, Consumer<Skip> skipped) {
        try {
            long size = Files.size(file);
            if (size > TextDecoder.MAX_BYTES) {
                skipped.accept(new Skip(file.toString(), "larger than 10 MB (" + size + " bytes)"));
                return null;
            }
            return toArticle(file.toString(), Files.readAllBytes(file), published, lang, skipped);
        } catch (IOException e) {
            skipped.accept(new Skip(file.toString(), "cannot read: " + e.getMessage()));
            return null;
        }
    }

    /** Reads standard input (or any stream) as one article named {@code origin}. */
    public static Article read(String origin, InputStream in, LocalDate published, LanguageTag lang,
                               Consumer<Skip> skipped) throws IOException {
        byte[] bytes = in.readNBytes((int) TextDecoder.MAX_BYTES + 1);
        return toArticle(origin, bytes, published, lang, skipped);
    }

    private static Article toArticle(String origin, byte[] bytes, LocalDate published, LanguageTag lang,
                                     Consumer<Skip> skipped) {
        TextDecoder.Result r = TextDecoder.decode(bytes);
        if (r instanceof TextDecoder.Refused refused) {
            skipped.accept(new Skip(origin, refused.reason()));
            return null;
        }
        String text = ((TextDecoder.Text) r).text();
        return new Article(origin, null, null, published, lang, null, text);
    }
}
