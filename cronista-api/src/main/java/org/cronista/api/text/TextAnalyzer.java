package org.cronista.api.text;

import org.cronista.api.LanguageTag;

/**
 * Stage 2: splits a text into sentences and tokens and gives each token its lemma and part of
 * speech. Implementations are thread-safe and hold their models for the life of the process.
 */
public interface TextAnalyzer {

    /** The language this analyzer reads. */
    LanguageTag language();

    /** Analyses {@code text}; never returns null. */
    AnalyzedText analyze(String text);
}
