package org.cronista.api.text;

import java.util.List;
import org.cronista.api.LanguageTag;

/**
 * A text split into sentences and tokens, each token with its readings.
 *
 * @param text      the text analysed; all char spans point into it
 * @param language  the language it was analysed as
 * @param sentences its sentences in order, immutable
 */
public record AnalyzedText(String text, LanguageTag language, List<Sentence> sentences) {
    public AnalyzedText {
        sentences = List.copyOf(sentences);
    }

    /** The written text of a sentence. */
    public String sentenceText(Sentence s) {
        return s.span().of(text);
    }

    /** Total number of tokens. */
    public int tokenCount() {
        int n = 0;
        for (Sentence s : sentences) {
            n += s.size();
        }
        return n;
    }
}
