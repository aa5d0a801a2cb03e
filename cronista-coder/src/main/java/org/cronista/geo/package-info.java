/**
 * Places: {@link org.cronista.geo.GazetteerPlaceFinder} finds place names and chooses among
 * same-named places by context; {@link org.cronista.geo.SentencePlaceLocator} locates each event at
 * the place its sentence names.
 */
package org.cronista.geo;
