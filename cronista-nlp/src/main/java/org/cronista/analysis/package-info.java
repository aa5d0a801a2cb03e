/**
 * Stage 2, sentences and tokens: {@link org.cronista.analysis.LanguageToolAnalyzer} segments text
 * with ICU4J (Unicode sentence and word boundaries, CLDR abbreviation lists) and reads each word's
 * lemmas and parts of speech from LanguageTool's dictionaries. What differs between languages
 * (elisions, possessive clitics, contractions, tag sets) comes from the language's knowledge files;
 * a subpackage per language holds what cannot be data.
 */
package org.cronista.analysis;
