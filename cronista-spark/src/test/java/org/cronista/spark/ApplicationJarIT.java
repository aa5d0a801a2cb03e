package org.cronista.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded application jar as a cluster gets it: what it holds, and a run of spark-submit's own
 * main class over it, in a JVM of its own, on articles in four languages.
 */
class ApplicationJarIT {
    private static final Path TARGET = Path.of("target");
    private static final Path JAR = TARGET.resolve("cronista-spark.jar");

    @TempDir
    Path dir;

    @Test
    void theJarHoldsEveryLanguageModuleAndTheEntryPointButNeitherSparkNorDuckDb() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(JAR), "the application jar is built by mvn package");
        try (JarFile jar = new JarFile(JAR.toFile())) {
            String modules = new String(jar.getInputStream(jar.getEntry("META-INF/org/languagetool/language-module.properties"))
                    .readAllBytes(), StandardCharsets.UTF_8);
            assertThat(modules).contains("language.Italian", "language.English", "language.Spanish", "language.French",
                    "language.German", "language.Russian");
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
                    .isEqualTo(CronistaSpark.class.getName());
            assertThat(jar.stream().map(e -> e.getName()))
                    .noneMatch(n -> n.startsWith("org/apache/spark/") || n.startsWith("org/duckdb/")
                            || n.startsWith("scala/") || n.startsWith("org/apache/hadoop/"))
                    .contains("org/cronista/spark/SparkIngest.class", "org/cronista/store/EventKey.class");
        }
    }

    @Test
    void sparkSubmitRunsTheJarAndCodesEveryLanguage() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(JAR) && Files.isRegularFile(TARGET.resolve("spark-classpath.txt")),
                "the application jar is built by mvn package");
        Path in = dir.resolve("news.jsonl");
        Files.writeString(in, String.join("\n",
                line("en1", "en", "Russia condemned Ukraine on Monday after the border incident."),
                line("it1", "it", "Il governo francese ha elogiato la Germania per il sostegno ricevuto."),
                line("es1", "es", "El Gobierno argentino pidió explicaciones a Chile por el incidente en la frontera."),
                line("fr1", "fr", "Le gouvernement argentin a exigé des explications du Chili après l'incident.")) + "\n");
        Path out = dir.resolve("out");
        String sparkClasspath = Files.readString(TARGET.resolve("spark-classpath.txt")).strip();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g"));
        for (String opens : List.of("java.lang", "java.lang.invoke", "java.nio", "java.util", "sun.nio.ch",
                "sun.util.calendar")) {
            cmd.add("--add-opens=java.base/" + opens + "=ALL-UNNAMED");
        }
        cmd.addAll(List.of("-cp", JAR.toAbsolutePath() + java.io.File.pathSeparator + sparkClasspath,
                "org.apache.spark.deploy.SparkSubmit", "--master", "local[1]",
                "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
                "--conf", "spark.ui.enabled=false", "--class", CronistaSpark.class.getName(), JAR.toAbsolutePath().toString(),
                "--input", in.toString(), "--output", out.toString(), "--date", "2024-03-05"));
        Path log = dir.resolve("spark-submit.log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean done = p.waitFor(5, TimeUnit.MINUTES);
        if (!done) {
            p.destroyForcibly();
        }
        String output = Files.readString(log);
        assertThat(done).as(output).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("read 4: stored 4, already present 0, skipped 0");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT DISTINCT a.language FROM read_parquet('" + out.resolve("articles")
                     + "/**/*.parquet', hive_partitioning = true) a JOIN read_parquet('" + out.resolve("mentions")
                     + "/**/*.parquet', hive_partitioning = true) m ON m.article_id = a.id ORDER BY 1")) {
            List<String> coded = new ArrayList<>();
            while (rs.next()) {
                coded.add(rs.getString(1));
            }
            assertThat(coded).as("languages with events").containsExactly("en", "es", "fr", "it");
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static String line(String id, String lang, String text) {
        return "{\"id\": \"" + id + "\", \"lang\": \"" + lang + "\", \"source\": \"Wire " + id + "\", \"text\": \"" + text + "\"}";
    }
}
