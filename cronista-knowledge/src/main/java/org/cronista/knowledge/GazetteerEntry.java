package org.cronista.knowledge;

import java.util.List;
import java.util.Map;
import org.cronista.api.LanguageTag;
import org.cronista.api.geo.Place;

/**
 * A place with its names per language ({@code world/places.tsv} or an imported GeoNames dump).
 *
 * @param place the place
 * @param names names per language, preferred first; names under {@code null}... are not used:
 *              language-neutral names are listed under every language
 * @param ref   {@code file:line}
 */
public record GazetteerEntry(Place place, Map<LanguageTag, List<String>> names, String ref) {

    /** The names in {@code lang}, or none. */
    public List<String> namesIn(LanguageTag lang) {
        return names.getOrDefault(lang, List.of());
    }
}
