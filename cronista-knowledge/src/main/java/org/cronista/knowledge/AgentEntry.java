package org.cronista.knowledge;

import java.util.List;

/**
 * One line of a language's {@code agents.tsv}: role words.
 *
 * @param phrases the variants
 * @param role    one or more three-letter role codes ({@code GOV}, {@code MILGOV} …)
 * @param leader  whether the words name a head of state or government
 * @param titles  the offices the words name, as {@code world/people.tsv} writes them in its
 *                {@code role} column ("president", "foreign minister"), so that "the Ukrainian
 *                president" finds the person in office on the article's date; may be empty
 * @param ref     {@code file:line}
 */
public record AgentEntry(List<String> phrases, String role, boolean leader, List<String> titles, String ref) {
    public AgentEntry {
        phrases = List.copyOf(phrases);
        titles = List.copyOf(titles);
    }
}
