/**
 * Stage 4, events: {@link org.cronista.api.events.EventCoder} finds who did what to whom in a
 * sentence and codes the action in CAMEO and PLOVER; {@link org.cronista.api.events.DateResolver}
 * dates it. {@link org.cronista.api.events.Event} groups the mentions of one event in an article.
 */
package org.cronista.api.events;
