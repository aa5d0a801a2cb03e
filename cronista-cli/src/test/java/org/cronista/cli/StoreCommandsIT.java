package org.cronista.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's commands as a user runs them: ingest, events, export, sql. */
class StoreCommandsIT {
    @TempDir
    Path dir;

    private String out;
    private String err;

    @Test
    void ingestThenListExportAndQueryTheEvents() throws Exception {
        Path news = dir.resolve("news.jsonl");
        Files.writeString(news, """
                {"id": "1", "source": "Harbour Gazette", "text": "Russia condemned Ukraine on Monday.", "date": "2024-03-05", "lang": "en"}
                {"id": "2", "source": "Valley Courier", "text": "Russia condemned Ukraine on Monday. Talks may follow.", "date": "2024-03-05", "lang": "en"}
                {"id": "3", "text": 42
                {"id": "4", "source": "Valley Courier", "text": "Spain praised Portugal for its cooperation.", "date": "2024-03-05", "lang": "en"}
                """);
        String db = dir.resolve("events.duckdb").toString();

        assertThat(run("ingest", news.toString(), "--db", db)).as("something was skipped").isEqualTo(1);
        assertThat(err).contains("cronista: skipped " + news + ":3: not valid JSON");
        assertThat(out).contains("read 4: stored 3, already present 0, skipped 1 (not valid JSON: 1)")
                .contains("events: 2 new");

        assertThat(run("ingest", news.toString(), "--db", db)).isEqualTo(1);
        assertThat(out).contains("stored 0, already present 3").contains("events: 0 new");

        assertThat(run("events", "--db", db, "--actor", "rus", "--format", "csv")).isZero();
        assertThat(out.lines().toList()).hasSize(2);
        assertThat(out).startsWith("id,day,source,target,cameo,plover,").contains(",2024-03-04,RUS,UKR,111,ACCUSE,");
        assertThat(out.lines().toList().get(1)).as("mentions, sources, articles, first report").matches(".*,2,2,2,[12]");

        assertThat(run("events", "--db", db, "--root", "5")).isZero();
        assertThat(out).contains("ESP").contains("PRT").contains("(1 row)");

        Path gdelt = dir.resolve("out/events.tsv");
        assertThat(run("export", "--db", db, "--format", "gdelt", "--out", gdelt.toString())).isZero();
        List<String> lines = Files.readAllLines(gdelt);
        assertThat(lines).hasSize(2).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(61));
        assertThat(run("export", "--db", db, "--format", "gdelt-mentions", "--out", dir.resolve("m.tsv").toString())).isZero();
        assertThat(err).contains("wrote 3 mentions");

        assertThat(run("sql", "--db", db, "SELECT count(*) AS n FROM articles", "--format", "jsonl")).isZero();
        assertThat(out.strip()).isEqualTo("{\"n\":3}");
        assertThat(run("sql", "--db", db, "DELETE FROM articles")).isEqualTo(2);
        assertThat(err).contains("read-only");
        assertThat(run("sql", "--db", db, "SELECT count(*) AS n FROM articles", "--format", "csv")).isZero();
        assertThat(out).isEqualTo("n\n3\n");
    }

    @Test
    void aFileThatIsNotCronistasIsRefusedWithOneLine() throws Exception {
        Path notes = dir.resolve("notes.duckdb");
        Files.writeString(notes, "my notes\n");
        assertThat(run("events", "--db", notes.toString())).isEqualTo(2);
        assertThat(err.strip()).startsWith("cronista: ").contains("not a Cronista database").doesNotContain("\n");
        assertThat(run("ingest", dir.toString(), "--db", notes.toString())).isEqualTo(2);
        assertThat(Files.readString(notes)).isEqualTo("my notes\n");
        assertThat(run("events", "--db", notes.toString(), "--root", "33")).isEqualTo(2);
        assertThat(err).contains("--root must be a CAMEO root");
    }

    private int run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            return Main.run(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            out = o.toString(StandardCharsets.UTF_8);
            err = e.toString(StandardCharsets.UTF_8);
        }
    }
}
