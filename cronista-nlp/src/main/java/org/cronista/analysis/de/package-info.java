/**
 * German word order for the coder: {@link org.cronista.analysis.de.GermanClauses} joins separable
 * verbs, closes verb brackets and puts subordinate, relative, infinitive and inverted clauses into
 * subject–verb–object order.
 */
package org.cronista.analysis.de;
