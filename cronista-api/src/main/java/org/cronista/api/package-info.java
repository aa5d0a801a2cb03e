/**
 * Cronista's shared vocabulary: the immutable records each pipeline stage exchanges, the value types
 * for codes, and one interface per stage.
 *
 * <p>The stages, in order: {@link org.cronista.api.LanguageDetector} → {@link org.cronista.api.text.TextAnalyzer}
 * → {@link org.cronista.api.geo.PlaceFinder} → {@link org.cronista.api.actors.ActorResolver}
 * → {@link org.cronista.api.events.EventCoder} → {@link org.cronista.api.geo.EventLocator} and
 * {@link org.cronista.api.events.DateResolver}. Nothing here performs I/O.
 */
package org.cronista.api;
