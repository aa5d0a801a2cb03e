package org.cronista.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.cronista.actors.DictionaryActorResolver;
import org.cronista.analysis.Analyzers;
import org.cronista.analysis.LanguageToolAnalyzer;
import org.cronista.api.Article;
import org.cronista.api.LanguageDetector;
import org.cronista.api.LanguageTag;
import org.cronista.api.actors.ActorMention;
import org.cronista.api.actors.ActorResolver;
import org.cronista.api.events.CodedEvent;
import org.cronista.api.events.DateResolver;
import org.cronista.api.events.EventCoder;
import org.cronista.api.geo.EventLocator;
import org.cronista.api.geo.PlaceFinder;
import org.cronista.api.geo.PlaceMention;
import org.cronista.api.text.AnalyzedText;
import org.cronista.api.text.TextAnalyzer;
import org.cronista.dates.RelativeDateResolver;
import org.cronista.events.PatternEventCoder;
import org.cronista.geo.GazetteerPlaceFinder;
import org.cronista.geo.SentencePlaceLocator;
import org.cronista.knowledge.Knowledge;
import org.cronista.knowledge.LanguagePack;
import org.cronista.language.LinguaLanguageDetector;

/**
 * Cronista's pipeline: the one place where the stages are wired. Each language's stages are built
 * the first time an article in that language arrives, then shared; {@link #code(Article)} may be
 * called from many threads at once.
 */
public final class Pipeline {
    private final Knowledge knowledge;
    private final LanguageDetector detector;
    private final Analyzers analyzers;
    private final EventLocator locator = new SentencePlaceLocator();
    private final Map<LanguageTag, Stages> stages = new ConcurrentHashMap<>();

    /** The stages of one language. */
    private record Stages(TextAnalyzer analyzer, PlaceFinder places, ActorResolver actors, EventCoder events,
                          DateResolver dates) {
    }

    private Pipeline(Knowledge knowledge, LanguageDetector detector) {
        this.knowledge = knowledge;
        this.detector = detector;
        this.analyzers = new Analyzers(knowledge);
    }

    /** A pipeline over {@code knowledge}, detecting languages with Lingua. */
    public static Pipeline create(Knowledge knowledge) {
        return new Pipeline(knowledge, LinguaLanguageDetector.create(List.copyOf(knowledge.languages())));
    }

    /** The knowledge the pipeline codes with. */
    public Knowledge knowledge() {
        return knowledge;
    }

    /** The languages it can code. */
    public java.util.Set<LanguageTag> languages() {
        return knowledge.languages();
    }

    /** The language of a text, as the detector tells it (possibly one Cronista cannot code). */
    public Optional<LanguageDetector.DetectedLanguage> detect(String text) {
        return detector.detect(text);
    }

    /**
     * Codes one article.
     *
     * @throws UnsupportedLanguageException if the language is not given and cannot be detected, or
     *     is one Cronista has no knowledge of
     */
    public CodedArticle code(Article article) throws UnsupportedLanguageException {
        String text = article.fullText();
        LanguageTag lang = article.language();
        if (lang == null) {
            lang = detector.detect(text).map(LanguageDetector.DetectedLanguage::language)
                    .orElseThrow(() -> new UnsupportedLanguageException("language could not be identified"));
        }
        Stages st = stagesFor(lang);
        AnalyzedText analyzed = st.analyzer().analyze(text);
        // Places come before actors: a place name can contain a country's ("Sea of Japan").
        List<PlaceMention> places = st.places().find(analyzed);
        List<ActorMention> actors = st.actors().resolve(analyzed, places, article.published());
        List<CodedEvent> mentions = st.events().code(analyzed, actors, places);
        mentions = locator.locate(analyzed, places, mentions);
        mentions = st.dates().date(analyzed, article.published(), mentions);
        return new CodedArticle(article.withLanguage(lang), lang, analyzed, places, actors, mentions,
                EventGrouper.group(mentions));
    }

    /**
     * The actors a short text names on {@code date}, with the dictionary lines behind each — what
     * {@code cronista actors lookup} prints.
     *
     * @throws UnsupportedLanguageException if Cronista has no knowledge of {@code lang}
     */
    public List<ActorMention> actors(String text, LanguageTag lang, java.time.LocalDate date)
            throws UnsupportedLanguageException {
        Stages st = stagesFor(lang);
        AnalyzedText analyzed = st.analyzer().analyze(text);
        return st.actors().resolve(analyzed, st.places().find(analyzed), date);
    }

    private Stages stagesFor(LanguageTag lang) throws UnsupportedLanguageException {
        Optional<LanguagePack> pack = knowledge.pack(lang);
        if (pack.isEmpty()) {
            throw new UnsupportedLanguageException("no model for language '" + lang + "'");
        }
        return stages.computeIfAbsent(lang, l -> build(pack.get()));
    }

    private Stages build(LanguagePack pack) {
        LanguageToolAnalyzer analyzer = analyzers.get(pack.language()).orElseThrow();
        var segmenter = analyzer.segmenter();
        return new Stages(analyzer,
                GazetteerPlaceFinder.create(knowledge.gazetteer(), pack, segmenter),
                DictionaryActorResolver.create(knowledge, pack, segmenter),
                PatternEventCoder.create(pack, knowledge.codebook(), knowledge.intents()),
                RelativeDateResolver.create(pack, segmenter));
    }
}
