package org.cronista.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.cronista.ingest.ReadOptions;
import org.cronista.ingest.Skip;
import org.cronista.store.EventKey;
import org.cronista.store.StoreSchema;
import scala.Tuple2;

/**
 * Cronista's ingest as one Spark job: reads the inputs ({@link ArticleInputs}), keeps one copy of
 * each article ({@link org.cronista.store.ArticleId}; the first read wins, by file and position,
 * as in the embedded store), codes each partition with the command line's pipeline
 * ({@link CodePartition}), and writes the event store's three tables as Parquet under the output
 * folder: {@code articles} partitioned by {@code published}, {@code mentions} by their article's
 * {@code published}, and {@code events} by {@code Day}, deduplicated with Spark aggregations under
 * the store's rule ({@link EventKey}: one row per key with the values of its first report and
 * GDELT's NumMentions, NumSources and NumArticles over all reports). Stateless; one call is one run.
 */
public final class SparkIngest {
    /** The output folders under the output path, one per table. */
    public static final List<String> TABLES = List.of("articles", "mentions", "events");

    private SparkIngest() {
    }

    /**
     * Runs the whole ingest on {@code spark}.
     *
     * @throws IllegalArgumentException for an output that exists already (without overwrite) or no input
     */
    public static SparkSummary run(SparkSession spark, SparkOptions options) {
        long t0 = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = jsc.hadoopConfiguration();
        hadoop.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        LongAccumulator read = jsc.sc().longAccumulator("cronista articles read");
        SkipLog skipped = new SkipLog();
        jsc.sc().register(skipped, "cronista records skipped");
        SkipLog notCoded = new SkipLog();
        jsc.sc().register(notCoded, "cronista articles not coded");
        checkOutput(hadoop, options);
        ReadOptions readOptions = new ReadOptions(options.date(), options.language());
        int partitions = options.partitions() > 0 ? options.partitions() : 4 * jsc.defaultParallelism();

        List<JavaRDD<Row>> inputs = new ArrayList<>();
        List<String> files = existing(hadoop, options.inputs(), skipped);
        if (!files.isEmpty()) {
            inputs.add(ArticleInputs.files(jsc, files, readOptions, jsc.defaultParallelism(), read, skipped));
        }
        List<String> tables = existing(hadoop, options.articles(), skipped);
        if (!tables.isEmpty()) {
            inputs.add(ArticleInputs.parquet(spark, tables, readOptions, read, skipped));
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("none of the inputs exists");
        }
        JavaRDD<Row> articles = inputs.size() == 1 ? inputs.get(0) : inputs.get(0).union(inputs.get(1));

        // One copy per article id, spread over the partitions that code them.
        JavaRDD<Row> distinct = articles.mapToPair(r -> new Tuple2<>(r.getString(Tables.ID), r))
                .reduceByKey(SparkIngest::firstRead, partitions).values();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        JavaRDD<Row> codedRows = distinct.mapPartitions(new CodePartition(options.knowledge(), now, notCoded));
        Dataset<Row> coded = spark.createDataFrame(codedRows, Tables.CODED).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            String out = options.output();
            write(coded.select("article.*"), "published", out + "/articles");
            write(coded.select(col("article.published").as("published"), explode(col("mentions")).as("m"))
                    .select("m.*", "published"), "published", out + "/mentions");
            Dataset<Row> events = events(coded);
            write(events, "Day", out + "/events");
            long stored = coded.count();
            long mentions = coded.select(coalesce(sum(size(col("mentions"))), lit(0L))).first().getLong(0);
            SkipLog all = skipped.copy();
            all.merge(notCoded);
            SkipLog.Value skips = all.value();
            return new SparkSummary(read.value() + skipped.value().total(), stored,
                    read.value() - stored - notCoded.value().total(), skips.total(), skips.byFrequency(),
                    skips.examples(), events.count(), mentions, (System.nanoTime() - t0) / 1e9);
        } finally {
            coded.unpersist();
        }
    }

    /** Of two reads of the same article, the one read first: by file, then position in the file. */
    private static Row firstRead(Row a, Row b) {
        int byFile = a.getString(Tables.FILE).compareTo(b.getString(Tables.FILE));
        if (byFile != 0) {
            return byFile < 0 ? a : b;
        }
        return a.getLong(Tables.SEQ) <= b.getLong(Tables.SEQ) ? a : b;
    }

    /**
     * The events table: one row per {@link EventKey} (its GlobalEventID), with the values of the
     * report whose {@code FirstReport} (publication date, then article id) is smallest, and GDELT's
     * counts: sentences reporting it, distinct articles, distinct outlets (an unknown outlet is one).
     */
    static Dataset<Row> events(Dataset<Row> coded) {
        Dataset<Row> reports = coded.select(explode(col("reports")).as("r")).select("r.*");
        Dataset<Row> merged = reports.groupBy(col("event.GlobalEventID").as("id"))
                .agg(min_by(col("event"), col("event.FirstReport")).as("first"),
                        sum("mentions").as("num_mentions"), count(lit(1)).as("num_articles"),
                        count_distinct(coalesce(col("outlet"), lit(""))).as("num_sources"));
        List<Column> columns = new ArrayList<>();
        for (String c : StoreSchema.eventColumns()) {
            columns.add(switch (c) {
                case "NumMentions" -> col("num_mentions").cast("int").as(c);
                case "NumArticles" -> col("num_articles").cast("int").as(c);
                case "NumSources" -> col("num_sources").cast("int").as(c);
                default -> col("first." + c).as(c);
            });
        }
        return merged.select(columns.toArray(Column[]::new));
    }

    /** Writes a table partitioned by a date column, rebalanced so that each day has few, full files. */
    private static void write(Dataset<Row> table, String dateColumn, String path) {
        table.hint("rebalance", col(dateColumn)).write().mode(SaveMode.Overwrite).partitionBy(dateColumn).parquet(path);
    }

    /** Refuses an output folder that holds any of the tables, unless told to overwrite them. */
    private static void checkOutput(Configuration hadoop, SparkOptions options) {
        if (options.overwrite()) {
            return;
        }
        for (String t : TABLES) {
            Path p = new Path(options.output(), t);
            try {
                if (p.getFileSystem(hadoop).exists(p)) {
                    throw new IllegalArgumentException(p + " exists already (use --overwrite to replace it)");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot check the output " + p + ": " + e.getMessage(), e);
            }
        }
    }

    /** The inputs that exist (a glob that matches something counts); the others are counted as skipped. */
    private static List<String> existing(Configuration hadoop, List<String> paths, SkipLog skipped) {
        List<String> found = new ArrayList<>();
        for (String s : paths) {
            Path p = new Path(s);
            try {
                FileStatus[] matches = p.getFileSystem(hadoop).globStatus(p);
                if (matches == null || matches.length == 0) {
                    skipped.add(new Skip(s, "no such file"));
                } else {
                    found.add(s);
                }
            } catch (IOException | IllegalArgumentException e) {
                skipped.add(new Skip(s, "cannot read: " + e.getMessage()));
            }
        }
        return found;
    }
}
