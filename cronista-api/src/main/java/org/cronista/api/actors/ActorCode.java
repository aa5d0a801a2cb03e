package org.cronista.api.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A CAMEO actor code: one or more three-letter segments, such as {@code RUS}, {@code RUSGOV},
 * {@code IGOUNO} or {@code PSEREBHMS}. The first segment is usually a country or an international
 * class; the following ones are roles.
 *
 * @param value the code, upper case
 */
public record ActorCode(String value) implements Comparable<ActorCode> {
    private static final Pattern SHAPE = Pattern.compile("(?:[A-Z]{3})+");

    public ActorCode {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a CAMEO actor code: '" + value + "'");
        }
    }

    /** Whether {@code s} has the shape of an actor code. */
    public static boolean isValid(String s) {
        return s != null && SHAPE.matcher(s).matches();
    }

    /** The three-letter segments in order. */
    public List<String> segments() {
        List<String> out = new ArrayList<>(value.length() / 3);
        for (int i = 0; i < value.length(); i += 3) {
            out.add(value.substring(i, i + 3));
        }
        return out;
    }

    /** The first segment. */
    public String head() {
        return value.substring(0, 3);
    }

    /** This code followed by {@code role} segments, skipping segments already present. */
    public ActorCode with(String roles) {
        StringBuilder sb = new StringBuilder(value);
        for (int i = 0; i + 3 <= roles.length(); i += 3) {
            String seg = roles.substring(i, i + 3);
            if (!segments().contains(seg)) {
                sb.append(seg);
            }
        }
        return new ActorCode(sb.toString());
    }

    @Override
    public int compareTo(ActorCode o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
