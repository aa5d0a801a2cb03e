/**
 * Dictionary phrase matching shared by the actor and place stages: a token trie keyed by folded
 * forms and lemmas ({@link org.cronista.matching.PhraseIndex}).
 */
package org.cronista.matching;
