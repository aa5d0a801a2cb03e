package org.cronista.api.events;

/** The four CAMEO quad classes, numbered as in GDELT. */
public enum QuadClass {
    /** Roots 01–05. */ VERBAL_COOPERATION(1),
    /** Roots 06–08. */ MATERIAL_COOPERATION(2),
    /** Roots 09–13. */ VERBAL_CONFLICT(3),
    /** Roots 14–20. */ MATERIAL_CONFLICT(4);

    private final int number;

    QuadClass(int number) {
        this.number = number;
    }

    /** GDELT's number, 1 to 4. */
    public int number() {
        return number;
    }

    /** The quad class of a CAMEO root (1–20). */
    public static QuadClass ofRoot(int root) {
        if (root >= 1 && root <= 5) {
            return VERBAL_COOPERATION;
        } else if (root <= 8) {
            return MATERIAL_COOPERATION;
        } else if (root <= 13) {
            return VERBAL_CONFLICT;
        } else if (root <= 20) {
            return MATERIAL_CONFLICT;
        }
        throw new IllegalArgumentException("no CAMEO root " + root);
    }

    /** The class with GDELT's number. */
    public static QuadClass ofNumber(int n) {
        for (QuadClass q : values()) {
            if (q.number == n) {
                return q;
            }
        }
        throw new IllegalArgumentException("no quad class " + n);
    }
}
