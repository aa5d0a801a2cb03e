package org.cronista.api.text;

/** Universal Dependencies part-of-speech tags (universaldependencies.org/u/pos). */
public enum Upos {
    /** Adjective. */ ADJ,
    /** Adposition (preposition, postposition). */ ADP,
    /** Adverb. */ ADV,
    /** Auxiliary verb. */ AUX,
    /** Coordinating conjunction. */ CCONJ,
    /** Determiner, article. */ DET,
    /** Interjection. */ INTJ,
    /** Common noun. */ NOUN,
    /** Numeral. */ NUM,
    /** Particle. */ PART,
    /** Pronoun. */ PRON,
    /** Proper noun. */ PROPN,
    /** Punctuation. */ PUNCT,
    /** Subordinating conjunction. */ SCONJ,
    /** Symbol. */ SYM,
    /** Verb. */ VERB,
    /** Other or unknown. */ X;

    /** Whether this is a verb or an auxiliary. */
    public boolean isVerbal() {
        return this == VERB || this == AUX;
    }

    /** Whether this is a common or proper noun. */
    public boolean isNominal() {
        return this == NOUN || this == PROPN;
    }
}
