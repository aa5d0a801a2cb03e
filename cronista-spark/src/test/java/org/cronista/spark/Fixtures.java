package org.cronista.spark;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** News written for these tests, in every kind of input the application reads, with bad records among them. */
final class Fixtures {
    private Fixtures() {
    }

    /**
     * A folder of inputs: JSON lines in which one event is reported by three articles from two
     * outlets, an article repeated, and four bad records; a gzipped web archive with two pages and
     * an image; a nested plain text; and a binary file.
     */
    static Path inputs(Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("wire.jsonl"), String.join("\n",
                json("w1", "https://tidewater.example/w1", "Tidewater Times", "Russia condemns Ukraine",
                        "Russia condemned Ukraine on Monday. Officials in both capitals traded statements all day.",
                        "2024-03-05", "en"),
                json("w2", "https://hillside.example/w2", "Hillside Herald", null,
                        "Russia condemned Ukraine on Monday. Analysts said the dispute could last for months.",
                        "2024-03-05", "en"),
                json("w3", "https://tidewater.example/w3", "Tidewater Times", null,
                        "Russia condemned Ukraine on Monday. Shares in the region closed slightly lower.",
                        "2024-03-06", "en"),
                json("w4", "https://tidewater.example/w4", "Tidewater Times", null,
                        "Spain praised Portugal for its help with the fires. Egypt accused Sudan of violating the truce.",
                        "2024-03-04", null),
                json("w5", "https://hillside.example/w5", "Hillside Herald", "La Francia loda la Germania",
                        "Il governo francese ha elogiato la Germania per il sostegno ricevuto durante la crisi.",
                        "2024-03-06", "it"),
                json("w6-again", "https://copy.example/w6", "Copy Desk", null,
                        "Russia condemned Ukraine on Monday. Shares in the region closed slightly lower.",
                        "2024-03-06", "en"),
                "{\"id\": \"w7\", \"text\": oops}",
                json("w8", null, null, null, " ", "2024-03-05", "en"),
                json("w9", null, null, null, "Japan praised India for its help.", "the fifth of March", "en"),
                json("w10", null, "Tidewater Times", null,
                        "O governo brasileiro anunciou hoje um novo programa de investimentos em infraestrutura "
                                + "para as cidades do interior do estado.", "2024-03-05", null),
                json("w11", null, "Hillside Herald", null,
                        "China accused Japan of provoking tension near the islands, the ministry said.", null, "en"))
                + "\n");
        warc(in.resolve("crawl.warc.gz"));
        Path notes = Files.createDirectories(in.resolve("notes"));
        Files.writeString(notes.resolve("brief.txt"), "Kenya condemned Mexico on Wednesday after the vote.\n");
        Files.write(in.resolve("junk.bin"), new byte[] {1, 2, 0, 3, 0, 0, 7, 9});
        return in;
    }

    private static String json(String id, String url, String source, String title, String text, String date,
                               String lang) {
        return "{\"id\": \"" + id + "\"" + field("url", url) + field("source", source) + field("title", title)
                + field("text", text) + field("date", date) + field("lang", lang) + "}";
    }

    private static String field(String name, String value) {
        return value == null ? "" : ", \"" + name + "\": \"" + value + "\"";
    }

    private static void warc(Path f) throws IOException {
        try (WarcWriter w = new WarcWriter(FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                WarcCompression.GZIP)) {
            w.write(response("https://www.harbourpost.example/world/1", "text/html; charset=utf-8",
                    "<html><head><title>Egypt and Sudan</title></head><body><nav>Home | World | Sport</nav><article>"
                            + "<p>Egypt accused Sudan of violating the truce on Tuesday, the foreign ministry said in a "
                            + "statement issued in the capital.</p><p>Sudan did not reply to the accusation.</p>"
                            + "</article><footer>All rights reserved</footer></body></html>"));
            w.write(response("https://www.harbourpost.example/world/2", "text/html; charset=utf-8",
                    "<html><body><article><p>Russia condemned Ukraine on Monday, the harbour post reported.</p>"
                            + "<p>Talks are expected to resume next month in a neutral country.</p></article></body></html>"));
            w.write(response("https://www.harbourpost.example/logo.png", "image/png", "\u0089PNG"));
        }
    }

    private static WarcResponse response(String url, String type, String body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK")
                .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2024-03-05T10:00:00Z")).body(http).build();
    }
}
