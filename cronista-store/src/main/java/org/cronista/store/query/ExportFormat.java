package org.cronista.store.query;

/** The file formats of {@link Exporter}. */
public enum ExportFormat {
    /** GDELT 2.0's event table: 61 tab-separated columns in GDELT's order, no header. */ GDELT,
    /** GDELT 2.0's mentions table: 16 tab-separated columns, one line per mention of an exported event. */
    GDELT_MENTIONS,
    /** Every column of the events table, comma-separated, with a header. */ CSV,
    /** One JSON object per event with every column of the events table. */ JSONL,
    /** Every column of the events table as an Apache Parquet file. */ PARQUET
}
