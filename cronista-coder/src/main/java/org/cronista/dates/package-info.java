/**
 * Dates: {@link org.cronista.dates.RelativeDateResolver} dates events from the words of their
 * sentence ("ieri", "last Tuesday") relative to the publication date.
 */
package org.cronista.dates;
