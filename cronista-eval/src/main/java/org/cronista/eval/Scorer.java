package org.cronista.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cronista.knowledge.CameoCodebook;

/**
 * Compares the events coded for a gold record with the gold events at each {@link Level}. A gold
 * event is found when a coded event has the same key at the level, where
 * <ul>
 *   <li>an empty gold actor matches any actor (the annotator coded none there);</li>
 *   <li>a mutual gold or coded event matches either direction, and a mutual coded event may find
 *       both directions of a gold pair ("A met B" against PETRARCH's A→B and B→A);</li>
 *   <li>a gold code with alternatives ({@code 19|20}) matches any of them;</li>
 *   <li>gold events that repeat another (restatements) are compared once;</li>
 *   <li>negated gold events must not be coded: a coded event matching one is an extra, with that reason;</li>
 *   <li>implicit gold events count only when coded;</li>
 *   <li>gold events that give only a root are left out of the full-code level, with the coded
 *       events matched to them.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class Scorer {
    private final ActorCodes codes;
    private final CameoCodebook codebook;

    /** A scorer telling countries with {@code codes} and PLOVER types with {@code codebook}. */
    public Scorer(ActorCodes codes, CameoCodebook codebook) {
        this.codes = codes;
        this.codebook = codebook;
    }

    /** Compares the coded events of a record with its gold events. */
    public RecordResult compare(GoldRecord record, List<CodedItem> coded, String failure) {
        List<GoldEvent> gold = new ArrayList<>();
        List<GoldEvent> negated = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (GoldEvent g : record.events()) {
            if (g.negated()) {
                negated.add(g);
            } else if (seen.add(g.source() + ">" + g.target() + ":" + g.cameo() + (g.symmetric() ? "<>" : ""))) {
                gold.add(g);
            }
        }
        Map<Level, RecordResult.Comparison> levels = new EnumMap<>(Level.class);
        int[] countryMatch = null;
        Set<Integer> rootOnly = new HashSet<>();
        for (Level lv : Level.values()) {
            List<GoldEvent> g = lv == Level.ACTOR_CODE ? gold.stream().filter(GoldEvent::fullCode).toList() : gold;
            Set<Integer> excluded = lv == Level.ACTOR_CODE ? rootOnly : Set.of();
            int[] goldMatch = new int[g.size()];
            RecordResult.Comparison c = compare(lv, g, negated, coded, excluded, goldMatch);
            levels.put(lv, c);
            if (lv == Level.COUNTRY_ROOT) {
                countryMatch = goldMatch;
            }
            if (lv == Level.ACTOR_ROOT) {
                for (int i = 0; i < g.size(); i++) {
                    if (goldMatch[i] >= 0 && !g.get(i).fullCode()) {
                        rootOnly.add(goldMatch[i]);
                    }
                }
            }
        }
        List<String[]> confusion = new ArrayList<>();
        int[] plover = new int[2];
        confusion(gold, coded, countryMatch, confusion, plover);
        return new RecordResult(record, record.language(), List.copyOf(coded), failure, levels, confusion,
                plover[0], plover[1]);
    }

    private RecordResult.Comparison compare(Level lv, List<GoldEvent> gold, List<GoldEvent> negated,
                                            List<CodedItem> coded, Set<Integer> excluded, int[] goldMatch) {
        int[] used = new int[coded.size()];
        Arrays.fill(goldMatch, -1);
        for (boolean implicitPass : new boolean[] {false, true}) {
            for (int i = 0; i < gold.size(); i++) {
                GoldEvent g = gold.get(i);
                if (g.implicit() != implicitPass) {
                    continue;
                }
                for (int k = 0; k < coded.size(); k++) {
                    if (used[k] == 0 && !excluded.contains(k) && matches(lv, g, coded.get(k))) {
                        used[k] = 1;
                        goldMatch[i] = k;
                        break;
                    }
                }
            }
        }
        // a mutual coded event ("A met B") also finds the other direction of a gold pair
        for (int i = 0; i < gold.size(); i++) {
            if (goldMatch[i] >= 0) {
                continue;
            }
            for (int k = 0; k < coded.size(); k++) {
                if (used[k] == 1 && coded.get(k).symmetric() && matches(lv, gold.get(i), coded.get(k))) {
                    used[k] = 2;
                    goldMatch[i] = k;
                    break;
                }
            }
        }
        int goldCount = 0;
        int goldMatched = 0;
        List<GoldEvent> missed = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            boolean found = goldMatch[i] >= 0;
            if (found || !gold.get(i).implicit()) {
                goldCount++;
            }
            if (found) {
                goldMatched++;
            } else if (!gold.get(i).implicit()) {
                missed.add(gold.get(i));
            }
        }
        int codedCount = 0;
        int codedMatched = 0;
        List<RecordResult.Extra> extra = new ArrayList<>();
        for (int k = 0; k < coded.size(); k++) {
            if (excluded.contains(k)) {
                continue;
            }
            codedCount++;
            if (used[k] > 0) {
                codedMatched++;
            } else {
                CodedItem c = coded.get(k);
                boolean neg = negated.stream().anyMatch(n -> matches(lv, n, c));
                extra.add(new RecordResult.Extra(c, neg ? "the text says it did not happen" : ""));
            }
        }
        return new RecordResult.Comparison(goldCount, codedCount, goldMatched, codedMatched, missed, extra);
    }

    private boolean matches(Level lv, GoldEvent g, CodedItem c) {
        if (!codeFits(lv, g, c.cameo())) {
            return false;
        }
        boolean straight = actorFits(lv, g.source(), c.source()) && actorFits(lv, g.target(), c.target());
        return straight || (g.symmetric() || c.symmetric())
                && actorFits(lv, g.source(), c.target()) && actorFits(lv, g.target(), c.source());
    }

    private static boolean codeFits(Level lv, GoldEvent g, String code) {
        if (lv == Level.ACTOR_CODE) {
            String full = code.length() == 2 ? code + "0" : code;
            return g.codes().contains(full);
        }
        return g.roots().contains(code.substring(0, 2));
    }

    private boolean actorFits(Level lv, String gold, String coded) {
        if (gold.isEmpty()) {
            return true;
        }
        if (coded.isEmpty()) {
            return false;
        }
        return lv == Level.COUNTRY_ROOT ? codes.country(gold).equals(codes.country(coded)) : gold.equals(coded);
    }

    private boolean dyadFits(GoldEvent g, CodedItem c) {
        boolean straight = actorFits(Level.COUNTRY_ROOT, g.source(), c.source())
                && actorFits(Level.COUNTRY_ROOT, g.target(), c.target());
        return straight || (g.symmetric() || c.symmetric())
                && actorFits(Level.COUNTRY_ROOT, g.source(), c.target())
                && actorFits(Level.COUNTRY_ROOT, g.target(), c.source());
    }

    /**
     * Root pairs for the confusion table: events found at the country level on the diagonal, then
     * leftover gold and coded events with the same dyad paired off, then what is left against none.
     * Also counts, over the paired events, how often the PLOVER types agree.
     */
    private void confusion(List<GoldEvent> gold, List<CodedItem> coded, int[] match, List<String[]> out,
                           int[] plover) {
        boolean[] usedCoded = new boolean[coded.size()];
        List<Integer> leftover = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            if (match[i] >= 0) {
                CodedItem c = coded.get(match[i]);
                out.add(new String[] {c.root(), c.root()});
                usedCoded[match[i]] = true;
                countPlover(gold.get(i), c, plover);
            } else {
                leftover.add(i);
            }
        }
        for (int i : leftover) {
            GoldEvent g = gold.get(i);
            String root = g.roots().isEmpty() ? "?" : g.roots().get(0);
            int found = -1;
            for (int k = 0; k < coded.size() && found < 0; k++) {
                if (!usedCoded[k] && dyadFits(g, coded.get(k))) {
                    found = k;
                }
            }
            if (found >= 0) {
                usedCoded[found] = true;
                out.add(new String[] {root, coded.get(found).root()});
                countPlover(g, coded.get(found), plover);
            } else if (!g.implicit()) {
                out.add(new String[] {root, "-"});
            }
        }
        for (int k = 0; k < coded.size(); k++) {
            if (!usedCoded[k]) {
                out.add(new String[] {"-", coded.get(k).root()});
            }
        }
    }

    private void countPlover(GoldEvent g, CodedItem c, int[] plover) {
        String want = g.plover();
        if (want.isEmpty() && !g.codes().isEmpty()) {
            want = ploverOf(g.codes().get(0)).orElse("");
        }
        if (want.isEmpty()) {
            return;
        }
        plover[1]++;
        if (want.equals(c.plover())) {
            plover[0]++;
        }
    }

    private Optional<String> ploverOf(String code) {
        return codebook.type(code).map(t -> t.plover() == null ? "" : t.plover().name());
    }
}
