package org.cronista.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.cronista.api.LanguageTag;

/** Prints evaluation results as plain-text tables for people. Not thread-safe: one per output. */
public final class ReportPrinter {
    private final PrintWriter out;
    private final boolean errors;

    /**
     * A printer to {@code out}.
     *
     * @param errors also list each missed and each extra event with its sentence and rules
     */
    public ReportPrinter(PrintWriter out, boolean errors) {
        this.out = out;
        this.errors = errors;
    }

    /** Prints one file's results: a table per language (and for the file when it has several). */
    public void file(GoldFile file, List<RecordResult> results) {
        Map<String, List<RecordResult>> byLang = byLanguage(results);
        if (byLang.size() != 1) {
            table(file.name() + " (" + format(file.format()) + ", all languages)", scores(results));
        }
        byLang.forEach((lang, rs) -> table(file.name() + " (" + format(file.format()) + ", " + lang + ")", scores(rs)));
        if (!file.notes().isEmpty()) {
            out.println("reader notes: " + file.notes().size() + (errors ? "" : " (see --errors)"));
            for (String n : errors ? file.notes() : file.notes().subList(0, Math.min(3, file.notes().size()))) {
                out.println("  " + n);
            }
        }
        if (errors) {
            errors(results);
        }
        out.println();
        out.flush();
    }

    /** Prints totals per language over several files. */
    public void summary(List<RecordResult> all) {
        out.println("== all files, by language");
        out.printf(Locale.ROOT, "%-6s %8s  %-22s %-22s %-22s%n", "lang", "records", "country+root P/R/F1",
                "actors+root P/R/F1", "actors+code P/R/F1");
        byLanguage(all).forEach((lang, rs) -> {
            Scores s = scores(rs);
            out.printf(Locale.ROOT, "%-6s %8d  %-22s %-22s %-22s%n", lang, s.records(), prf(s, Level.COUNTRY_ROOT),
                    prf(s, Level.ACTOR_ROOT), s.hasFullCodes() ? prf(s, Level.ACTOR_CODE) : "n/a");
        });
        out.flush();
    }

    private static String prf(Scores s, Level lv) {
        return String.format(Locale.ROOT, "%.3f/%.3f/%.3f", s.precision(lv), s.recall(lv), s.f1(lv));
    }

    private static String format(GoldFormat f) {
        return f.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Map<String, List<RecordResult>> byLanguage(List<RecordResult> results) {
        Map<String, List<RecordResult>> m = new LinkedHashMap<>();
        for (RecordResult r : results) {
            LanguageTag l = r.language();
            m.computeIfAbsent(l == null ? "??" : l.code(), k -> new ArrayList<>()).add(r);
        }
        return m;
    }

    private static Scores scores(List<RecordResult> rs) {
        Scores s = new Scores();
        rs.forEach(s::add);
        return s;
    }

    private void table(String title, Scores s) {
        out.println("== " + title);
        out.printf(Locale.ROOT, "%d records scored: %d expect events, %d expect none", s.records(),
                s.expectingEvents(), s.expectingNone());
        if (s.errorRecords() > 0) {
            out.printf(Locale.ROOT, "; %d expect an input error (not scored)", s.errorRecords());
        }
        if (s.failures() > 0) {
            out.printf(Locale.ROOT, "; %d could not be coded", s.failures());
        }
        out.println();
        out.printf(Locale.ROOT, "%-13s %6s %6s %6s %6s %9s %7s %6s%n", "level", "gold", "coded", "found", "right",
                "precision", "recall", "F1");
        for (Level lv : Level.values()) {
            if (lv == Level.ACTOR_CODE && !s.hasFullCodes()) {
                out.printf(Locale.ROOT, "%-13s %s%n", lv.label(), "n/a (the gold gives no full CAMEO codes)");
                continue;
            }
            out.printf(Locale.ROOT, "%-13s %6d %6d %6d %6d %9.3f %7.3f %6.3f%n", lv.label(), s.gold(lv), s.coded(lv),
                    s.found(lv), s.right(lv), s.precision(lv), s.recall(lv), s.f1(lv));
        }
        if (s.ploverAll() > 0) {
            out.printf(Locale.ROOT, "PLOVER type right for %d of %d gold events whose dyad was coded (%.3f)%n",
                    s.ploverSame(), s.ploverAll(), (double) s.ploverSame() / s.ploverAll());
        }
        int n = Math.max(1, s.records());
        out.printf(Locale.ROOT, "records: fully correct %.1f%%, with missed events %.1f%%, with extra events %.1f%%%n",
                100.0 * s.correct() / n, 100.0 * s.withMissed() / n, 100.0 * s.withExtra() / n);
        out.printf(Locale.ROOT, "records expecting events coded exactly: %d of %d (%.1f%%); expecting none, coded none: %d of %d%n",
                s.exactOnEvents(), s.expectingEvents(), 100.0 * s.exactOnEvents() / Math.max(1, s.expectingEvents()),
                s.noneOnNone(), s.expectingNone());
        confusion(s);
    }

    private void confusion(Scores s) {
        Map<String, Map<String, Integer>> m = s.confusion();
        if (m.isEmpty()) {
            return;
        }
        TreeSet<String> cols = new TreeSet<>();
        m.values().forEach(r -> cols.addAll(r.keySet()));
        TreeSet<String> rows = new TreeSet<>(m.keySet());
        // "-" sorts before digits; show it last
        List<String> colList = new ArrayList<>(cols);
        List<String> rowList = new ArrayList<>(rows);
        moveDashLast(colList);
        moveDashLast(rowList);
        out.println("confusion of CAMEO roots (rows: gold, columns: coded, -: none)");
        StringBuilder head = new StringBuilder("     ");
        colList.forEach(c -> head.append(String.format(Locale.ROOT, "%4s", c)));
        out.println(head);
        for (String r : rowList) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%4s ", r));
            for (String c : colList) {
                Integer v = m.getOrDefault(r, Map.of()).get(c);
                line.append(String.format(Locale.ROOT, "%4s", v == null ? "." : v.toString()));
            }
            out.println(line);
        }
    }

    private static void moveDashLast(List<String> l) {
        if (l.remove("-")) {
            l.add("-");
        }
    }

    private void errors(List<RecordResult> results) {
        for (RecordResult r : results) {
            if (!r.scored()) {
                continue;
            }
            RecordResult.Comparison c = r.levels().get(r.finest());
            if (c.missed().isEmpty() && c.extra().isEmpty() && r.failure() == null) {
                continue;
            }
            GoldRecord g = r.record();
            out.println("-- " + g.id() + " [" + (r.language() == null ? "??" : r.language()) + " " + g.date() + "] "
                    + cut(g.text(), 200));
            if (r.failure() != null) {
                out.println("   not coded: " + r.failure());
            }
            for (GoldEvent m : c.missed()) {
                out.println("   missed " + m.display() + (m.sentence() >= 0 ? "  (sentence " + m.sentence() + ")" : ""));
            }
            for (RecordResult.Extra x : c.extra()) {
                CodedItem i = x.item();
                out.println("   extra  " + i.display() + "  rule " + i.rule() + (x.why().isEmpty() ? "" : "  (" + x.why() + ")"));
                out.println("          source [" + i.sourceRule() + "]" + (i.targetRule().isEmpty() ? "" : "  target [" + i.targetRule() + "]"));
                out.println("          sentence " + i.sentence() + ": " + cut(i.sentenceText(), 240));
            }
        }
    }

    private static String cut(String s, int n) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() <= n ? t : t.substring(0, n - 1) + "…";
    }
}
