package org.cronista.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;

import java.io.InputStream;
import java.io.Serializable;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.util.TaskCompletionListener;
import org.cronista.api.Article;
import org.cronista.api.LanguageTag;
import org.cronista.ingest.ArticleReaders;
import org.cronista.ingest.Document;
import org.cronista.ingest.ReadOptions;
import org.cronista.ingest.ReadResult;
import org.cronista.ingest.Skip;
import org.cronista.store.ArticleId;

/**
 * Reads the inputs into rows of {@link Tables#READ}: files of any kind that {@code cronista ingest}
 * reads (each file read whole by one task, as a stream, with the reader its name picks:
 * {@link ArticleReaders}), and Parquet tables of articles. Bad records are counted in the
 * {@link SkipLog} and left out; articles read are counted in {@code read}. Stateless.
 */
final class ArticleInputs {
    private ArticleInputs() {
    }

    /**
     * The articles in {@code paths} (files, folders or globs on any Hadoop file system).
     *
     * @param minPartitions a lower bound for the number of read tasks
     */
    static JavaRDD<Row> files(JavaSparkContext jsc, List<String> paths, ReadOptions options, int minPartitions,
                              LongAccumulator read, SkipLog skipped) {
        LocalOptions opts = LocalOptions.of(options);
        return jsc.binaryFiles(String.join(",", paths), minPartitions)
                .flatMap(f -> records(f._1(), f._2(), opts.options(), read, skipped));
    }

    /** The articles of one file, lazily: a WARC file of a gigabyte is never held whole. */
    private static Iterator<Row> records(String uri, PortableDataStream data, ReadOptions options, LongAccumulator read,
                                         SkipLog skipped) {
        String origin = localName(uri);
        InputStream in;
        try {
            in = data.open();
        } catch (RuntimeException e) {
            skipped.add(new Skip(origin, "cannot read: " + e.getMessage()));
            return Collections.emptyIterator();
        }
        Stream<ReadResult> results = ArticleReaders.forName(origin, options).read(origin, in);
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((TaskCompletionListener) ctx -> results.close());
        }
        long[] seq = {0};
        return results.map(r -> {
            long n = seq[0]++;
            if (r instanceof Document d) {
                read.add(1);
                return Tables.read(ArticleId.of(d.article()), d.article(), d.origin(), origin, n);
            }
            skipped.add((Skip) r);
            return null;
        }).filter(Objects::nonNull).iterator();
    }

    /** A local file's path as {@code cronista ingest} names it; other URIs as they are. */
    static String localName(String uri) {
        URI u = new Path(uri).toUri();
        return "file".equals(u.getScheme()) ? u.getPath() : uri;
    }

    /**
     * The articles of Parquet tables: Cronista's own {@code articles} table (an earlier run's, to
     * code again) or any table with a {@code text} column and some of {@code id}/{@code doc},
     * {@code url}, {@code source}, {@code title}, {@code published}/{@code date},
     * {@code language}/{@code lang}. Rows without text or title, or with an unreadable date, are
     * skipped.
     */
    static JavaRDD<Row> parquet(SparkSession spark, List<String> paths, ReadOptions options, LongAccumulator read,
                                SkipLog skipped) {
        Dataset<Row> in = spark.read().parquet(paths.toArray(String[]::new));
        Set<String> have = Set.of(in.columns());
        if (!have.contains("text") && !have.contains("title")) {
            throw new IllegalArgumentException("the Parquet input " + String.join(", ", paths)
                    + " has no text or title column");
        }
        Dataset<Row> rows = in.select(
                first(have, "doc", "id").as("doc"), first(have, "url").as("url"), first(have, "source").as("source"),
                first(have, "published", "date").cast("string").as("date"),
                first(have, "language", "lang").cast("string").as("lang"),
                first(have, "title").cast("string").as("title"), first(have, "text").cast("string").as("text"),
                input_file_name().as("file"), monotonically_increasing_id().as("seq"));
        // A date as text, so that no time zone comes between the table and the article.
        Dataset<Row> dated = rows.withColumn("published", expr("CAST(try_cast(date AS DATE) AS STRING)"));
        LocalOptions opts = LocalOptions.of(options);
        return dated.javaRDD().flatMap(r -> {
            String file = localName(r.getString(r.fieldIndex("file")));
            long seq = r.getLong(r.fieldIndex("seq"));
            String origin = file + "#" + seq;
            String title = r.getString(r.fieldIndex("title"));
            String text = r.getString(r.fieldIndex("text"));
            if ((text == null || text.isBlank()) && (title == null || title.isBlank())) {
                skipped.add(new Skip(origin, "empty text"));
                return Collections.emptyIterator();
            }
            String rawDate = r.getString(r.fieldIndex("date"));
            String published = r.getString(r.fieldIndex("published"));
            if (rawDate != null && !rawDate.isBlank() && published == null) {
                skipped.add(new Skip(origin, "unreadable date '" + rawDate + "'"));
                return Collections.emptyIterator();
            }
            String doc = r.getString(r.fieldIndex("doc"));
            String lang = r.getString(r.fieldIndex("lang"));
            LanguageTag tag = lang != null && lang.strip().matches("[A-Za-z]{2}([-_].*)?")
                    ? LanguageTag.of(lang.strip().substring(0, 2).toLowerCase(Locale.ROOT)) : opts.options().language();
            Article a = new Article(doc == null || doc.isBlank() ? origin : doc, r.getString(r.fieldIndex("url")),
                    r.getString(r.fieldIndex("source")),
                    published == null ? opts.options().date() : LocalDate.parse(published), tag, title,
                    text == null ? "" : text);
            read.add(1);
            return List.of(Tables.read(ArticleId.of(a), a, origin, file, seq)).iterator();
        });
    }

    private static Column first(Set<String> have, String... names) {
        List<Column> cols = new ArrayList<>();
        for (String n : names) {
            if (have.contains(n)) {
                cols.add(col(n));
            }
        }
        return cols.isEmpty() ? lit(null).cast("string")
                : cols.size() == 1 ? cols.get(0) : coalesce(cols.toArray(Column[]::new));
    }

    /**
     * {@link ReadOptions} in a serialisable form, for the closures that executors run.
     *
     * @param date     the default publication date, ISO
     * @param language the default language code, or null
     */
    record LocalOptions(String date, String language) implements Serializable {
        static LocalOptions of(ReadOptions o) {
            return new LocalOptions(o.date().toString(), o.language() == null ? null : o.language().code());
        }

        ReadOptions options() {
            return new ReadOptions(LocalDate.parse(date), language == null ? null : LanguageTag.of(language));
        }
    }
}
