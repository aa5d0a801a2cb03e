package org.cronista.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.cronista.api.LanguageTag;
import org.junit.jupiter.api.Test;

class FeedReaderTest {
    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel>
              <title>Valley Courier</title><link>https://courier.example/</link><language>en-gb</language>
              <description>News from the valley</description>
              <item>
                <title>Council approves budget</title>
                <link>https://courier.example/budget</link>
                <guid>https://courier.example/budget</guid>
                <pubDate>Tue, 05 Mar 2024 09:30:00 GMT</pubDate>
                <description>&lt;p&gt;The town council approved the new budget on Monday.&lt;/p&gt;&lt;p&gt;The opposition criticised the cuts.&lt;/p&gt;</description>
              </item>
              <item>
                <title></title>
                <link>https://courier.example/empty</link>
                <description></description>
              </item>
            </channel></rss>
            """;

    private static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Lakeside Post</title>
              <id>urn:uuid:feed-1</id>
              <updated>2024-03-07T12:00:00Z</updated>
              <entry>
                <title>Ferry service resumes</title>
                <id>urn:uuid:entry-1</id>
                <link href="https://post.example/ferry"/>
                <published>2024-03-06T18:00:00Z</published>
                <updated>2024-03-07T12:00:00Z</updated>
                <content type="html">&lt;p&gt;The ferry between the two towns sailed again on Wednesday after repairs.&lt;/p&gt;</content>
              </entry>
            </feed>
            """;

    private final FeedReader reader = new FeedReader(Fixtures.OPTIONS);

    @Test
    void eachRssItemIsAnArticleWithTheFeedsTitleAsSourceAndLanguage() {
        List<ReadResult> r = Fixtures.all(reader.read("courier.rss", Fixtures.bytes(RSS)));
        assertThat(Fixtures.documents(r)).singleElement().satisfies(d -> {
            assertThat(d.origin()).isEqualTo("courier.rss#1");
            assertThat(d.article().title()).isEqualTo("Council approves budget");
            assertThat(d.article().text()).isEqualTo(
                    "The town council approved the new budget on Monday.\nThe opposition criticised the cuts.");
            assertThat(d.article().url()).isEqualTo("https://courier.example/budget");
            assertThat(d.article().source()).isEqualTo("Valley Courier");
            assertThat(d.article().published()).isEqualTo(LocalDate.of(2024, 3, 5));
            assertThat(d.article().language()).isEqualTo(LanguageTag.EN);
        });
        assertThat(Fixtures.skips(r)).singleElement().satisfies(s -> {
            assertThat(s.origin()).isEqualTo("courier.rss#2");
            assertThat(s.reason()).isEqualTo("empty text");
        });
    }

    @Test
    void atomEntriesGiveTheirContentAndPublicationDate() {
        List<ReadResult> r = Fixtures.all(reader.read("post.atom", Fixtures.bytes(ATOM)));
        assertThat(Fixtures.documents(r)).singleElement().satisfies(d -> {
            assertThat(d.article().id()).isEqualTo("urn:uuid:entry-1");
            assertThat(d.article().text()).startsWith("The ferry between the two towns");
            assertThat(d.article().published()).isEqualTo(LocalDate.of(2024, 3, 6));
            assertThat(d.article().source()).isEqualTo("Lakeside Post");
        });
    }

    @Test
    void anXmlFileThatIsNoFeedAndAFeedWithAnEntityDeclarationAreSkipped() {
        List<ReadResult> plain = Fixtures.all(reader.read("x.xml", Fixtures.bytes("<?xml version=\"1.0\"?><notes><n>hi</n></notes>")));
        assertThat(Fixtures.skips(plain)).singleElement().extracting(Skip::reason)
                .asString().startsWith("not an RSS or Atom feed");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                + "<rss version=\"2.0\"><channel><title>t</title><item><title>&x;</title></item></channel></rss>";
        List<ReadResult> evil = Fixtures.all(reader.read("evil.rss", Fixtures.bytes(xxe)));
        assertThat(Fixtures.documents(evil)).isEmpty();
    }
}
