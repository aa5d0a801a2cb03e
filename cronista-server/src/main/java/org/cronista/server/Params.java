package org.cronista.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A request's query parameters, checked: unknown names, repeated names and malformed values are
 * refused with 400 and a message that names the parameter. Not thread-safe: one per request.
 */
final class Params {
    private final Map<String, String> values = new TreeMap<>();

    private Params() {
    }

    /** The query parameters of {@code ctx}, all of whose names must be in {@code allowed}. */
    static Params of(Context ctx, Set<String> allowed) {
        Params p = new Params();
        for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw HttpError.badRequest("unknown parameter '" + e.getKey() + "' (this endpoint takes "
                        + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
            if (e.getValue().size() > 1) {
                throw HttpError.badRequest("parameter '" + e.getKey() + "' is given more than once");
            }
            String v = e.getValue().isEmpty() ? "" : e.getValue().get(0).strip();
            if (!v.isEmpty()) {
                p.values.put(e.getKey(), v);
            }
        }
        return p;
    }

    /** A canonical form of the parameters, for cache keys. */
    String canonical() {
        return values.toString();
    }

    String string(String name) {
        return values.get(name);
    }

    String required(String name) {
        String v = values.get(name);
        if (v == null) {
            throw HttpError.badRequest("parameter '" + name + "' is required");
        }
        return v;
    }

    LocalDate date(String name) {
        String v = values.get(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw HttpError.badRequest(name + " must be a date YYYY-MM-DD: '" + v + "'");
        }
    }

    int integer(String name, int fallback, int min, int max) {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        long n;
        try {
            n = Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw HttpError.badRequest(name + " must be a whole number: '" + v + "'");
        }
        if (n < min || n > max) {
            throw HttpError.badRequest(name + " must be " + min + " to " + max + ": " + v);
        }
        return (int) n;
    }

    Integer optionalInteger(String name, int min, int max) {
        return values.containsKey(name) ? integer(name, 0, min, max) : null;
    }

    double number(String name, double fallback) {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(v);
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw HttpError.badRequest(name + " must be a number: '" + v + "'");
        }
    }

    boolean bool(String name, boolean fallback) {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw HttpError.badRequest(name + " must be true or false: '" + v + "'");
        };
    }

    <E extends Enum<E>> E choice(String name, Class<E> type, E fallback) {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            StringBuilder known = new StringBuilder();
            for (E c : type.getEnumConstants()) {
                known.append(known.isEmpty() ? "" : ", ").append(c.name().toLowerCase(Locale.ROOT));
            }
            throw HttpError.badRequest(name + " must be one of " + known + ": '" + v + "'");
        }
    }

    /** Two codes separated by a comma or a hyphen ({@code RUS,PRK}), or null. */
    List<String> pair(String name) {
        String v = values.get(name);
        if (v == null) {
            return null;
        }
        String[] parts = v.split("[,-]");
        if (parts.length != 2) {
            throw HttpError.badRequest(name + " takes two actor codes such as RUS,PRK: '" + v + "'");
        }
        return List.of(parts[0].strip(), parts[1].strip());
    }
}
