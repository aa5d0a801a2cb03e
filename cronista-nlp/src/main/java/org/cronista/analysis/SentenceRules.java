package org.cronista.analysis;

import java.util.List;
import org.cronista.api.text.Token;
import org.cronista.analysis.de.GermanClauses;
import org.cronista.analysis.ru.RussianWordOrder;
import org.cronista.knowledge.LanguagePack;

/**
 * What a language needs after tagging that data files cannot say, such as German separable verb
 * particles. One implementation per language that needs it, in the language's subpackage; the rest
 * use {@link #NONE}.
 */
public interface SentenceRules {
    /** Rules that change nothing. */
    SentenceRules NONE = tokens -> tokens;

    /** The sentence's tokens after the language's rules. */
    List<Token> apply(List<Token> tokens);

    /** The rules for a language. */
    static SentenceRules forLanguage(LanguagePack pack) {
        return switch (pack.language().code()) {
            case "de" -> GermanClauses.create(pack.grammar());
            case "ru" -> RussianWordOrder.create(pack.grammar());
            default -> NONE;
        };
    }
}
