package org.cronista.dictionary;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.cronista.api.LanguageTag;
import org.cronista.knowledge.CameoCodebook;

/**
 * Converts PETRARCH/TABARI dictionaries into Cronista's knowledge files ({@code <lang>/actors.tsv},
 * {@code <lang>/agents.tsv}, {@code <lang>/events.tsv}, and {@code world/cameo.tsv} for codes the
 * codebook lacks), so that teams keep the dictionaries they have. What cannot be carried over is
 * reported in {@link ImportResult#losses()} with the source lines. The kind of each file is told by
 * its name ({@code *actors*}, {@code *agents*}, {@code *verbs*} or {@code CAMEO*}, {@code *discards*},
 * {@code *issue*}) or else by its content. Not thread-safe: one importer per import.
 */
public final class PetrarchImporter {
    /** The kinds of PETRARCH dictionary. */
    public enum Kind { ACTORS, AGENTS, VERBS, DISCARDS, ISSUES }

    private static final String LICENCE = "# licence: that of the imported dictionaries (PETRARCH's are MIT)";

    private final LanguageTag lang;
    private final CameoCodebook codebook;
    private final Predicate<String> functionWord;

    private PetrarchImporter(LanguageTag lang, CameoCodebook codebook, Predicate<String> functionWord) {
        this.lang = lang;
        this.codebook = codebook;
        this.functionWord = functionWord;
    }

    /**
     * An importer writing files for {@code lang}.
     *
     * @param codebook     the CAMEO codebook that pattern codes are checked against
     * @param functionWord whether a lower-case word is a function word of the language (articles,
     *                     prepositions), written in lower case inside names
     */
    public static PetrarchImporter create(LanguageTag lang, CameoCodebook codebook, Predicate<String> functionWord) {
        return new PetrarchImporter(lang, codebook, functionWord);
    }

    /** Reads the files and converts them; nothing is written until {@link ImportResult#write}. */
    public ImportResult importFiles(List<Path> files) throws IOException {
        ImportResult result = new ImportResult();
        String names = String.join(", ", files.stream().map(p -> p.getFileName().toString()).toList());
        String l = lang.code();
        String actors = l + "/actors.tsv";
        String agents = l + "/agents.tsv";
        String events = l + "/events.tsv";
        String cameo = "world/cameo.tsv";
        result.header(cameo, header("cameo", "world", names, "code\tgoldstein\tquad_class\tplover\tplover_mode\tname"));
        PetrarchActorReader actorReader = new PetrarchActorReader(functionWord, result, actors);
        PetrarchAgentReader agentReader = new PetrarchAgentReader(result, agents);
        PetrarchVerbReader verbReader = new PetrarchVerbReader(result, events, l, codebook, cameo);
        for (Path f : files) {
            List<String> lines = lines(f);
            String name = f.getFileName().toString();
            switch (kind(f, lines)) {
                case ACTORS -> {
                    result.header(actors, header("actors", l, names, "phrase\tcode\tkind\tfrom\tuntil\tflags\tnote"));
                    actorReader.read(name, lines);
                }
                case AGENTS -> {
                    result.header(agents, header("agents", l, names, "phrase\trole\tflags\tnote"));
                    agentReader.read(name, lines);
                }
                case VERBS -> {
                    result.header(events, header("events", l, names, "id\tcameo\tpattern\tflags\texample\texpect"));
                    verbReader.read(name, lines);
                }
                case DISCARDS -> result.lost("discard lists (Cronista has none; the sentences they discard are coded)",
                        name + ": " + lines.stream().filter(x -> !x.isBlank() && !x.startsWith("#")).count() + " entries");
                case ISSUES -> result.lost("issue coding (Cronista does not code issues)", name);
            }
        }
        if (result.written().getOrDefault(cameo, 0) == 0) {
            result.files().remove(cameo);
        }
        return result;
    }

    private static List<String> header(String kind, String language, String names, String columns) {
        List<String> h = new ArrayList<>();
        h.add("# format: cronista-" + kind + "/1");
        h.add("# language: " + language);
        h.add("# source: imported by `cronista dictionary import --format petrarch` from " + names);
        h.add(LICENCE);
        h.add(columns);
        return h;
    }

    /** The kind of a PETRARCH dictionary, from its name or else its content. */
    static Kind kind(Path file, List<String> lines) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.contains("discard")) {
            return Kind.DISCARDS;
        }
        if (n.contains("issue")) {
            return Kind.ISSUES;
        }
        if (n.contains("agent")) {
            return Kind.AGENTS;
        }
        if (n.contains("actor")) {
            return Kind.ACTORS;
        }
        if (n.contains("verb") || n.startsWith("cameo")) {
            return Kind.VERBS;
        }
        for (String line : lines) {
            String t = line.strip();
            if (t.startsWith("---") && t.endsWith("---") && t.length() > 6) {
                return Kind.VERBS;
            }
            if (t.matches(".*\\[\\s*~.*\\].*|.*~\\s*\\].*")) {
                return Kind.AGENTS;
            }
        }
        return Kind.ACTORS;
    }

    private static List<String> lines(Path f) throws IOException {
        byte[] bytes = Files.readAllBytes(f);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, StandardCharsets.ISO_8859_1);
        }
        return text.lines().toList();
    }
}
