package org.cronista.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns a web page into an article: Readability's boilerplate remover (Readability4J, a port of
 * Mozilla's) keeps the article body and drops menus, cookie notices, related links and footers;
 * the body becomes text with one line per paragraph, heading or list item; the headline, the
 * publication date and the site name come from the page's metadata (Open Graph, schema.org,
 * Dublin Core). Stateless and thread-safe.
 */
public final class HtmlArticles {
    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:-]+)");
    private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{8,40})\"");
    private static final List<String> DATE_META = List.of(
            "meta[property=article:published_time]", "meta[name=article:published_time]",
            "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]",
            "meta[name=publish-date]", "meta[name=dc.date.issued]", "meta[name=dcterms.date]",
            "meta[name=date]", "meta[property=og:published_time]");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\u00A0\\u2007\\u202F]+");
    private static final Pattern BLANK_LINES = Pattern.compile(" *\\n[ \\n]*");

    private HtmlArticles() {
    }

    /**
     * What a page says.
     *
     * @param title     the headline, or null
     * @param text      the article body, one line per paragraph; empty when the page has none
     * @param published the publication date the page declares, or null
     * @param site      the site's name, or null
     * @param url       the page's canonical address (the one given, else the page's own), or null
     */
    public record Page(String title, String text, LocalDate published, String site, String url) {
    }

    /**
     * Decodes a page's bytes: in the charset the server declared, else the one its
     * {@code <meta charset>} declares, else UTF-8; with the checks of {@link TextDecoder}.
     *
     * @param declared the charset named by the HTTP Content-Type, or null
     */
    public static TextDecoder.Result decode(byte[] bytes, String declared) {
        Charset cs = charset(declared);
        if (cs == null) {
            String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
            Matcher m = META_CHARSET.matcher(head);
            cs = m.find() ? charset(m.group(1)) : null;
        }
        return TextDecoder.decode(bytes, cs == null ? StandardCharsets.UTF_8 : cs);
    }

    /** The supported charset named {@code name} (Latin-1 read as Windows-1252, as browsers do), or null. */
    static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            n = "windows-1252";
        }
        try {
            return Charset.isSupported(n) ? Charset.forName(n) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Extracts the article of an HTML page; {@code url} (or null) is where it was fetched from. */
    public static Page extract(String html, String url) {
        String base = url == null ? "" : url;
        org.jsoup.nodes.Document doc = Jsoup.parse(html, base);
        String title = firstContent(doc, List.of("meta[property=og:title]", "meta[name=twitter:title]"));
        LocalDate published = publishedDate(doc);
        String site = firstContent(doc, List.of("meta[property=og:site_name]", "meta[name=application-name]"));
        String canonical = url != null ? url : canonical(doc);
        // Readability rewrites the document it is given, so metadata is read first.
        net.dankito.readability4j.Article article = new Readability4JExtended(base, doc).parse();
        if (article.getTitle() != null && !article.getTitle().isBlank() && title == null) {
            title = article.getTitle().strip();
        }
        Element content = article.getArticleContent();
        String text = content == null ? "" : text(content);
        if (text.isBlank() && doc.body() != null) {
            text = text(doc.body());
        }
        text = dropLeadingHeadline(text, title);
        return new Page(blankToNull(title), text, published, blankToNull(site), blankToNull(canonical));
    }

    /** The text of an element and its descendants: one line per block (paragraph, heading, item, row). */
    public static String text(Element root) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    // Line breaks inside a text node are the source's layout, not paragraphs.
                    sb.append(t.getWholeText().replace('\n', ' ').replace('\r', ' '));
                } else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
                    sb.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    sb.append('\n');
                }
            }
        }, root);
        String s = SPACES.matcher(sb.toString().replace('\t', ' ')).replaceAll(" ");
        return BLANK_LINES.matcher(s).replaceAll("\n").strip();
    }

    private static String dropLeadingHeadline(String text, String title) {
        if (title == null || title.isBlank()) {
            return text;
        }
        String t = title.strip();
        if (text.startsWith(t) && (text.length() == t.length() || text.charAt(t.length()) == '\n')) {
            return text.substring(t.length()).strip();
        }
        return text;
    }

    private static LocalDate publishedDate(org.jsoup.nodes.Document doc) {
        for (String q : DATE_META) {
            Element m = doc.selectFirst(q);
            if (m != null) {
                LocalDate d = PublicationDates.parse(m.attr("content"));
                if (d != null) {
                    return d;
                }
            }
        }
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Matcher m = JSON_LD_DATE.matcher(script.data());
            if (m.find()) {
                LocalDate d = PublicationDates.parse(m.group(1));
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    private static String canonical(org.jsoup.nodes.Document doc) {
        Element link = doc.selectFirst("link[rel=canonical][href]");
        if (link != null && !link.attr("abs:href").isBlank()) {
            return link.attr("abs:href");
        }
        return firstContent(doc, List.of("meta[property=og:url]"));
    }

    private static String firstContent(org.jsoup.nodes.Document doc, List<String> queries) {
        for (String q : queries) {
            Element m = doc.selectFirst(q);
            if (m != null && !m.attr("content").isBlank()) {
                return m.attr("content").strip();
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
