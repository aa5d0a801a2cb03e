package org.cronista.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kill -9 in the middle of an ingest loses nothing committed, leaves no half article, and a re-run completes it. */
class KillIT {
    private static final int ARTICLES = 12_000;

    @TempDir
    Path dir;

    @Test
    void anIngestKilledMidwayAndRunAgainEndsWithWhatACleanRunStores() throws Exception {
        Path corpus = TestCorpus.generated(dir, ARTICLES);
        Path clean = dir.resolve("clean.duckdb");
        Path killed = dir.resolve("killed.duckdb");

        assertThat(run(clean, corpus, -1)).startsWith("done");

        String line = run(killed, corpus, ARTICLES / 4);
        assertThat(line).as("killed after a quarter was stored").startsWith("stored");
        try (EventStore s = EventStore.open(killed)) {
            long stored = s.counts().articles();
            assertThat(stored).isPositive().isLessThan(ARTICLES);
            try (Statement st = s.connection().createStatement()) {
                st.execute("ATTACH '" + clean + "' AS clean (READ_ONLY)");
            }
            Connection c = s.connection();
            assertThat(IngestIT.strings(c, "SELECT count(*) FROM mentions WHERE article_id NOT IN (SELECT id FROM articles)"))
                    .as("no mention without its article").containsExactly("0");
            assertThat(IngestIT.strings(c, "SELECT count(*) FROM (SELECT * FROM mentions EXCEPT SELECT m.* FROM clean.mentions m "
                    + "JOIN articles a ON a.id = m.article_id)")).as("no mention the clean run has not").containsExactly("0");
            assertThat(IngestIT.strings(c, "SELECT count(*) FROM (SELECT m.* FROM clean.mentions m JOIN articles a "
                    + "ON a.id = m.article_id EXCEPT SELECT * FROM mentions)")).as("every stored article whole").containsExactly("0");
            assertThat(IngestIT.strings(c, "SELECT count(*) FROM events e WHERE NumMentions <> (SELECT count(*) "
                    + "FROM mentions m WHERE m.event_id = e.GlobalEventID)")).as("counts agree with mentions").containsExactly("0");
            try (Statement st = s.connection().createStatement()) {
                st.execute("DETACH clean");
            }
        }

        assertThat(run(killed, corpus, -1)).startsWith("done");
        try (EventStore s = EventStore.open(killed)) {
            try (Statement st = s.connection().createStatement()) {
                st.execute("ATTACH '" + clean + "' AS clean (READ_ONLY)");
            }
            Connection c = s.connection();
            assertThat(IngestIT.strings(c, "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM mentions), "
                    + "(SELECT count(*) FROM events), (SELECT sum(NumMentions) || '/' || sum(NumArticles) || '/' "
                    + "|| sum(NumSources) FROM events)"))
                    .isEqualTo(IngestIT.strings(c, "SELECT (SELECT count(*) FROM clean.articles), (SELECT count(*) FROM "
                            + "clean.mentions), (SELECT count(*) FROM clean.events), (SELECT sum(NumMentions) || '/' || "
                            + "sum(NumArticles) || '/' || sum(NumSources) FROM clean.events)"));
            for (String table : List.of("events", "mentions")) {
                String cols = table.equals("events") ? "* EXCLUDE (DATEADDED)" : "*";
                assertThat(IngestIT.strings(c, "SELECT count(*) FROM (SELECT " + cols + " FROM " + table
                        + " EXCEPT SELECT " + cols + " FROM clean." + table + ")")).as(table).containsExactly("0");
            }
        }
    }

    /**
     * Runs {@link IngestChild}; kills it with SIGKILL once it reports {@code killAt} stored articles
     * (never when negative). Returns its last line.
     */
    private static String run(Path db, Path corpus, int killAt) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx1g", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), IngestChild.class.getName(), db.toString(), corpus.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String last = "";
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("stored") || line.startsWith("done")) {
                    last = line;
                }
                if (killAt >= 0 && line.startsWith("stored ") && Long.parseLong(line.substring(7)) >= killAt) {
                    p.destroyForcibly();
                    break;
                }
            }
        }
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return last;
    }
}
