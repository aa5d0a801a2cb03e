package org.cronista.analysis;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.cronista.api.LanguageTag;
import org.cronista.knowledge.Knowledge;

/**
 * One {@link LanguageToolAnalyzer} per language, built the first time a language is needed (loading
 * a LanguageTool dictionary takes a fraction of a second) and shared afterwards. Thread-safe.
 */
public final class Analyzers {
    private final Knowledge knowledge;
    private final Map<LanguageTag, LanguageToolAnalyzer> built = new ConcurrentHashMap<>();

    /** Analyzers for the languages {@code knowledge} has packs for. */
    public Analyzers(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    /** The analyzer for {@code lang}, or empty if Cronista has no knowledge of it. */
    public Optional<LanguageToolAnalyzer> get(LanguageTag lang) {
        if (!knowledge.languages().contains(lang)) {
            return Optional.empty();
        }
        return Optional.of(built.computeIfAbsent(lang,
                l -> LanguageToolAnalyzer.create(knowledge.pack(l).orElseThrow())));
    }
}
