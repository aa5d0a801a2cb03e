package org.cronista.knowledge;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.cronista.api.text.Feature;
import org.cronista.api.text.Upos;

/**
 * Maps a tagger's language-specific part-of-speech tags to Universal POS and features
 * ({@code <lang>/tagset.tsv}); the first matching line wins.
 */
public final class Tagset {
    static final String FORMAT = "cronista-tagset/1";
    static final List<String> COLUMNS = List.of("tag", "upos", "features");

    /**
     * One mapping line.
     *
     * @param tag      regular expression over the tag
     * @param upos     the universal tag
     * @param features features the tag carries
     */
    public record Rule(Pattern tag, Upos upos, Set<Feature> features) {
    }

    private final List<Rule> rules;

    private Tagset(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    static Tagset load(KnowledgeSource source, String lang, List<Problem> problems) {
        List<Rule> rules = new ArrayList<>();
        for (Tsv.Row row : Tsv.read(source, lang + "/tagset.tsv", FORMAT, COLUMNS, problems)) {
            try {
                Pattern p = Pattern.compile(row.get("tag"));
                Upos u = Upos.valueOf(row.get("upos"));
                Set<Feature> fs = EnumSet.noneOf(Feature.class);
                for (String f : row.list("features")) {
                    fs.add(Feature.valueOf(f.toUpperCase(java.util.Locale.ROOT)));
                }
                rules.add(new Rule(p, u, Set.copyOf(fs)));
            } catch (PatternSyntaxException e) {
                problems.add(row.problem("bad regular expression: " + e.getDescription()));
            } catch (IllegalArgumentException e) {
                problems.add(row.problem("unknown UPOS or feature: " + e.getMessage()));
            }
        }
        return new Tagset(rules);
    }

    /** The first rule matching {@code tag}, or null. */
    public Rule map(String tag) {
        for (Rule r : rules) {
            if (r.tag().matcher(tag).matches()) {
                return r;
            }
        }
        return null;
    }

    /** Whether the file had any rule. */
    public boolean isEmpty() {
        return rules.isEmpty();
    }
}
