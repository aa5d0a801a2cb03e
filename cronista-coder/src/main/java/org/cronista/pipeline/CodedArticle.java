package org.cronista.pipeline;

import java.util.List;
import org.cronista.api.Article;
import org.cronista.api.LanguageTag;
import org.cronista.api.actors.ActorMention;
import org.cronista.api.events.CodedEvent;
import org.cronista.api.events.Event;
import org.cronista.api.geo.PlaceMention;
import org.cronista.api.text.AnalyzedText;

/**
 * Everything the pipeline found in one article.
 *
 * @param article  the article, its language set
 * @param language the language it was coded in
 * @param text     the analysed text (title and body)
 * @param places   place mentions
 * @param actors   actor mentions
 * @param mentions every event mention, negated and hypothetical ones included
 * @param events   the distinct events that happened, each with its mentions
 */
public record CodedArticle(Article article, LanguageTag language, AnalyzedText text, List<PlaceMention> places,
                           List<ActorMention> actors, List<CodedEvent> mentions, List<Event> events) {
    public CodedArticle {
        places = List.copyOf(places);
        actors = List.copyOf(actors);
        mentions = List.copyOf(mentions);
        events = List.copyOf(events);
    }
}
