/**
 * Reading the store: {@link org.cronista.store.query.EventFilter} selects events for the command
 * line and {@link org.cronista.store.query.Exporter} writes them as GDELT event or mentions tables,
 * CSV, JSON lines or Parquet. The query classes behind the HTTP API run on a
 * {@link org.cronista.store.query.Session} (a connection and a time limit), always with bound
 * parameters: {@link org.cronista.store.query.Events} (filtered, sorted pages by
 * {@link org.cronista.store.query.EventCriteria}; one event with its reports),
 * {@link org.cronista.store.query.Articles}, {@link org.cronista.store.query.Actors},
 * {@link org.cronista.store.query.DyadSeries}, {@link org.cronista.store.query.Tension} (conflict
 * scores and alerts), {@link org.cronista.store.query.Network} and {@link org.cronista.store.query.Places}.
 * {@link org.cronista.store.query.EventIndex} is an in-memory snapshot of the events table that gives
 * the event lists and dyad series the same answers without the database, for a server under load.
 */
package org.cronista.store.query;
