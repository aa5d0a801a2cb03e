package org.cronista.knowledge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cronista.api.events.CameoCode;

/**
 * What announcing an action is coded as ({@code world/intent.tsv}): "X will meet Y" is not a
 * meeting (04) but an expressed intent to meet (036); "X is preparing to attack Y" a threat (138x).
 * The most specific line wins: a full code, then its base code, then its root.
 */
public final class IntentCodes {
    static final String FILE = "world/intent.tsv";
    static final String FORMAT = "cronista-intent/1";
    static final List<String> COLUMNS = List.of("action", "intent", "note");

    private final Map<String, CameoCode> byAction;

    private IntentCodes(Map<String, CameoCode> byAction) {
        this.byAction = Map.copyOf(byAction);
    }

    static IntentCodes load(KnowledgeSource source, CameoCodebook codebook, List<Problem> problems) {
        Map<String, CameoCode> map = new HashMap<>();
        for (Tsv.Row row : Tsv.read(source, FILE, FORMAT, COLUMNS, problems)) {
            String action = row.get("action");
            String intent = row.get("intent");
            if (!CameoCode.isValid(action) || codebook.type(intent).isEmpty()) {
                problems.add(row.problem("action must be a CAMEO code and intent a code of the codebook: '"
                        + action + "', '" + intent + "'"));
                continue;
            }
            if (map.put(action, new CameoCode(intent)) != null) {
                problems.add(row.problem("action " + action + " listed twice"));
            }
        }
        return new IntentCodes(map);
    }

    /** The code for announcing {@code action}, if the table has one. */
    public Optional<CameoCode> intentOf(CameoCode action) {
        CameoCode c = byAction.get(action.value());
        if (c == null) {
            c = byAction.get(action.base());
        }
        if (c == null) {
            c = byAction.get(action.root());
        }
        return Optional.ofNullable(c);
    }
}
