package org.cronista.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cronista.api.LanguageTag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Knowledge files written by users are validated, and each problem names its file and line. */
class KnowledgeFilesTest {
    @TempDir
    Path dir;

    private void write(String relative, String... lines) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.write(p, List.of(lines), StandardCharsets.UTF_8);
    }

    private static String[] header(String format, String columns) {
        return new String[] {"# format: " + format, "# language: it", "# source: test", "# licence: Apache-2.0", columns};
    }

    @Test
    void userLinesAreAddedToShippedOnes() throws IOException {
        String[] h = header("cronista-agents/1", "phrase\trole\tflags\tnote");
        write("it/agents.tsv", h[0], h[1], h[2], h[3], h[4], "pompieri|vigili del fuoco\tCVL");
        Knowledge k = Knowledge.load(KnowledgeSource.shippedPlus(List.of(dir)));
        assertThat(k.pack(LanguageTag.IT).orElseThrow().agents())
                .anySatisfy(a -> assertThat(a.phrases()).contains("vigili del fuoco"));
    }

    @Test
    void badLinesAreReportedWithFileAndLine() throws IOException {
        String[] h = header("cronista-events/1", "id\tcameo\tpattern\tflags\texample\texpect");
        write("it/events.tsv", h[0], h[1], h[2], h[3], h[4],
                "x.1\t999\tattaccare $T",
                "x.2\t190\t$T attaccare",
                "x.3\t190\tattaccare $T\tloud",
                "x.4\t190\tattaccare $T\t\tLa Russia attacca.\tRUS-UKR");
        assertThatThrownBy(() -> Knowledge.load(KnowledgeSource.shippedPlus(List.of(dir))))
                .isInstanceOf(KnowledgeException.class)
                .satisfies(e -> {
                    List<Problem> ps = ((KnowledgeException) e).problems();
                    assertThat(ps).extracting(Problem::line).containsExactly(6, 7, 8, 9);
                    assertThat(ps.get(0).toString()).contains("it/events.tsv:6").contains("999");
                    assertThat(ps.get(1).message()).contains("anchor");
                    assertThat(ps.get(2).message()).contains("flag");
                    assertThat(ps.get(3).message()).contains("expect");
                });
    }

    @Test
    void wrongHeaderAndColumnsAreProblems() throws IOException {
        write("it/agents.tsv", "# format: cronista-agents/9", "# source: x", "# licence: y", "phrase\tcode");
        Knowledge.Loaded l = Knowledge.read(KnowledgeSource.shippedPlus(List.of(dir)), List.of(LanguageTag.IT));
        assertThat(l.problems()).extracting(Problem::message)
                .anyMatch(m -> m.contains("cronista-agents/1"))
                .anyMatch(m -> m.contains("columns must be"));
    }

    @Test
    void invalidUtf8IsAProblemNotACrash() throws IOException {
        Path p = dir.resolve("it/agents.tsv");
        Files.createDirectories(p.getParent());
        byte[] head = String.join("\n", header("cronista-agents/1", "phrase\trole\tflags\tnote"))
                .getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'\n', (byte) 0xC3, (byte) 0x28, '\t', 'G', 'O', 'V', '\n'};
        byte[] all = new byte[head.length + bad.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        Files.write(p, all);
        Knowledge.Loaded l = Knowledge.read(KnowledgeSource.shippedPlus(List.of(dir)), List.of(LanguageTag.IT));
        assertThat(l.problems()).extracting(Problem::message).contains("not valid UTF-8");
    }
}
