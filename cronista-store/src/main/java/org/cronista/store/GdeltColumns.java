package org.cronista.store;

import java.util.List;
import org.cronista.output.GdeltEventRow;

/**
 * The SQL types of GDELT 2.0's event and mentions tables, as the GDELT codebook gives them (codes
 * such as {@code EventCode} are text: "0211" keeps its zero). The store's {@code events} table
 * starts with the 61 event columns in GDELT's order.
 */
public final class GdeltColumns {
    /** The 61 event table columns, in order. */
    public static final List<String> EVENTS = GdeltEventRow.COLUMNS;

    /** The 16 mentions table columns, in order. */
    public static final List<String> MENTIONS = List.of("GlobalEventID", "EventTimeDate", "MentionTimeDate",
            "MentionType", "MentionSourceName", "MentionIdentifier", "SentenceID", "Actor1CharOffset",
            "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone",
            "MentionDocTranslationInfo", "Extras");

    private GdeltColumns() {
    }

    /** The DuckDB type of a GDELT event or mentions column. */
    public static String type(String column) {
        return switch (column) {
            case "GlobalEventID", "DATEADDED", "EventTimeDate", "MentionTimeDate" -> "BIGINT";
            case "Day", "MonthYear", "Year", "IsRootEvent", "QuadClass", "NumMentions", "NumSources", "NumArticles",
                 "Actor1Geo_Type", "Actor2Geo_Type", "ActionGeo_Type", "MentionType", "SentenceID",
                 "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence",
                 "MentionDocLen" -> "INTEGER";
            case "FractionDate", "GoldsteinScale", "AvgTone", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor2Geo_Lat",
                 "Actor2Geo_Long", "ActionGeo_Lat", "ActionGeo_Long", "MentionDocTone" -> "DOUBLE";
            default -> "VARCHAR";
        };
    }

    /** The {@code columns} argument of DuckDB's {@code read_csv} for a headerless GDELT file. */
    public static String readCsvColumns(List<String> columns) {
        StringBuilder sb = new StringBuilder("{");
        for (String c : columns) {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            sb.append('\'').append(c).append("': '").append(type(c)).append('\'');
        }
        return sb.append('}').toString();
    }
}
