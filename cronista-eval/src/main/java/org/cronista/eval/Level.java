package org.cronista.eval;

/** The three levels at which coded events are compared with gold events. */
public enum Level {
    /** Source country, target country (see {@link ActorCodes#country}) and CAMEO root. */
    COUNTRY_ROOT("country+root"),
    /** Full source and target actor codes and CAMEO root. */
    ACTOR_ROOT("actors+root"),
    /** Full actor codes and full CAMEO code. */
    ACTOR_CODE("actors+code");

    private final String label;

    Level(String label) {
        this.label = label;
    }

    /** A short label for tables. */
    public String label() {
        return label;
    }
}
