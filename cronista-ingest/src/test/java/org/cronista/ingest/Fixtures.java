package org.cronista.ingest;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** Small inputs written for these tests, and helpers to read them. */
final class Fixtures {
    static final LocalDate DEFAULT_DATE = LocalDate.of(2024, 5, 6);
    static final ReadOptions OPTIONS = new ReadOptions(DEFAULT_DATE, null);

    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head>
            <meta charset="utf-8">
            <title>Ministers meet in Lisbon | The Harbour Gazette</title>
            <meta property="og:title" content="Ministers meet in Lisbon">
            <meta property="og:site_name" content="The Harbour Gazette">
            <meta property="article:published_time" content="2024-04-30T08:15:00+01:00">
            <link rel="canonical" href="https://gazette.example/world/ministers-meet">
            </head><body>
            <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
            <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
            <main><article>
            <h1>Ministers meet in Lisbon</h1>
            <p>The foreign ministers of Portugal and Spain met in Lisbon on Monday to discuss water
            sharing along the rivers that cross their border, officials from both governments said.</p>
            <p>Spain praised Portugal for its cooperation during last summer's drought, and the two
            ministers agreed to meet again in Madrid before the end of the year.</p>
            <p>Farmers' groups on both sides of the border have asked for clearer rules on how much water
            each country may take from the shared rivers during dry months.</p>
            </article></main>
            <aside><h3>Most read</h3><ul><li><a href="/a">Storm hits the coast</a></li><li><a href="/b">Local team wins</a></li></ul></aside>
            <footer>Copyright 2024 The Harbour Gazette. All rights reserved. Contact us.</footer>
            </body></html>
            """;

    private Fixtures() {
    }

    static ByteArrayInputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    static List<ReadResult> all(Stream<ReadResult> s) {
        try (s) {
            return s.toList();
        }
    }

    static List<Document> documents(List<ReadResult> results) {
        return results.stream().filter(Document.class::isInstance).map(Document.class::cast).toList();
    }

    static List<Skip> skips(List<ReadResult> results) {
        return results.stream().filter(Skip.class::isInstance).map(Skip.class::cast).toList();
    }
}
