package org.cronista.knowledge;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cronista.api.events.CameoCode;
import org.cronista.api.events.EventType;
import org.cronista.api.events.PloverType;
import org.cronista.api.events.QuadClass;

/** The CAMEO event codebook ({@code world/cameo.tsv}): each code's Goldstein score, quad class and PLOVER type. */
public final class CameoCodebook {
    static final String FILE = "world/cameo.tsv";
    static final String FORMAT = "cronista-cameo/1";
    static final List<String> COLUMNS = List.of("code", "goldstein", "quad_class", "plover", "plover_mode", "name");

    private final Map<String, EventType> types;

    private CameoCodebook(Map<String, EventType> types) {
        this.types = Map.copyOf(types);
    }

    static CameoCodebook load(KnowledgeSource source, List<Problem> problems) {
        Map<String, EventType> types = new TreeMap<>();
        for (Tsv.Row row : Tsv.read(source, FILE, FORMAT, COLUMNS, problems)) {
            String code = row.get("code");
            if (!CameoCode.isValid(code)) {
                problems.add(row.problem("not a CAMEO code: '" + code + "'"));
                continue;
            }
            try {
                double goldstein = Double.parseDouble(row.get("goldstein"));
                QuadClass quad = QuadClass.ofNumber(Integer.parseInt(row.get("quad_class")));
                PloverType plover = PloverType.parse(row.get("plover"));
                if (plover == null && !row.get("plover").isEmpty()) {
                    problems.add(row.problem("unknown PLOVER type '" + row.get("plover") + "'"));
                }
                CameoCode cc = new CameoCode(code);
                if (quad != cc.quadClass()) {
                    problems.add(row.problem("quad class " + quad.number() + " does not fit root " + cc.root()));
                }
                String mode = row.get("plover_mode");
                if (types.put(code, new EventType(cc, goldstein, quad, plover, mode.isEmpty() ? null : mode,
                        row.get("name"))) != null) {
                    problems.add(row.problem("code " + code + " listed twice"));
                }
            } catch (IllegalArgumentException e) {
                problems.add(row.problem(e.getMessage()));
            }
        }
        if (types.isEmpty()) {
            problems.add(new Problem(FILE, 0, "the codebook is missing or empty"));
        }
        return new CameoCodebook(types);
    }

    /** The type of {@code code}, if the codebook has it. */
    public Optional<EventType> type(String code) {
        return Optional.ofNullable(types.get(code));
    }

    /** Every type in the codebook. */
    public Collection<EventType> types() {
        return types.values();
    }
}
