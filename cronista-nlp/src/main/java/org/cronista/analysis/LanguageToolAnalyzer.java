package org.cronista.analysis;

import java.util.ArrayList;
import java.util.List;
import org.cronista.api.LanguageTag;
import org.cronista.api.text.AnalyzedText;
import org.cronista.api.text.CharSpan;
import org.cronista.api.text.Reading;
import org.cronista.api.text.Sentence;
import org.cronista.api.text.TextAnalyzer;
import org.cronista.api.text.Token;
import org.cronista.knowledge.Keys;
import org.cronista.knowledge.LanguagePack;
import org.languagetool.Language;
import org.languagetool.Languages;

/**
 * The analyzer for one language: {@link Segmenter} for sentences and words, {@link Lexicon} over
 * LanguageTool's dictionary for readings, {@link ReadingSelector} to choose one in context, then the
 * language's {@link SentenceRules} (German separable verbs, for instance). Thread-safe; build one
 * per language with {@link #create(LanguagePack)} and share it.
 */
public final class LanguageToolAnalyzer implements TextAnalyzer {
    private final LanguageTag language;
    private final Segmenter segmenter;
    private final Lexicon lexicon;
    private final ReadingSelector selector;
    private final SentenceRules rules;

    private LanguageToolAnalyzer(LanguageTag language, Segmenter segmenter, Lexicon lexicon, ReadingSelector selector,
                                 SentenceRules rules) {
        this.language = language;
        this.segmenter = segmenter;
        this.lexicon = lexicon;
        this.selector = selector;
        this.rules = rules;
    }

    /**
     * Loads LanguageTool's dictionary for the pack's language and builds the analyzer.
     *
     * @throws IllegalArgumentException if LanguageTool has no module for the language
     */
    public static LanguageToolAnalyzer create(LanguagePack pack) {
        Language lt = Languages.getLanguageForShortCode(pack.language().code());
        Lexicon lexicon = new Lexicon(lt.createDefaultTagger(), pack.tagset(), pack.grammar());
        return new LanguageToolAnalyzer(pack.language(), new Segmenter(pack.language(), pack.grammar()), lexicon,
                new ReadingSelector(pack.grammar()), SentenceRules.forLanguage(pack));
    }

    @Override
    public LanguageTag language() {
        return language;
    }

    /** The segmenter, which also splits dictionary phrases into words. */
    public Segmenter segmenter() {
        return segmenter;
    }

    @Override
    public AnalyzedText analyze(String text) {
        List<Sentence> sentences = new ArrayList<>();
        for (CharSpan s : segmenter.sentences(text)) {
            List<CharSpan> words = segmenter.words(text, s.start(), s.end());
            if (words.isEmpty()) {
                continue;
            }
            List<String> forms = new ArrayList<>(words.size());
            List<String> keys = new ArrayList<>(words.size());
            List<List<Reading>> readings = new ArrayList<>(words.size());
            for (CharSpan w : words) {
                String form = w.of(text);
                forms.add(form);
                keys.add(Keys.fold(form));
                readings.add(lexicon.readings(form));
            }
            Reading[] chosen = selector.select(forms, keys, readings);
            List<Token> tokens = new ArrayList<>(words.size());
            for (int i = 0; i < words.size(); i++) {
                tokens.add(new Token(forms.get(i), words.get(i), keys.get(i), chosen[i], readings.get(i)));
            }
            sentences.add(new Sentence(sentences.size(), s, rules.apply(tokens)));
        }
        return new AnalyzedText(text, language, sentences);
    }
}
