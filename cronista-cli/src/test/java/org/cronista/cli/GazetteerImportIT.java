package org.cronista.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code cronista gazetteer import}: a GeoNames-format dump extends the places the coder knows. */
class GazetteerImportIT {
    @TempDir
    Path dir;

    /** Two fictional towns in GeoNames' 19-column layout (facts written for this test), and a bad line. */
    private static final List<String> DUMP = List.of(
            "7910001\tKronistivka\tKronistivka\tKronistovka,Кроністівка,Кронистовка\t47.7800\t37.2500\tP\tPPL\tUA\t\t14\t\t\t\t14000\t\t200\tEurope/Kyiv\t2024-01-01",
            "7910002\tSelcronove\tSelcronove\tSelcronovo,Селкроново\t48.1500\t37.3000\tP\tPPL\tUA\t\t14\t\t\t\t21000\t\t180\tEurope/Kyiv\t2024-01-01",
            "7910003\tTinyville\tTinyville\t\t48.0\t37.0\tP\tPPL\tUA\t\t14\t\t\t\t10\t\t180\tEurope/Kyiv\t2024-01-01",
            "broken line");

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int status = cl.execute(args);
        return new String[] {Integer.toString(status), out.toString(), err.toString()};
    }

    @Test
    void importedPlacesLocateEventsAndStandForTheirCountry() throws IOException {
        Path dump = dir.resolve("cities.txt");
        Files.write(dump, DUMP, StandardCharsets.UTF_8);
        Path knowledge = dir.resolve("knowledge");

        String[] imp = run("gazetteer", "import", dump.toString(), "--out", knowledge.toString());
        assertThat(imp[0]).isEqualTo("0");
        assertThat(imp[1]).contains("wrote 2 places");
        assertThat(imp[2]).contains("cities.txt:4");

        Path article = Files.writeString(dir.resolve("a.txt"), "Russian forces shelled Kronistivka. Talks were held in Selcronove.");
        String[] coded = run("code", article.toString(), "--lang", "en", "--date", "2023-02-01", "-f", "jsonl",
                "--knowledge", knowledge.toString());
        assertThat(coded[0]).isEqualTo("0");
        assertThat(coded[1]).contains("\"target\":{\"code\":\"UKR\"").contains("Kronistivka");

        String[] before = run("code", article.toString(), "--lang", "en", "--date", "2023-02-01", "-f", "jsonl");
        assertThat(before[1]).doesNotContain("Kronistivka");
    }
}
