package org.cronista.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {
    private final HtmlReader reader = new HtmlReader(Fixtures.OPTIONS);

    @Test
    void thePageBecomesItsArticleWithoutMenusCookieNoticesLinksOrFooter() {
        Document d = (Document) Fixtures.all(reader.read("page.html", Fixtures.bytes(Fixtures.PAGE))).get(0);
        String text = d.article().text();
        assertThat(text).contains("The foreign ministers of Portugal and Spain met in Lisbon on Monday")
                .contains("Spain praised Portugal").contains("Farmers' groups");
        assertThat(text).doesNotContain("cookies").doesNotContain("Copyright").doesNotContain("Most read")
                .doesNotContain("Sport");
        assertThat(text.lines()).hasSize(3);
        assertThat(text).doesNotStartWith("Ministers meet in Lisbon");
    }

    @Test
    void headlineDateSiteAndAddressComeFromThePagesMetadata() {
        Document d = (Document) Fixtures.all(reader.read("page.html", Fixtures.bytes(Fixtures.PAGE))).get(0);
        assertThat(d.article().title()).isEqualTo("Ministers meet in Lisbon");
        assertThat(d.article().published()).isEqualTo(LocalDate.of(2024, 4, 30));
        assertThat(d.article().source()).isEqualTo("The Harbour Gazette");
        assertThat(d.article().url()).isEqualTo("https://gazette.example/world/ministers-meet");
        assertThat(d.article().id()).isEqualTo("page.html");
    }

    @Test
    void aPageInTheCharsetItsMetaTagDeclaresIsDecodedInThatCharset() {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
                + "</head><body><p>Le ministre fran\u00e7ais a rencontr\u00e9 son homologue \u00e0 Paris mardi "
                + "pour parler de l'\u00e9nergie et des prix.</p></body></html>";
        byte[] bytes = html.getBytes(Charset.forName("windows-1252"));
        Document d = (Document) Fixtures.all(reader.read("fr.html", new ByteArrayInputStream(bytes))).get(0);
        assertThat(d.article().text()).contains("fran\u00e7ais a rencontr\u00e9");
    }

    @Test
    void aPageWithoutTextIsSkipped() {
        List<ReadResult> r = Fixtures.all(reader.read("empty.html",
                Fixtures.bytes("<html><head><title>Nothing</title></head><body><nav></nav></body></html>")));
        assertThat(Fixtures.skips(r)).singleElement().extracting(Skip::reason).isEqualTo("no article text in the page");
    }
}
