/**
 * Measuring coding accuracy against gold records: readers for the field's gold formats
 * ({@link org.cronista.eval.GoldFiles}), one record type whose one-line form is also a gold-file
 * format ({@link org.cronista.eval.GoldRecord}), the {@link org.cronista.eval.Evaluator} that codes
 * and compares at three levels, and the tables ({@link org.cronista.eval.ReportPrinter}).
 */
package org.cronista.eval;
