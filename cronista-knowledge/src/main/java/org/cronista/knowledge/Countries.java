package org.cronista.knowledge;

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.cronista.api.LanguageTag;

/**
 * The states and territories Cronista knows, with their names in any language read from the Unicode
 * CLDR data that ICU4J carries (full and short forms).
 */
public final class Countries {
    static final String FILE = "world/countries.tsv";
    static final String FORMAT = "cronista-countries/1";
    static final List<String> COLUMNS = List.of("code", "iso2", "fips", "status", "from", "until", "capital", "region");
    private static final Set<String> STATUSES = Set.of("un", "observer", "territory", "disputed", "former");
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

    private final Map<String, Country> byCode;

    private Countries(Map<String, Country> byCode) {
        this.byCode = Map.copyOf(byCode);
    }

    static Countries load(KnowledgeSource source, List<Problem> problems) {
        Map<String, Country> byCode = new LinkedHashMap<>();
        for (Tsv.Row row : Tsv.read(source, FILE, FORMAT, COLUMNS, problems)) {
            String code = row.get("code");
            if (!CODE.matcher(code).matches()) {
                problems.add(row.problem("country code must be three capitals: '" + code + "'"));
                continue;
            }
            String status = row.get("status");
            if (!STATUSES.contains(status)) {
                problems.add(row.problem("status must be one of " + STATUSES + ": '" + status + "'"));
            }
            Country c = new Country(code, emptyToNull(row.get("iso2")), emptyToNull(row.get("fips")), status,
                    Dates.parse(row, "from", problems), Dates.parse(row, "until", problems),
                    emptyToNull(row.get("capital")), emptyToNull(row.get("region")), row.ref());
            if (byCode.put(code, c) != null) {
                problems.add(row.problem("country " + code + " listed twice"));
            }
        }
        return new Countries(byCode);
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    /** The country with this code. */
    public Optional<Country> get(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Whether {@code code} is a known country code. */
    public boolean contains(String code) {
        return byCode.containsKey(code);
    }

    /** All countries in file order. */
    public Collection<Country> all() {
        return byCode.values();
    }

    /**
     * The CLDR names of a country in a language: the full form ("Corea del Nord") and the short one
     * where CLDR has one ("Hong Kong" beside "RAS di Hong Kong"). Empty when CLDR has no name.
     */
    public static List<String> cldrNames(Country c, LanguageTag lang) {
        if (c.iso2() == null) {
            return List.of();
        }
        ULocale locale = new ULocale(lang.code());
        Set<String> names = new LinkedHashSet<>();
        for (DisplayContext length : List.of(DisplayContext.LENGTH_FULL, DisplayContext.LENGTH_SHORT)) {
            LocaleDisplayNames ldn = LocaleDisplayNames.getInstance(locale, length,
                    DisplayContext.CAPITALIZATION_FOR_MIDDLE_OF_SENTENCE);
            String n = ldn.regionDisplayName(c.iso2());
            if (n != null && !n.equals(c.iso2()) && !n.isBlank()) {
                names.add(n);
            }
        }
        return new ArrayList<>(names);
    }

    /** The English CLDR name, or the code. */
    public String englishName(String code) {
        Country c = byCode.get(code);
        if (c == null) {
            return code;
        }
        List<String> n = cldrNames(c, LanguageTag.EN);
        return n.isEmpty() ? code : n.get(n.size() - 1);
    }
}
