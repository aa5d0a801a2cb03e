package org.cronista.knowledge;

import java.util.Locale;

/** The kinds of line in a language's {@code actors.tsv}. */
public enum EntryKind {
    /** The state's name. */ COUNTRY,
    /** Nationality adjective or demonym. */ ADJECTIVE,
    /** Capital or seat of government. */ CAPITAL,
    /** Building or institution standing for a government organ. */ METONYM,
    /** International organisation or NGO. */ ORGANIZATION,
    /** Party, armed group, movement. */ GROUP;

    /** Parses the file's lower-case name; null if unknown. */
    public static EntryKind parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
