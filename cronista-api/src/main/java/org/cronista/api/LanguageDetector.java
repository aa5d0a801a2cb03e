package org.cronista.api;

import java.util.Optional;

/**
 * Stage 1: tells which language a text is written in. Implementations are thread-safe.
 */
public interface LanguageDetector {

    /**
     * Detects the language of {@code text}.
     *
     * @return the language, or empty when the text is in none of the languages the detector knows
     *     well enough to be sure (too short, mixed, or another language)
     */
    Optional<DetectedLanguage> detect(String text);

    /**
     * A detection result.
     *
     * @param language   the language found (which may be one Cronista cannot code)
     * @param confidence between 0 and 1
     */
    record DetectedLanguage(LanguageTag language, double confidence) {
    }
}
