package org.cronista.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code cronista code} end to end: formats, folders, and one-line errors for bad input. */
class CodeCommandIT {
    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int status = cl.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void badFilesGetOneLineErrorsAndTheOthersAreStillCoded() throws IOException {
        write("a-it.txt", "La Russia ha attaccato l'Ucraina. Il governo italiano ha condannato la Russia.");
        write("b-en.txt", "Japan lodged a formal protest with North Korea.");
        write("c-empty.txt", "  \n");
        Files.write(dir.resolve("d-binary.bin"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2, 3});
        Files.write(dir.resolve("e-latin1.txt"), "Le gouvernement a condamné l'attaque".getBytes(StandardCharsets.ISO_8859_1));
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("f-huge.txt").toFile(), "rw")) {
            f.setLength(11L * 1024 * 1024);
        }
        write("g-portuguese.txt", "O governo brasileiro condenou o ataque e convocou o embaixador russo para explicações.");

        Run r = run("code", dir.toString(), "--date", "2024-02-01", "--format", "jsonl");

        assertThat(r.status()).isEqualTo(1);
        List<String> errors = r.err().lines().toList();
        assertThat(errors).hasSize(5);
        assertThat(errors).anySatisfy(l -> assertThat(l).contains("c-empty.txt").contains("empty"));
        assertThat(errors).anySatisfy(l -> assertThat(l).contains("d-binary.bin").contains("binary"));
        assertThat(errors).anySatisfy(l -> assertThat(l).contains("e-latin1.txt").contains("UTF-8"));
        assertThat(errors).anySatisfy(l -> assertThat(l).contains("f-huge.txt").contains("10 MB"));
        assertThat(errors).anySatisfy(l -> assertThat(l).contains("g-portuguese.txt").contains("'pt'"));

        ObjectMapper om = new ObjectMapper();
        List<JsonNode> events = new ArrayList<>();
        for (String line : r.out().lines().toList()) {
            events.add(om.readTree(line));
        }
        assertThat(events).extracting(e -> e.get("source").get("code").asText() + ">" + e.get("target").get("code").asText()
                + ":" + e.get("cameo").asText())
                .contains("RUS>UKR:190", "JPN>PRK:114");
        JsonNode first = events.get(0);
        for (String field : List.of("doc", "source", "target", "cameo", "root", "plover", "goldstein", "quad_class",
                "location", "date", "negated", "mentions")) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        JsonNode mention = first.get("mentions").get(0);
        assertThat(mention.get("rule").asText()).isNotBlank();
        assertThat(mention.get("trigger").get("start").asInt()).isLessThan(mention.get("trigger").get("end").asInt());
    }

    @Test
    void gdeltRowsHaveSixtyOneColumns() throws IOException {
        Path f = write("summit.txt", "Il presidente russo Vladimir Putin e il leader nordcoreano Kim Jong-un si sono "
                + "incontrati nella regione dell'Amur. Il Giappone ha presentato una protesta formale alla Corea del Nord.");
        Run r = run("code", f.toString(), "--date", "2023-09-13", "--format", "gdelt");
        assertThat(r.status()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(2);
        for (String l : lines) {
            String[] cols = l.split("\t", -1);
            assertThat(cols).hasSize(61);
            assertThat(cols[1]).isEqualTo("20230913");
            assertThat(cols[26]).isNotEmpty();
        }
        assertThat(lines).anySatisfy(l -> {
            String[] c = l.split("\t", -1);
            assertThat(Arrays.asList(c[5], c[15])).containsExactlyInAnyOrder("RUSGOV", "PRKGOV");
            assertThat(c[52]).contains("Amur");
        });
    }

    @Test
    void negatedActionsAreLeftOutUnlessAsked() throws IOException {
        Path f = write("neg.txt", "Putin non ha incontrato Kim Jong-un.");
        assertThat(run("code", f.toString(), "--lang", "it", "--date", "2023-09-13", "-f", "jsonl").out()).isBlank();
        String unreal = run("code", f.toString(), "--lang", "it", "--date", "2023-09-13", "-f", "jsonl", "--unreal").out();
        assertThat(unreal).contains("\"negated\":true");
    }

    @Test
    void anUnknownLanguageIsRefusedUpFront() throws IOException {
        Path f = write("x.txt", "text");
        Run r = run("code", f.toString(), "--lang", "pt");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("no model for language 'pt'");
    }
}
