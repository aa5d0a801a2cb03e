package org.cronista.api.geo;

import java.util.List;
import org.cronista.api.text.AnalyzedText;

/**
 * Finds place names in a text and chooses, among same-named places, the one the article means.
 * Implementations are thread-safe.
 */
public interface PlaceFinder {

    /** Place mentions ordered by sentence and position. */
    List<PlaceMention> find(AnalyzedText text);
}
