package org.cronista.eval;

import java.util.List;

/**
 * The records of one gold file.
 *
 * @param name    the file's path as given
 * @param format  the format it was read as
 * @param records its records in file order
 * @param notes   what the reader could not use (one line each), to be reported
 */
public record GoldFile(String name, GoldFormat format, List<GoldRecord> records, List<String> notes) {
    public GoldFile {
        records = List.copyOf(records);
        notes = List.copyOf(notes);
    }
}
