package org.cronista.cli;

/** How {@code cronista code} prints events. */
enum OutputFormat {
    /** Aligned columns for people, one line per distinct event. */ TABLE,
    /** One JSON object per distinct event. */ JSONL,
    /** GDELT 2.0 event table rows, 61 tab-separated columns. */ GDELT
}
