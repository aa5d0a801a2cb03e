/**
 * Cronista's event store, an embedded DuckDB database: {@link org.cronista.store.EventStore} opens,
 * creates and migrates it ({@link org.cronista.store.StoreSchema}); {@link org.cronista.store.ArticleId}
 * and {@link org.cronista.store.EventKey} define what counts as the same article and the same event,
 * in plain Java that the Spark application shares.
 */
package org.cronista.store;
