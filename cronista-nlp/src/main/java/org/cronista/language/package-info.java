/** Stage 1, language identification: {@link org.cronista.language.LinguaLanguageDetector}. */
package org.cronista.language;
