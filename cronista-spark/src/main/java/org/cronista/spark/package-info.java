/**
 * Cronista on Apache Spark: the command line's pipeline over archives too big for one machine.
 * {@link org.cronista.spark.CronistaSpark} is the {@code spark-submit} entry point and
 * {@link org.cronista.spark.SparkIngest} the job: inputs read per file with cronista-ingest's
 * readers (or from Parquet), one copy per article, each partition coded with the pipeline of its
 * executor JVM, and the event store's tables written as Parquet, events deduplicated by Spark
 * aggregations under the store's {@link org.cronista.store.EventKey}.
 */
package org.cronista.spark;
