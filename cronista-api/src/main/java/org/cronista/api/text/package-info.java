/**
 * Stage 2, sentences and tokens: {@link org.cronista.api.text.TextAnalyzer} turns text into
 * {@link org.cronista.api.text.AnalyzedText}. Character offsets ({@link org.cronista.api.text.CharSpan})
 * point into the original text; token offsets ({@link org.cronista.api.text.TokenSpan}) into a sentence.
 */
package org.cronista.api.text;
