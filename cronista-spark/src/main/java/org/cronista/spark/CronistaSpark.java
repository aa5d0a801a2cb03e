package org.cronista.spark;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.cronista.api.LanguageTag;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The application's entry point for {@code spark-submit}: codes the articles of the inputs and
 * writes the event store's tables as Parquet ({@link SparkIngest}), then prints the summary.
 * Exit status 0 when the job ran (skipped records are counted, not failures: a non-zero status
 * would make a cluster manager retry the whole application), 2 on bad options, an existing
 * output or a failed job.
 */
@Command(name = "cronista-spark", mixinStandardHelpOptions = true,
        description = {"Code news articles on Apache Spark and write the event store's tables "
                + "(articles, mentions, events) as Parquet partitioned by date.",
                "Reads what cronista ingest reads (JSON lines, WARC/WARC.gz, text, HTML, feeds) from any Hadoop "
                        + "path, and Parquet tables of articles."})
public final class CronistaSpark implements Callable<Integer> {
    @Option(names = "--input", paramLabel = "PATH", description = "Files, folders or globs (repeatable).")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--articles", paramLabel = "PATH",
            description = "Parquet tables of articles, such as an earlier run's articles/ (repeatable).")
    List<String> articles = new ArrayList<>();

    @Option(names = "--output", paramLabel = "PATH", required = true,
            description = "Folder for articles/, mentions/ and events/.")
    String output;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Publication date of articles that carry none (default: today).")
    LocalDate date;

    @Option(names = "--lang", paramLabel = "auto|xx", defaultValue = "auto",
            description = "Language of articles that declare none: auto (detect) or an ISO 639-1 code.")
    String lang;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Partitions that code the articles (default: four per core of the cluster).")
    int partitions;

    @Option(names = "--knowledge", paramLabel = "DIR",
            description = "Extra knowledge folder, at this path on every executor (e.g. shipped with --archives).")
    List<String> knowledge = new ArrayList<>();

    @Option(names = "--overwrite", description = "Replace the tables if the output holds them already.")
    boolean overwrite;

    public static void main(String[] args) {
        System.exit(new CommandLine(new CronistaSpark()).execute(args));
    }

    @Override
    public Integer call() {
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        SparkOptions options;
        try {
            if (inputs.isEmpty() && articles.isEmpty()) {
                throw new IllegalArgumentException("give at least one --input or --articles");
            }
            options = new SparkOptions(inputs, articles, output, date != null ? date : LocalDate.now(),
                    "auto".equalsIgnoreCase(lang) ? null : LanguageTag.of(lang), partitions, knowledge, overwrite);
        } catch (IllegalArgumentException e) {
            err.println("cronista-spark: " + e.getMessage());
            return 2;
        }
        SparkSession spark = SparkSession.builder().appName("cronista").getOrCreate();
        try {
            SparkIngest.run(spark, options).print(out);
            return 0;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println("cronista-spark: " + e.getMessage());
            return 2;
        } finally {
            spark.stop();
        }
    }
}
