/**
 * Stage 0, ingest: turns files, folders and standard input into {@link org.cronista.api.Article}s,
 * and refuses what is not a news text (empty, binary, oversized, not UTF-8) with a one-line reason
 * ({@link org.cronista.ingest.Skip}).
 */
package org.cronista.ingest;
