package org.cronista.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cronista.knowledge.KnowledgeSource;
import org.cronista.knowledge.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checker finds what makes a dictionary contradict itself, and names each file and line. */
class DictionaryCheckerTest {
    @TempDir
    Path dir;

    private void write(String relative, String kind, String columns, String... lines) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        List<String> all = new java.util.ArrayList<>(List.of("# format: cronista-" + kind + "/1",
                "# language: " + relative.substring(0, relative.indexOf('/')), "# source: test", "# licence: Apache-2.0",
                columns));
        all.addAll(List.of(lines));
        Files.write(p, all, StandardCharsets.UTF_8);
    }

    @Test
    void shadowingDuplicatesOverlappingPeriodsAndPatternClashesAreReported() throws IOException {
        write("it/actors.tsv", "actors", "phrase\tcode\tkind\tfrom\tuntil\tflags\tnote",
                "Alpinia\tALP\tcountry",
                "Alpinia\tBET\tcountry",
                "Betonia\tBET\tcountry\t2000-01-01\t2009-12-31",
                "Betonia\tALP\tcountry\t2010-01-01",
                "Congo\tCOD\tcountry\t\t\tambiguous",
                "Congo\tCOG\tcountry",
                "alpino\tALP\tadjective",
                "alpino\tALP\tadjective");
        write("it/agents.tsv", "agents", "phrase\trole\tflags\tnote",
                "guardia\tMIL", "guardia\tCOP");
        write("it/events.tsv", "events", "id\tcameo\tpattern\tflags\texample\texpect",
                "it.lodare.1\t051\tlodare $T",
                "it.lodare.2\t052\tlodare $T",
                "it.lodare.3\t051\tlodare $T\t\tAlpinia loda Betonia.");
        write("world/people.tsv", "people", "id\tcode\tfrom\tuntil\trole\tnames\tshort",
                "anna-rossi\tALPGOV\t2000-01-01\t2005-12-31\tminister\tAnna Rossi",
                "anna-rossi\tALPLEG\t2005-12-31\t2008-01-01\tmember of parliament",
                "anna-rossi\tALPELI\t2007-06-01\t\tformer minister");
        DictionaryChecker.Report r = DictionaryChecker.check(KnowledgeSource.dictionariesOnly(List.of(dir)));
        List<String> ps = r.problems().stream().map(Problem::toString).map(s -> s.substring(s.indexOf("it/") >= 0
                ? s.indexOf("it/") : s.indexOf("world/"))).toList();
        assertThat(ps).anyMatch(s -> s.startsWith("it/actors.tsv:7:") && s.contains("shadows"))
                .noneMatch(s -> s.startsWith("it/actors.tsv:9:"))
                .noneMatch(s -> s.startsWith("it/actors.tsv:11:"))
                .anyMatch(s -> s.startsWith("it/agents.tsv:7:") && s.contains("shadows"))
                .anyMatch(s -> s.startsWith("it/events.tsv:7:") && s.contains("only one of them fires"))
                .anyMatch(s -> s.startsWith("it/events.tsv:8:") && s.contains("example without expect"))
                .anyMatch(s -> s.startsWith("world/people.tsv:8:") && s.contains("one code at a time"))
                .noneMatch(s -> s.startsWith("world/people.tsv:7:"));
        assertThat(r.warnings()).extracting(Problem::line).contains(13);
    }

    @Test
    void theShippedDictionariesHaveNoProblems() throws IOException {
        DictionaryChecker.Report r = DictionaryChecker.check(KnowledgeSource.shipped());
        assertThat(r.problems()).isEmpty();
    }
}
