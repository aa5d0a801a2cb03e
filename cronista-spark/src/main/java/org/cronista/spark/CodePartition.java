package org.cronista.spark;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.cronista.api.Article;
import org.cronista.ingest.Skip;
import org.cronista.pipeline.UnsupportedLanguageException;
import org.cronista.store.ingest.ArticleRows;

/**
 * Codes one partition of articles ({@link Tables#READ}) into rows of {@link Tables#CODED}, with
 * the JVM's {@link Coding} and the same rows the embedded store writes ({@link ArticleRows}). An
 * article that cannot be coded (a language Cronista has no model for, a failure inside the
 * pipeline) is counted in the {@link SkipLog} and left out, as {@code cronista ingest} does.
 * Lazy: one article at a time.
 *
 * @param knowledge extra knowledge folders, present on every executor
 * @param ingested  the run's time, written as every row's time of ingest and DATEADDED
 * @param skipped   where skips are counted
 */
record CodePartition(List<String> knowledge, Instant ingested, SkipLog skipped)
        implements FlatMapFunction<Iterator<Row>, Row> {

    @Override
    public Iterator<Row> call(Iterator<Row> articles) {
        Coding coding = Coding.get(knowledge);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(articles, Spliterator.ORDERED), false)
                .map(r -> code(coding, r)).filter(Objects::nonNull).iterator();
    }

    private Row code(Coding coding, Row r) {
        Article a = Tables.article(r);
        String origin = r.getString(Tables.ORIGIN);
        try {
            return Tables.coded(ArticleRows.of(r.getString(Tables.ID), coding.pipeline().code(a), coding.gdelt(), ingested));
        } catch (UnsupportedLanguageException e) {
            skipped.add(new Skip(origin, e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            skipped.add(new Skip(origin, "could not be coded (" + e + ")"));
        }
        return null;
    }
}
