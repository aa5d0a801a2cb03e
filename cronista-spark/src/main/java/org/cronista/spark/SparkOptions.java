package org.cronista.spark;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.cronista.api.LanguageTag;

/**
 * What one run reads and writes.
 *
 * @param inputs     files, folders or globs on any Hadoop file system, read as {@code cronista ingest} reads files
 * @param articles   Parquet tables of articles (such as an earlier run's {@code articles})
 * @param output     the folder that receives {@code articles/}, {@code mentions/} and {@code events/}
 * @param date       publication date of articles that carry none
 * @param language   language of articles that declare none, or null to detect it
 * @param partitions how many partitions code the articles (0: four per core of the cluster)
 * @param knowledge  extra knowledge folders, at the same path on every executor
 * @param overwrite  whether tables already in {@code output} are replaced
 */
public record SparkOptions(List<String> inputs, List<String> articles, String output, LocalDate date,
                           LanguageTag language, int partitions, List<String> knowledge, boolean overwrite) {
    public SparkOptions {
        inputs = List.copyOf(inputs);
        articles = List.copyOf(articles);
        knowledge = List.copyOf(knowledge);
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(date, "date");
        if (partitions < 0) {
            throw new IllegalArgumentException("--partitions must not be negative");
        }
    }
}
