/**
 * Ingest at scale: {@link org.cronista.store.ingest.Ingester} reads inputs with the readers of
 * {@code org.cronista.ingest}, codes articles in parallel with the pipeline and stores them through
 * one {@link org.cronista.store.ingest.BatchWriter}, a transaction of whole articles per batch.
 */
package org.cronista.store.ingest;
