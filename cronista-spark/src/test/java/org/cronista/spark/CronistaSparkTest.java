package org.cronista.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CronistaSparkTest {
    @Test
    void aRunWithoutInputIsRefusedWithOneLineBeforeSparkStarts() {
        PrintStream err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = new CommandLine(new CronistaSpark()).execute("--output", "out");
        } finally {
            System.setErr(err);
        }
        assertThat(status).isEqualTo(2);
        assertThat(buf.toString(StandardCharsets.UTF_8)).isEqualTo("cronista-spark: give at least one --input or --articles\n");
    }

    @Test
    void anUnknownLanguageIsRefusedWithOneLine() {
        PrintStream err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = new CommandLine(new CronistaSpark()).execute("--input", "x.jsonl", "--output", "out",
                    "--lang", "english");
        } finally {
            System.setErr(err);
        }
        assertThat(status).isEqualTo(2);
        assertThat(buf.toString(StandardCharsets.UTF_8)).startsWith("cronista-spark: ").doesNotContain("\tat ");
    }
}
