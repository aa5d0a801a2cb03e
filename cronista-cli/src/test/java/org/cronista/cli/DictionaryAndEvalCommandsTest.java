package org.cronista.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dictionary and eval commands, run as a user runs them. */
class DictionaryAndEvalCommandsTest {
    @TempDir
    Path dir;

    /** Runs the command line; returns its exit status and what it printed. */
    private static Object[] run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            int status = Main.run(args);
            return new Object[] {status, buf.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setOut(old);
        }
    }

    @Test
    void dictionaryCheckPassesOnTheShippedDictionaries() {
        Object[] r = run("dictionary", "check");
        assertThat((String) r[1]).contains("no problems");
        assertThat(r[0]).isEqualTo(0);
    }

    @Test
    void dictionaryCheckReportsAProblemWithItsFileAndLineAndFails() throws IOException {
        Path p = dir.resolve("en/agents.tsv");
        Files.createDirectories(p.getParent());
        Files.write(p, List.of("# format: cronista-agents/1", "# language: en", "# source: test", "# licence: x",
                "phrase\trole\tflags\tnote", "sentry|sentries\tMIL", "sentry\tCOP"), StandardCharsets.UTF_8);
        Object[] r = run("dictionary", "check", "--only", dir.toString());
        assertThat((String) r[1]).contains("en/agents.tsv:7: 'sentry' shadows");
        assertThat(r[0]).isEqualTo(1);
    }

    @Test
    void dictionaryImportWritesCronistaFilesAndReportsLosses() throws IOException {
        Path verbs = dir.resolve("my.verbs.txt");
        Files.write(verbs, List.of("--- HAIL [051] ---", "HAIL", "- SAID * [023]"), StandardCharsets.UTF_8);
        Object[] r = run("dictionary", "import", "--format", "petrarch", verbs.toString(), "--out",
                dir.resolve("out").toString());
        assertThat(r[0]).isEqualTo(0);
        assertThat((String) r[1]).contains("en/events.tsv: 2 lines").contains("words before the verb");
        assertThat(Files.readString(dir.resolve("out/en/events.tsv"))).contains("en.hail.1\t051\thail * * $T");
    }

    @Test
    void evalPrintsTheTablesAndListsErrorsWithTheirRules() throws IOException {
        Path docs = dir.resolve("t.documents.jsonl");
        Files.write(docs, List.of("{\"doc\":\"a\",\"lang\":\"en\",\"date\":\"2024-03-01\",\"text\":\"Russia attacked Ukraine.\"}",
                "{\"doc\":\"b\",\"lang\":\"en\",\"date\":\"2024-03-01\",\"text\":\"Japan praised France.\"}"),
                StandardCharsets.UTF_8);
        Files.write(dir.resolve("t.events.jsonl"), List.of(
                "{\"doc\":\"a\",\"source\":\"RUS\",\"target\":\"UKR\",\"cameo\":\"190\"}",
                "{\"doc\":\"b\",\"source\":\"JPN\",\"target\":\"DEU\",\"cameo\":\"051\"}"), StandardCharsets.UTF_8);
        Object[] r = run("eval", docs.toString(), "--errors");
        String out = (String) r[1];
        assertThat(r[0]).isEqualTo(0);
        assertThat(out).contains("country+root").contains("actors+code").contains("confusion of CAMEO roots")
                .contains("missed JPN>DEU:051").contains("extra  JPN>FRA:051  rule en.praise.");
    }
}
