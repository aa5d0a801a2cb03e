package org.cronista.api.actors;

/** What kind of words named an actor. */
public enum ActorKind {
    /** A state by name ("Corea del Nord"). */ COUNTRY,
    /** A nationality used as a noun: the people of a state ("i russi"). */ PEOPLE,
    /** A capital standing for its government ("Mosca"). */ CAPITAL,
    /** A building or institution standing for a government organ ("il Cremlino"). */ METONYM,
    /** An international organisation or NGO. */ ORGANIZATION,
    /** A party, armed group or movement. */ GROUP,
    /** A named person. */ PERSON,
    /** A role word with or without a country ("l'esercito russo", "police"). */ AGENT,
    /** A later reference to actors already named ("the two leaders"). */ REFERENCE,
    /** A city or region standing for its country as the target of an action ("bombed Kharkiv"). */ PLACE,
    /**
     * A nationality adjective on a word that is no actor ("a Russian space centre", "the Russian
     * attack"): not an actor by itself, but it tells who acts in a nominal event.
     */
    MODIFIER
}
