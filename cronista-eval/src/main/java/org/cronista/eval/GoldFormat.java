package org.cronista.eval;

/** The gold-file formats {@link GoldFiles} reads. */
public enum GoldFormat {
    /**
     * PETRARCH validation XML ({@code <Sentence>} with {@code <EventCoding>}, {@code <Text>} and a
     * Treebank or CoNLL-U {@code <Parse>} that is ignored), as in petrarch2 and UniversalPetrarch.
     */
    PETRARCH_XML,
    /** PLOVER's gold-standard records: one JSON array of objects with {@code source}, {@code target}, {@code event}. */
    PLOVER_JSON,
    /**
     * Cronista's JSON lines: a documents file ({@code doc, lang, date, title, text}) beside an events
     * file ({@code doc, sentence, source, target, cameo, plover} and optional flags).
     */
    CRONISTA_JSONL,
    /** One {@link GoldRecord} per line, in its one-line form. */
    GOLD_RECORDS
}
