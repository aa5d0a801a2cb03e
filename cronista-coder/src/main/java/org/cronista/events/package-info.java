/**
 * Stage 4, events: {@link org.cronista.events.PatternEventCoder} reads each sentence's clause
 * structure ({@code ClauseAnalysis}: verb groups, compounds, subjects) and applies the language's
 * event patterns to code who did what to whom.
 */
package org.cronista.events;
