package org.cronista.store;

import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.cronista.api.Article;

/**
 * The store's id of an article: the first 128 bits of the SHA-256 of its normalised text (headline
 * and body as the coder reads them, in Unicode NFC, runs of white space made one space, trimmed),
 * as 32 lower-case hex digits. The same article read twice, from any file or format, gets the same
 * id, which is what makes ingest idempotent; the id the input gave is kept apart. Pure and
 * thread-safe; reused unchanged by the Spark application.
 */
public final class ArticleId {
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private ArticleId() {
    }

    /** The id of {@code article}. */
    public static String of(Article article) {
        return ofText(article.fullText());
    }

    /** The id of an article whose headline and body read {@code fullText}. */
    public static String ofText(String fullText) {
        String normal = SPACE.matcher(Normalizer.normalize(fullText, Normalizer.Form.NFC)).replaceAll(" ").strip();
        byte[] h = Hashes.sha256(normal);
        return HexFormat.of().formatHex(h, 0, 16);
    }
}
