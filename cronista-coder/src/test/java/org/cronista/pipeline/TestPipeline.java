package org.cronista.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cronista.api.Article;
import org.cronista.api.LanguageTag;
import org.cronista.api.events.CodedEvent;
import org.cronista.knowledge.Knowledge;
import org.cronista.knowledge.KnowledgeSource;

/** One pipeline over the shipped knowledge, shared by the tests of this module (it is immutable). */
public final class TestPipeline {
    private static Pipeline pipeline;

    private TestPipeline() {
    }

    /** The shared pipeline. */
    public static synchronized Pipeline get() {
        if (pipeline == null) {
            pipeline = Pipeline.create(Knowledge.load(KnowledgeSource.shipped()));
        }
        return pipeline;
    }

    /** Codes one text. */
    public static CodedArticle code(String lang, String date, String text) {
        try {
            return get().code(new Article("test", null, null, LocalDate.parse(date), LanguageTag.of(lang), null, text));
        } catch (UnsupportedLanguageException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "SRC>TGT:CODE" for each mention (TGT "-" when none), with its status when not asserted. */
    public static List<String> dyads(CodedArticle a) {
        return a.mentions().stream().map(TestPipeline::dyad).toList();
    }

    /** "SRC>TGT:CODE" of one mention, suffixed "!negated"/"!hypothetical" when not asserted. */
    public static String dyad(CodedEvent e) {
        String s = e.source().code() + ">" + (e.target() == null ? "-" : e.target().code().value()) + ":" + e.type().code();
        return e.status().happened() ? s : s + "!" + e.status().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The shared evaluation material (../shared), if present. */
    public static Optional<Path> shared() {
        String p = System.getProperty("cronista.shared");
        if (p == null) {
            return Optional.empty();
        }
        Path dir = Path.of(p);
        return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
    }
}
