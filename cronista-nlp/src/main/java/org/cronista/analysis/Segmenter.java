package org.cronista.analysis;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import org.cronista.api.LanguageTag;
import org.cronista.api.text.CharSpan;
import org.cronista.knowledge.Grammar;
import org.cronista.knowledge.Grammar.WordClass;
import org.cronista.knowledge.Keys;

/**
 * Splits text into sentences and words by the Unicode rules (UAX #29) as ICU4J implements them, with
 * CLDR's per-language abbreviation lists and the language's own {@code abbreviation} words so that
 * "Sen." or "Dott." do not end a sentence; then splits elisions ("dell'", "l'") and clitics
 * ("'s", "n't") named in the language's grammar file. Thread-safe: the break iterators are cloned
 * per call.
 */
public final class Segmenter {
    private final BreakIterator sentencePrototype;
    private final BreakIterator wordPrototype;
    private final Grammar grammar;
    private final int longestClitic;

    /** A segmenter for {@code lang} with the words of {@code grammar}. Performs no I/O. */
    public Segmenter(LanguageTag lang, Grammar grammar) {
        ULocale locale = new ULocale(lang.code());
        FilteredBreakIteratorBuilder fb = FilteredBreakIteratorBuilder.getInstance(locale);
        for (String abbr : grammar.words(WordClass.ABBREVIATION)) {
            fb.suppressBreakAfter(abbr);
        }
        this.sentencePrototype = fb.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(locale));
        this.wordPrototype = BreakIterator.getWordInstance(locale);
        this.grammar = grammar;
        this.longestClitic = grammar.words(WordClass.CLITIC).stream().mapToInt(String::length).max().orElse(0);
    }

    /** Sentence spans of {@code text}, whitespace trimmed, empty ones dropped. */
    public List<CharSpan> sentences(String text) {
        BreakIterator bi = (BreakIterator) sentencePrototype.clone();
        bi.setText(text);
        List<CharSpan> out = new ArrayList<>();
        int start = bi.first();
        for (int end = bi.next(); end != BreakIterator.DONE; start = end, end = bi.next()) {
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new CharSpan(s, e));
            }
        }
        return out;
    }

    /** Word spans inside {@code [start, end)} of {@code text}: no whitespace, elisions and clitics split. */
    public List<CharSpan> words(String text, int start, int end) {
        BreakIterator bi = (BreakIterator) wordPrototype.clone();
        bi.setText(text.substring(start, end));
        List<CharSpan> out = new ArrayList<>();
        int s = bi.first();
        for (int e = bi.next(); e != BreakIterator.DONE; s = e, e = bi.next()) {
            int a = start + s;
            int b = start + e;
            if (!isBlank(text, a, b)) {
                split(text, a, b, out);
            }
        }
        return out;
    }

    /** The words of a short phrase, as strings (for dictionary entries). */
    public List<String> tokenize(String phrase) {
        List<String> out = new ArrayList<>();
        for (CharSpan w : words(phrase, 0, phrase.length())) {
            out.add(w.of(phrase));
        }
        return out;
    }

    private void split(String text, int a, int b, List<CharSpan> out) {
        // elision: a prefix ending in an apostrophe that the grammar lists ("dell'", "l'", "qu'")
        for (int i = a + 1; i < b - 1; i++) {
            if (Keys.isApostrophe(text.charAt(i))) {
                String prefix = Keys.fold(text.substring(a, i + 1));
                if (grammar.is(WordClass.ELISION, prefix)) {
                    out.add(new CharSpan(a, i + 1));
                    split(text, i + 1, b, out);
                    return;
                }
                break;
            }
        }
        // clitic suffix: "'s", "n't"
        for (int len = Math.min(longestClitic, b - a - 1); len >= 2; len--) {
            String suffix = Keys.fold(text.substring(b - len, b));
            if (grammar.is(WordClass.CLITIC, suffix)) {
                out.add(new CharSpan(a, b - len));
                out.add(new CharSpan(b - len, b));
                return;
            }
        }
        out.add(new CharSpan(a, b));
    }

    private static boolean isBlank(String text, int a, int b) {
        for (int i = a; i < b; i++) {
            if (!Character.isWhitespace(text.charAt(i)) && !Character.isSpaceChar(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
