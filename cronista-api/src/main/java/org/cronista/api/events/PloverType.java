package org.cronista.api.events;

/**
 * The sixteen event types of PLOVER (manual 0.8, 2021). CAMEO roots 01 and 02 have none.
 */
public enum PloverType {
    AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN,
    PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT;

    /** Parses a name, ignoring case; null for an empty or unknown name. */
    public static PloverType parse(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return valueOf(s.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
