package org.cronista.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cronista.api.LanguageTag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gold readers understand each format, and a gold record's one-line form reads back the same. */
class GoldFilesTest {
    @TempDir
    Path dir;

    private static Path resource(String name) {
        return Path.of("src/test/resources", name);
    }

    @Test
    void petrarchXmlRecordsGiveTextEventsNoEventsErrorsAndTheDyadRule() throws IOException {
        GoldFile f = GoldFiles.read(resource("petrarch/records.xml"));
        assertThat(f.format()).isEqualTo(GoldFormat.PETRARCH_XML);
        assertThat(f.records()).extracting(GoldRecord::id).containsExactly("T-01", "T-02", "T-03", "T-04");
        GoldRecord one = f.records().get(0);
        assertThat(one.text()).isEqualTo("Alpinia praised Betonia & its people.");
        assertThat(one.date()).isEqualTo(LocalDate.of(2001, 2, 3));
        assertThat(one.events()).containsExactly(GoldEvent.of("ALP", "BET", "042"));
        assertThat(one.requireDyad()).isTrue();
        assertThat(f.records().get(1).expectsNone()).isTrue();
        GoldRecord three = f.records().get(2);
        assertThat(three.date()).isEqualTo(LocalDate.of(2001, 2, 4));
        assertThat(three.requireDyad()).isFalse();
        assertThat(three.text()).isEqualTo("Officials protested.");
        GoldEvent e = three.events().get(0);
        assertThat(e.source()).isEqualTo("GOV");
        assertThat(e.target()).isEqualTo("PTY");
        assertThat(e.cameo()).isEqualTo("140");
        assertThat(e.plover()).isEqualTo("PROTEST");
        assertThat(f.records().get(3).error()).isEqualTo("bad_input_parse");
    }

    @Test
    void universalPetrarchAnnotatedGoldCountsEventsWithoutATarget() throws IOException {
        Path p = dir.resolve("annotated.xml");
        Files.writeString(p, """
                <Validation><Sentences>
                <Sentence date="20010203" id="S-1">
                <EventText eid="E1" eventtext="protestaron" sourcetext="Estudiantes" targettext="" />
                <EventCoding eid="E1" eventcode="14" plover="PROTEST" sourcecode="---" targetcode="---" />
                <Text>Estudiantes protestaron.</Text>
                </Sentence>
                </Sentences></Validation>
                """, StandardCharsets.UTF_8);
        GoldRecord r = GoldFiles.read(p).records().get(0);
        assertThat(r.requireDyad()).isFalse();
        assertThat(r.events()).extracting(GoldEvent::source, GoldEvent::target, GoldEvent::cameo)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("", "", "14"));
    }

    @Test
    void ploverRecordsGiveRootsOfTheirCategoryAndMutualEventsForSharedSources() throws IOException {
        Path p = dir.resolve("gsr.txt");
        Files.writeString(p, """
                [{"id": "DOC", "event": "DOCUMENT"},
                 {"id": "R1", "date": "2001-02-03", "language": "en", "event": "FIGHT",
                  "source": [{"actorText": "Alpinian army", "code": "ALP", "sector": "MILalp"}],
                  "target": [{"actorText": "Betonia", "code": "BET"}], "text": "Alpinia's army fought Betonia."},
                 {"id": "R2", "date": "2001-02-03", "language": "en", "event": "AGREE",
                  "source": [{"code": "ALP"}, {"code": "BET"}], "target": "",
                  "text": "Alpinia and Betonia agreed to talk.",
                  "textInfo": {"markup": "(SRC/TAR: Alpinia) and (SRC/TAR: Betonia) (EVT: agreed)"}}]
                """, StandardCharsets.UTF_8);
        GoldFile f = GoldFiles.read(p);
        assertThat(f.format()).isEqualTo(GoldFormat.PLOVER_JSON);
        assertThat(f.records()).hasSize(2);
        GoldEvent fight = f.records().get(0).events().get(0);
        assertThat(fight.source()).isEqualTo("ALPMIL");
        assertThat(fight.roots()).containsExactly("19", "20");
        assertThat(fight.plover()).isEqualTo("ASSAULT");
        assertThat(fight.fullCode()).isFalse();
        GoldEvent agree = f.records().get(1).events().get(0);
        assertThat(agree.symmetric()).isTrue();
        assertThat(agree.source() + ">" + agree.target()).isEqualTo("ALP>BET");
    }

    @Test
    void cronistaGoldPairsDocumentsWithTheirEventsAndKeepsTheFlags() throws IOException {
        Files.writeString(dir.resolve("x.documents.jsonl"), """
                {"doc": "d1", "lang": "en", "date": "2024-01-02", "title": "Talks", "text": "Alpinia met Betonia."}
                # a comment line
                {"doc": "d2", "lang": "it", "date": "2024-01-02", "text": "Nulla."}
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("x.events.jsonl"), """
                {"doc": "d1", "sentence": 0, "source": "ALP", "target": "BET", "cameo": "040", "plover": "CONSULT", "symmetric": true}
                {"doc": "d1", "sentence": 0, "source": "BET", "target": "ALP", "cameo": "190", "negated": true, "implicit": false}
                {"doc": "zz", "source": "ALP", "target": "BET", "cameo": "040"}
                """, StandardCharsets.UTF_8);
        GoldFile f = GoldFiles.read(dir.resolve("x.events.jsonl"));
        assertThat(f.format()).isEqualTo(GoldFormat.CRONISTA_JSONL);
        assertThat(f.records()).extracting(GoldRecord::id).containsExactly("d1", "d2");
        GoldRecord d1 = f.records().get(0);
        assertThat(d1.title()).isEqualTo("Talks");
        assertThat(d1.language()).isEqualTo(LanguageTag.EN);
        assertThat(d1.events()).extracting(GoldEvent::symmetric, GoldEvent::negated)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(true, false),
                        org.assertj.core.groups.Tuple.tuple(false, true));
        assertThat(f.records().get(1).expectsNone()).isTrue();
        assertThat(f.notes()).singleElement().asString().contains("unknown doc 'zz'");
    }

    @Test
    void aGoldRecordReadsBackFromItsOneLineForm() throws IOException {
        GoldRecord r = new GoldRecord("r1", LanguageTag.IT, LocalDate.of(2024, 5, 6), null, "Testo \"citato\".",
                List.of(new GoldEvent(0, "ITAGOV", "", "19|20", "ASSAULT", false, true, true, false)), "oops", true);
        assertThat(GoldRecord.parse(r.toString())).isEqualTo(r);
        Path p = dir.resolve("records.jsonl");
        Files.write(p, List.of(r.toString(), "not json"), StandardCharsets.UTF_8);
        GoldFile f = GoldFiles.read(p);
        assertThat(f.format()).isEqualTo(GoldFormat.GOLD_RECORDS);
        assertThat(f.records()).containsExactly(r);
        assertThat(f.notes()).singleElement().asString().startsWith("records.jsonl:2:");
    }

    @Test
    void aFileOfUnknownFormatIsRefusedWithItsName() throws IOException {
        Path p = dir.resolve("notes.txt");
        Files.writeString(p, "just words", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> GoldFiles.read(p)).isInstanceOf(IOException.class).hasMessageContaining("notes.txt");
        Files.writeString(dir.resolve("lonely.documents.jsonl"), "", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> GoldFiles.read(dir.resolve("lonely.documents.jsonl")))
                .hasMessageContaining("lonely.events.jsonl");
    }
}
