/**
 * Places: {@link org.cronista.api.geo.PlaceFinder} finds place names in a text and resolves them to
 * gazetteer entries; {@link org.cronista.api.geo.EventLocator} gives each event its location.
 */
package org.cronista.api.geo;
