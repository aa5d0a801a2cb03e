package org.cronista.api.text;

/** The few morphological features the coder uses, named as in Universal Dependencies. */
public enum Feature {
    /** Finite verb form. */ FIN,
    /** Infinitive. */ INF,
    /** Participle. */ PART,
    /** Gerund or present participle used as gerund. */ GER,
    /** Conditional mood. */ COND,
    /** Future tense. */ FUT,
    /** Past tense (a finite past form, not a participle). */ PAST,
    /** Plural number. */ PLUR,
    /** A preposition fused with an article ("della", "zum", "au"). */ ART,
    /** Nominative case: the form can be a subject (languages whose tag set marks case). */ NOM
}
