package org.cronista.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cronista.api.Article;
import org.cronista.api.LanguageDetector;
import org.cronista.api.LanguageTag;
import org.cronista.api.events.CodedEvent;
import org.cronista.api.events.EventStatus;
import org.cronista.api.events.EventType;
import org.cronista.knowledge.CameoCodebook;
import org.cronista.pipeline.CodedArticle;
import org.cronista.pipeline.Pipeline;
import org.cronista.pipeline.UnsupportedLanguageException;

/**
 * Codes the texts of gold records with a {@link Pipeline} and compares the events with the gold
 * ones at each {@link Level}. Per record, coded events are the article's distinct events (same
 * source, target and code once; mutual ones in either direction); a gold event is found when a
 * coded event has the same key at the level, where an empty gold actor matches any actor, a mutual
 * gold or coded event matches either direction (and a mutual coded event may find both directions
 * of a gold pair), a gold code with alternatives matches any of them. Gold events flagged negated
 * must not be coded: a coded event matching one is an extra. Implicit gold events count only when
 * coded. Gold records whose gold gives only roots are left out of the full-code level. Thread-safe.
 */
public final class Evaluator {
    /** Records whose text is read to tell a file's language when neither file nor user gives it. */
    private static final int DETECTION_SAMPLE = 25;

    /**
     * What to count.
     *
     * @param hypothetical also count events the text reports as possible, announced or intended
     *                     (PETRARCH's convention) — negated ones never count
     * @param language     language of records whose file does not say, or null to detect it per file
     * @param threads      records coded at once
     */
    public record Options(boolean hypothetical, LanguageTag language, int threads) {
    }

    private final Pipeline pipeline;
    private final ActorCodes codes;
    private final CameoCodebook codebook;
    private final Options options;

    private Evaluator(Pipeline pipeline, ActorCodes codes, Options options) {
        this.pipeline = pipeline;
        this.codes = codes;
        this.codebook = pipeline.knowledge().codebook();
        this.options = options;
    }

    /** An evaluator coding with {@code pipeline}, comparing countries with {@code codes}. */
    public static Evaluator create(Pipeline pipeline, ActorCodes codes, Options options) {
        return new Evaluator(pipeline, codes, options);
    }

    /** Codes and compares every record of a file. */
    public List<RecordResult> evaluate(GoldFile file) {
        LanguageTag fileLanguage = options.language() != null ? options.language() : detect(file);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.threads()), r -> {
            Thread t = new Thread(r, "cronista-eval");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<RecordResult>> futures = new ArrayList<>();
            for (GoldRecord r : file.records()) {
                GoldRecord rec = r.language() != null ? r : r.withLanguage(fileLanguage);
                futures.add(pool.submit(() -> evaluate(rec)));
            }
            List<RecordResult> out = new ArrayList<>(futures.size());
            for (Future<RecordResult> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private LanguageTag detect(GoldFile file) {
        Map<LanguageTag, Integer> votes = new HashMap<>();
        for (GoldRecord r : file.records().subList(0, Math.min(DETECTION_SAMPLE, file.records().size()))) {
            if (r.language() == null) {
                pipeline.detect(r.text()).map(LanguageDetector.DetectedLanguage::language)
                        .ifPresent(l -> votes.merge(l, 1, Integer::sum));
            }
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** Codes and compares one record. */
    public RecordResult evaluate(GoldRecord record) {
        List<CodedItem> coded = new ArrayList<>();
        String failure = null;
        if (record.language() == null) {
            failure = "language unknown";
        } else {
            try {
                CodedArticle a = pipeline.code(new Article(record.id(), null, null, record.date(), record.language(),
                        record.title(), record.text()));
                coded = items(a, record.requireDyad());
            } catch (UnsupportedLanguageException e) {
                failure = e.getMessage();
            }
        }
        return compare(record, coded, failure);
    }

    private List<CodedItem> items(CodedArticle a, boolean requireDyad) {
        Map<String, CodedItem> distinct = new LinkedHashMap<>();
        for (CodedEvent e : a.mentions()) {
            boolean counts = e.status() == EventStatus.ASSERTED
                    || options.hypothetical() && e.status() == EventStatus.HYPOTHETICAL;
            if (!counts || requireDyad && e.target() == null) {
                continue;
            }
            String src = e.source().code().value();
            String tgt = e.target() == null ? "" : e.target().code().value();
            if (e.symmetric() && !tgt.isEmpty() && tgt.compareTo(src) < 0) {
                String t = src;
                src = tgt;
                tgt = t;
            }
            String key = src + ">" + tgt + ":" + e.type().code().value();
            if (!distinct.containsKey(key)) {
                EventType type = e.type();
                distinct.put(key, new CodedItem(e.source().code().value(),
                        e.target() == null ? "" : e.target().code().value(), type.code().value(),
                        type.plover() == null ? "" : type.plover().name(), e.symmetric(), e.rule(), e.sentence(),
                        a.text().sentenceText(a.text().sentences().get(e.sentence())), e.source().rule(),
                        e.target() == null ? "" : e.target().rule()));
            }
        }
        return new ArrayList<>(distinct.values());
    }

    /** Compares coded events with a record's gold events (public for tests of the scoring rules). */
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
        java.util.Arrays.fill(goldMatch, -1);
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
