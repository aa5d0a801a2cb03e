package org.cronista.knowledge;

import java.util.List;

/**
 * A word or phrase that dates an event ({@code <lang>/dates.tsv}).
 *
 * @param phrases variants
 * @param kind    {@code offset}, {@code weekday}, {@code week}, {@code month}, {@code year} or {@code month-name}
 * @param value   the number the kind needs
 * @param ref     {@code file:line}
 */
public record DateWord(List<String> phrases, String kind, int value, String ref) {
}
