/**
 * Stage 3, actor mentions: {@link org.cronista.api.actors.ActorResolver} finds who is named in a text
 * and gives each mention its CAMEO actor code ({@link org.cronista.api.actors.ActorCode}) for the
 * article's date.
 */
package org.cronista.api.actors;
