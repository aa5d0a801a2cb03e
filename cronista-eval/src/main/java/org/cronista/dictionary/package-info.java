/**
 * Dictionary tools: {@link org.cronista.dictionary.PetrarchImporter} converts PETRARCH/TABARI actor,
 * agent and verb dictionaries into Cronista's knowledge files, and
 * {@link org.cronista.dictionary.DictionaryChecker} validates any dictionary folder and reports each
 * problem as {@code file:line}.
 */
package org.cronista.dictionary;
