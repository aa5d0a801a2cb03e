/**
 * Reading the store: {@link org.cronista.store.query.EventFilter} selects events (actors, CAMEO
 * root, PLOVER type, days, country) and {@link org.cronista.store.query.Exporter} writes them as
 * GDELT event or mentions tables, CSV, JSON lines or Parquet.
 */
package org.cronista.store.query;
