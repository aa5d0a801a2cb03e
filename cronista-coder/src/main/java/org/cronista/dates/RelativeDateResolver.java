package org.cronista.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.cronista.analysis.Segmenter;
import org.cronista.api.events.CodedEvent;
import org.cronista.api.events.DateResolver;
import org.cronista.api.text.AnalyzedText;
import org.cronista.api.text.Sentence;
import org.cronista.knowledge.DateWord;
import org.cronista.knowledge.LanguagePack;
import org.cronista.matching.PhraseIndex;

/**
 * Dates each event by the first date word of its sentence ({@code dates.tsv}: "ieri" = one day
 * before publication, "martedì" = the last Tuesday before it), else by the publication date.
 * Thread-safe.
 */
public final class RelativeDateResolver implements DateResolver {
    private final PhraseIndex<DateWord> index;

    private RelativeDateResolver(PhraseIndex<DateWord> index) {
        this.index = index;
    }

    /** Indexes the pack's date words. */
    public static RelativeDateResolver create(LanguagePack pack, Segmenter segmenter) {
        PhraseIndex.Builder<DateWord> b = PhraseIndex.builder(segmenter::tokenize);
        for (DateWord w : pack.dates()) {
            for (String p : w.phrases()) {
                b.add(p, w);
            }
        }
        return new RelativeDateResolver(b.build());
    }

    @Override
    public List<CodedEvent> date(AnalyzedText text, LocalDate published, List<CodedEvent> events) {
        List<CodedEvent> out = new ArrayList<>(events.size());
        LocalDate[] bySentence = new LocalDate[text.sentences().size()];
        for (CodedEvent e : events) {
            int i = e.sentence();
            if (bySentence[i] == null) {
                bySentence[i] = resolve(text.sentences().get(i), published);
            }
            out.add(e.withDate(bySentence[i]));
        }
        return out;
    }

    /**
     * The date a sentence's first date expression gives, or {@code published}: an ISO date
     * ("2023-09-13"), a day with a month name and perhaps a year ("13 settembre", "September 13,
     * 2023"), or a relative word ("ieri", "last Tuesday"). A day and month without a year is the
     * latest such day not after publication.
     */
    LocalDate resolve(Sentence s, LocalDate published) {
        String[][] keys = PhraseIndex.keysOf(s);
        for (int i = 0; i < s.size(); i++) {
            LocalDate iso = isoDate(s, i);
            if (iso != null) {
                return iso;
            }
            PhraseIndex.Match<DateWord> m = index.longestAt(s, keys, i);
            if (m == null) {
                continue;
            }
            DateWord w = m.values().get(0);
            if (!w.kind().equals("month-name")) {
                return apply(w, published);
            }
            LocalDate d = dayOfMonth(s, m, w.value(), published);
            if (d != null) {
                return d;
            }
            i = m.end() - 1;
        }
        return published;
    }

    /** "2023-09-13" split into tokens 2023 - 09 - 13. */
    private static LocalDate isoDate(Sentence s, int i) {
        if (i + 4 >= s.size() || !number(s, i, 1000, 2999) || !s.token(i + 1).text().equals("-")
                || !number(s, i + 2, 1, 12) || !s.token(i + 3).text().equals("-") || !number(s, i + 4, 1, 31)) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(s.token(i).text()), Integer.parseInt(s.token(i + 2).text()),
                    Integer.parseInt(s.token(i + 4).text()));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** A day number before or after a month name, with an optional year after. */
    private static LocalDate dayOfMonth(Sentence s, PhraseIndex.Match<DateWord> m, int month, LocalDate published) {
        Integer day = null;
        int after = m.end();
        if (m.start() > 0 && number(s, m.start() - 1, 1, 31)) {
            day = dayValue(s.token(m.start() - 1).text());
        } else if (after < s.size() && number(s, after, 1, 31)) {
            day = dayValue(s.token(after).text());
            after++;
            if (after < s.size() && s.token(after).text().equals(",")) {
                after++;
            }
        }
        if (day == null) {
            return null;
        }
        Integer year = after < s.size() && number(s, after, 1000, 2999) ? Integer.parseInt(s.token(after).text()) : null;
        try {
            if (year != null) {
                return LocalDate.of(year, month, day);
            }
            LocalDate d = LocalDate.of(published.getYear(), month, day);
            return d.isAfter(published.plusDays(1)) ? d.minusYears(1) : d;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static boolean number(Sentence s, int i, int min, int max) {
        Integer v = dayValue(s.token(i).text());
        return v != null && v >= min && v <= max;
    }

    /** "13", "13th", "1°" as a number, else null. */
    private static Integer dayValue(String text) {
        int end = 0;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        if (end == 0 || end > 4) {
            return null;
        }
        String rest = text.substring(end).toLowerCase(java.util.Locale.ROOT);
        if (!rest.isEmpty() && !rest.equals("st") && !rest.equals("nd") && !rest.equals("rd") && !rest.equals("th")
                && !rest.equals("°") && !rest.equals("º") && !rest.equals(".")) {
            return null;
        }
        return Integer.parseInt(text.substring(0, end));
    }

    static LocalDate apply(DateWord w, LocalDate published) {
        return switch (w.kind()) {
            case "offset" -> published.plusDays(w.value());
            case "weekday" -> published.with(TemporalAdjusters.previous(DayOfWeek.of(w.value())));
            case "week" -> published.plusWeeks(w.value());
            case "month" -> published.plusMonths(w.value());
            case "year" -> published.plusYears(w.value());
            default -> published;
        };
    }
}
