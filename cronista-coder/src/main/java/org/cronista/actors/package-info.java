/**
 * Stage 3, actor mentions: {@link org.cronista.actors.DictionaryActorResolver} matches the
 * language's actor, people and agent dictionaries, assembles noun phrases ("il presidente russo
 * Vladimir Putin", "the Russian army") into CAMEO codes for the article's date, and resolves later
 * references (a bare surname, "the two leaders") to actors named before.
 */
package org.cronista.actors;
