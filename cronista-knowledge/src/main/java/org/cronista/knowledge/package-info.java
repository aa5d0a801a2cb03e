/**
 * Loads Cronista's knowledge files — codebook, countries, people, places, and per language the
 * actors, agents, event patterns and grammar words — into immutable objects, validating them and
 * reporting problems as {@code file:line}. See {@code cronista-knowledge/FORMATS.md}.
 *
 * <p>Entry point: {@link org.cronista.knowledge.Knowledge#load(KnowledgeSource)}.
 */
package org.cronista.knowledge;
