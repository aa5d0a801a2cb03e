package org.cronista.api.events;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A CAMEO event code of two to four digits ({@code 04}, {@code 043}, {@code 0312}).
 *
 * @param value the digits
 */
public record CameoCode(String value) implements Comparable<CameoCode> {
    private static final Pattern SHAPE = Pattern.compile("\\d{2,4}");

    public CameoCode {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a CAMEO event code: '" + value + "'");
        }
        int root = Integer.parseInt(value.substring(0, 2));
        if (root < 1 || root > 20) {
            throw new IllegalArgumentException("CAMEO root must be 01..20: '" + value + "'");
        }
    }

    /** Whether {@code s} has the shape of a CAMEO code with a root 01..20. */
    public static boolean isValid(String s) {
        if (s == null || !SHAPE.matcher(s).matches()) {
            return false;
        }
        int root = Integer.parseInt(s.substring(0, 2));
        return root >= 1 && root <= 20;
    }

    /** The two-digit root ("04"). */
    public String root() {
        return value.substring(0, 2);
    }

    /** The three-digit base code, or the root for a two-digit code (GDELT's EventBaseCode). */
    public String base() {
        return value.length() >= 3 ? value.substring(0, 3) : value;
    }

    /** The QuadClass of the root. */
    public QuadClass quadClass() {
        return QuadClass.ofRoot(Integer.parseInt(root()));
    }

    @Override
    public int compareTo(CameoCode o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
