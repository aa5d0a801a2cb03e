package org.cronista.ingest;

/**
 * An input that was not read as an article, and why.
 *
 * @param origin the file (and record, where there are several) it came from
 * @param reason a short human-readable reason, e.g. "empty", "binary data", "not valid UTF-8"
 */
public record Skip(String origin, String reason) implements ReadResult {
    /** The kind of reason, for summaries: the reason without its particulars ("not valid JSON"). */
    public String kind() {
        int cut = reason.length();
        for (String sep : new String[] {" (", ": ", " '"}) {
            int i = reason.indexOf(sep);
            if (i > 0 && i < cut) {
                cut = i;
            }
        }
        return reason.substring(0, cut);
    }

    @Override
    public String toString() {
        return origin + ": " + reason;
    }
}
