package org.cronista.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Opens gold files of any supported {@link GoldFormat}, telling the format from the file:
 * <ul>
 *   <li>{@code *.xml}: PETRARCH validation XML;</li>
 *   <li>a file whose content starts with {@code [}: PLOVER's JSON records;</li>
 *   <li>{@code NAME.documents.jsonl} with {@code NAME.events.jsonl} beside it (either may be named):
 *       Cronista's gold;</li>
 *   <li>any other {@code *.jsonl}: one {@link GoldRecord} per line.</li>
 * </ul>
 * A folder stands for the gold files inside it (not recursive). Stateless.
 */
public final class GoldFiles {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOCUMENTS = ".documents.jsonl";
    private static final String EVENTS = ".events.jsonl";

    private GoldFiles() {
    }

    /** The gold files a path names: the file itself, or the gold files of a folder in name order. */
    public static List<Path> expand(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(path)) {
            for (Path p : s.sorted().toList()) {
                String n = p.getFileName().toString();
                if (Files.isRegularFile(p) && !n.endsWith(EVENTS)
                        && (n.endsWith(".xml") || n.endsWith(".jsonl") || n.endsWith(".json"))) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /**
     * Reads one gold file.
     *
     * @throws IOException if it cannot be read or its format is not recognised (the message says why)
     */
    public static GoldFile read(Path file) throws IOException {
        String n = file.getFileName().toString();
        if (n.endsWith(DOCUMENTS) || n.endsWith(EVENTS)) {
            String stem = n.substring(0, n.length() - (n.endsWith(DOCUMENTS) ? DOCUMENTS : EVENTS).length());
            Path docs = file.resolveSibling(stem + DOCUMENTS);
            Path events = file.resolveSibling(stem + EVENTS);
            if (!Files.isRegularFile(docs) || !Files.isRegularFile(events)) {
                throw new IOException(file + ": Cronista gold needs both " + docs.getFileName() + " and "
                        + events.getFileName());
            }
            return CronistaJsonlReader.readPair(docs, events);
        }
        if (n.endsWith(".jsonl")) {
            return CronistaJsonlReader.readRecords(file);
        }
        String content = text(file);
        String head = content.stripLeading();
        if (head.startsWith("[")) {
            return PloverJsonReader.read(file.toString(), content, JSON);
        }
        if (n.endsWith(".xml") || head.startsWith("<")) {
            return PetrarchXmlReader.read(file.toString(), content);
        }
        throw new IOException(file + ": not a gold file Cronista reads (PETRARCH XML, PLOVER JSON, "
                + "Cronista JSON lines)");
    }

    private static String text(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
