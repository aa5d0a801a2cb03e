/**
 * Stage 0, ingest: turns files, folders and standard input into {@link org.cronista.api.Article}s,
 * and refuses what is not a news text (empty, binary, oversized, not UTF-8, a bad record) with a
 * one-line reason ({@link org.cronista.ingest.Skip}).
 *
 * <p>{@link org.cronista.ingest.ArticleReader} is the one reader interface, implemented for plain
 * text, web pages (with boilerplate removal), JSON lines, RSS/Atom feeds and WARC archives;
 * {@link org.cronista.ingest.ArticleReaders} picks one by file name. Readers work on one file or
 * stream at a time and know nothing of where the articles go, so that the command line and a
 * cluster job can share them.
 */
package org.cronista.ingest;
