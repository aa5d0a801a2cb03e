package org.cronista.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.cronista.api.actors.ActorCode;
import org.cronista.knowledge.Countries;

/**
 * How actor codes are compared. Gold files write codes in several ways ({@code ---GOV},
 * {@code ~PTY}, {@code PAK OPP}, {@code None}); {@link #normalize} brings them to Cronista's form.
 * {@link #country} gives the "country" of a code for the coarsest scoring level:
 * <ul>
 *   <li>the first segment when it is a country of {@code world/countries.tsv} ({@code RUSGOV} → {@code RUS});</li>
 *   <li>for organisations that belong to no country, the international class and the organisation
 *       ({@code IGOUNO} → {@code IGOUNO}, {@code IGOEUREEC} → {@code IGOEUR}, {@code NGO} → {@code NGO});</li>
 *   <li>none (the empty string) for role-only codes such as {@code GOV} or {@code CVLREF};</li>
 *   <li>the first segment for anything else: regions ({@code EUR}) and codes of other
 *       dictionaries that this knowledge does not know (PETRARCH's fictional {@code ARNGOV} → {@code ARN}).</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class ActorCodes {
    private final Countries countries;
    private final Set<String> roles;
    private final Set<String> international;

    private ActorCodes(Countries countries, Set<String> roles, Set<String> international) {
        this.countries = countries;
        this.roles = Set.copyOf(roles);
        this.international = Set.copyOf(international);
    }

    /** Codes compared against {@code countries}, with CAMEO's actor types (read from this jar). */
    public static ActorCodes create(Countries countries) {
        Set<String> roles = new HashSet<>();
        Set<String> intl = new HashSet<>();
        try (var in = ActorCodes.class.getResourceAsStream("actor-types.tsv");
             var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] c = line.split("\t");
                if (line.startsWith("#") || c.length < 2 || c[0].equals("code")) {
                    continue;
                }
                (c[1].equals("role") ? roles : intl).add(c[0]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ActorCodes(countries, roles, intl);
    }

    /**
     * A gold file's code in Cronista's form: upper case, without blanks, {@code ~} or the
     * {@code ---} that stands for "unknown country"; empty for no code ({@code ---}, {@code None}).
     * A code that names no coded actor at all (PETRARCH's quoted noun phrases, {@code ###}) is kept
     * as written, so that it matches nothing.
     */
    public static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        String s = raw.strip();
        if (s.isEmpty() || s.equalsIgnoreCase("none") || s.equalsIgnoreCase("null")) {
            return "";
        }
        if (s.contains("\"") || s.contains("'")) {
            return s;
        }
        s = s.toUpperCase(Locale.ROOT).replaceAll("\\s+", "").replace("~", "").replace("---", "");
        return s;
    }

    /** Whether a normalised code can be compared segment by segment. */
    public static boolean wellFormed(String code) {
        return ActorCode.isValid(code);
    }

    /** The country of a normalised code as defined above; empty for none. */
    public String country(String code) {
        if (code.isEmpty() || !wellFormed(code)) {
            return code;
        }
        String head = code.substring(0, 3);
        if (countries.contains(head)) {
            return head;
        }
        if (international.contains(head)) {
            if (code.length() >= 6 && !roles.contains(code.substring(3, 6))) {
                return code.substring(0, 6);
            }
            return head;
        }
        if (roles.contains(head)) {
            return "";
        }
        return head;
    }
}
