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

    /** The date a sentence's first date word gives, or {@code published}. */
    LocalDate resolve(Sentence s, LocalDate published) {
        String[][] keys = PhraseIndex.keysOf(s);
        for (int i = 0; i < s.size(); i++) {
            PhraseIndex.Match<DateWord> m = index.longestAt(s, keys, i);
            if (m != null) {
                return apply(m.values().get(0), published);
            }
        }
        return published;
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
