package org.cronista.knowledge;

import java.util.List;

/**
 * One line of a language's {@code agents.tsv}: role words.
 *
 * @param phrases the variants
 * @param role    one or more three-letter role codes ({@code GOV}, {@code MILGOV} …)
 * @param leader  whether the words name a head of state or government
 * @param ref     {@code file:line}
 */
public record AgentEntry(List<String> phrases, String role, boolean leader, String ref) {
}
