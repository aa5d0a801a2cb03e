/**
 * JMH benchmarks: {@link org.cronista.bench.PipelineBenchmark} codes real news articles and reports
 * sentences per second. Run them with {@code ./dev bench}; they read {@code ../shared/corpora}.
 */
package org.cronista.bench;
