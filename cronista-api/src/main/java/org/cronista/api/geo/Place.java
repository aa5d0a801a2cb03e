package org.cronista.api.geo;

import java.util.Objects;

/**
 * A gazetteer entry.
 *
 * @param id         stable identifier (a GeoNames id or Cronista's own slug)
 * @param name       preferred English name
 * @param feature    GeoNames feature code ({@code PCLI}, {@code ADM1}, {@code PPLC}, {@code SEA} …)
 * @param country    CAMEO/ISO alpha-3 code of the country it lies in, or null (open sea)
 * @param admin1     first-level region code, or null
 * @param latitude   WGS84 degrees
 * @param longitude  WGS84 degrees
 * @param population inhabitants, 0 when unknown
 */
public record Place(String id, String name, String feature, String country, String admin1,
                    double latitude, double longitude, long population) {
    public Place {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(feature, "feature");
    }

    /** Whether this is a country (feature class PCL*). */
    public boolean isCountry() {
        return feature.startsWith("PCL");
    }

    /** Whether this is a first-level administrative region. */
    public boolean isAdmin1() {
        return feature.equals("ADM1");
    }

    /** Whether this is a populated place (city, town, capital). */
    public boolean isCity() {
        return feature.startsWith("PPL");
    }
}
