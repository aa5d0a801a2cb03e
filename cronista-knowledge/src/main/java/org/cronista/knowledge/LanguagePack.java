package org.cronista.knowledge;

import java.util.List;
import org.cronista.api.LanguageTag;

/**
 * Everything Cronista knows about one language: actor names, role words, event patterns, function
 * words, the tagger's tag mapping and date words. Immutable.
 *
 * @param language the language
 * @param actors   actor entries, CLDR country names included
 * @param agents   role words
 * @param patterns event patterns
 * @param grammar  function words
 * @param tagset   tag mapping
 * @param dates    date words
 */
public record LanguagePack(LanguageTag language, List<ActorEntry> actors, List<AgentEntry> agents,
                           List<EventPattern> patterns, Grammar grammar, Tagset tagset, List<DateWord> dates) {
    public LanguagePack {
        actors = List.copyOf(actors);
        agents = List.copyOf(agents);
        patterns = List.copyOf(patterns);
        dates = List.copyOf(dates);
    }
}
