package org.cronista.output;

import java.util.HashMap;
import java.util.Map;
import org.cronista.api.geo.Place;
import org.cronista.knowledge.Countries;
import org.cronista.knowledge.Country;
import org.cronista.knowledge.Gazetteer;
import org.cronista.knowledge.GazetteerEntry;

/**
 * Readable and GDELT-style labels for places: "Amur Oblast, Russia", the FIPS country code and
 * GDELT's geographic resolution type. Immutable after construction.
 */
public final class GeoLabels {
    private final Countries countries;
    private final Map<String, String> admin1Names = new HashMap<>();

    /** Labels over a gazetteer's first-level regions and the country table. */
    public GeoLabels(Gazetteer gazetteer, Countries countries) {
        this.countries = countries;
        for (GazetteerEntry e : gazetteer.entries()) {
            if (e.place().isAdmin1() && e.place().admin1() != null) {
                admin1Names.putIfAbsent(e.place().admin1(), e.place().name());
            }
        }
    }

    /** GDELT's Geo_Type: 1 country, 2 US state, 3 US city or landmark, 4 world city or landmark, 5 world region. */
    public int type(Place p) {
        boolean us = "USA".equals(p.country());
        if (p.isCountry()) {
            return 1;
        }
        if (p.isAdmin1()) {
            return us ? 2 : 5;
        }
        return us ? 3 : 4;
    }

    /** "Place, Region, Country" as GDELT writes full names. */
    public String fullName(Place p) {
        StringBuilder sb = new StringBuilder(p.name());
        if (!p.isCountry() && !p.isAdmin1() && p.admin1() != null) {
            String region = admin1Names.get(p.admin1());
            if (region != null && !region.equals(p.name())) {
                sb.append(", ").append(region);
            }
        }
        if (!p.isCountry() && p.country() != null) {
            String country = countries.englishName(p.country());
            if (!country.equals(p.name())) {
                sb.append(", ").append(country);
            }
        }
        return sb.toString();
    }

    /** The FIPS 10-4 code of the place's country, or empty. */
    public String fips(Place p) {
        if (p.country() == null) {
            return "";
        }
        return countries.get(p.country()).map(Country::fips).orElse("");
    }

    /** The name of the country a code stands for, or the code. */
    public String countryName(String code) {
        return countries.englishName(code);
    }

    /** Whether a three-letter code is a country Cronista knows. */
    public boolean isCountry(String code) {
        return countries.contains(code);
    }
}
