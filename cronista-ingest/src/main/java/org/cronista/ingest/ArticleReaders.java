package org.cronista.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Picks the reader for a file by its name: {@code .jsonl}/{@code .ndjson} (also gzipped) JSON lines;
 * {@code .warc}/{@code .warc.gz} web archives; {@code .rss}/{@code .atom}/{@code .xml} feeds;
 * {@code .html}/{@code .htm}/{@code .xhtml} web pages; anything else plain text.
 */
public final class ArticleReaders {
    private ArticleReaders() {
    }

    /** The reader for a file named {@code name} (a path or a URI whose last segment has the extension). */
    public static ArticleReader forName(String name, ReadOptions options) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".jsonl.gz") || n.endsWith(".ndjson.gz")) {
            return new JsonLinesReader(options);
        }
        if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
            return new WebArchiveReader(options);
        }
        if (n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".xml")) {
            return new FeedReader(options);
        }
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return new HtmlReader(options);
        }
        return new TextReader(options);
    }

    /** The reader for {@code file}. */
    public static ArticleReader forFile(Path file, ReadOptions options) {
        return forName(file.getFileName() == null ? file.toString() : file.getFileName().toString(), options);
    }

    /**
     * The regular files under {@code paths}, folders expanded recursively in name order (hidden
     * files left out); a path that is not there is reported to {@code skipped}.
     */
    public static List<Path> files(List<Path> paths, Consumer<Skip> skipped) {
        return TextFiles.expand(paths, skipped);
    }
}
