package org.cronista.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cronista.api.LanguageDetector.DetectedLanguage;
import org.cronista.api.LanguageTag;
import org.junit.jupiter.api.Test;

/**
 * Language identification on short news texts: titles and first sentences of the news corpora in
 * {@code ../shared/corpora} (read at run time) plus Cronista's own headlines. Prints the confusion
 * table and asserts at least 99% correct overall and 98% in each language. Skipped when the shared material is absent.
 */
class LanguageIdentificationIT {
    private static final int PER_LANGUAGE = 400;
    private static final int MAX_CHARS = 200;
    private static final int MIN_WORDS = 5;
    /** Correct over all texts. */
    private static final double FLOOR = 0.99;
    /** Correct in each language: English headlines full of foreign names are the hardest. */
    private static final double LANGUAGE_FLOOR = 0.98;
    private static final Map<String, List<String>> CORPORA = Map.of(
            "de", List.of("gnad10k_de/gnad10k_test_de.jsonl"),
            "en", List.of("bbc_news/bbc_news_en.jsonl", "reuters21578/reuters21578_politics_world.jsonl"),
            "it", List.of("kind_wikinews_it/kind_wikinews_it.jsonl"),
            "es", List.of("conll2002_efe_es/conll2002_efe_es.jsonl"),
            "fr", List.of("masakhanews_fr/masakhanews_fr.jsonl"),
            "ru", List.of("nerel_wikinews_ru/nerel_wikinews_ru.jsonl"));

    @Test
    void tellsTheSixLanguagesApartOnShortNewsTexts() throws IOException {
        String shared = System.getProperty("cronista.shared");
        assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "corpora")), "../shared/corpora is absent");
        Map<String, List<String>> texts = new TreeMap<>();
        for (Map.Entry<String, List<String>> c : CORPORA.entrySet()) {
            List<String> out = texts.computeIfAbsent(c.getKey(), k -> new ArrayList<>());
            int quota = PER_LANGUAGE / c.getValue().size();
            for (String file : c.getValue()) {
                out.addAll(shortTexts(Path.of(shared, "corpora", file), quota));
            }
        }
        for (String[] own : ownTexts()) {
            texts.computeIfAbsent(own[0], k -> new ArrayList<>()).add(own[1]);
        }
        List<LanguageTag> six = texts.keySet().stream().map(LanguageTag::of).toList();
        LinguaLanguageDetector detector = LinguaLanguageDetector.create(six);
        StringBuilder report = new StringBuilder("language identification on short texts (expected -> detected: count)\n");
        Map<String, Double> accuracy = new LinkedHashMap<>();
        int correct = 0;
        int total = 0;
        for (Map.Entry<String, List<String>> e : texts.entrySet()) {
            Map<String, Integer> confusion = new TreeMap<>();
            for (String t : e.getValue()) {
                String got = detector.detect(t).map(DetectedLanguage::language).map(LanguageTag::code).orElse("?");
                confusion.merge(got, 1, Integer::sum);
                if (!got.equals(e.getKey())) {
                    report.append("  ").append(e.getKey()).append(" -> ").append(got).append(": ").append(t).append('\n');
                }
            }
            correct += confusion.getOrDefault(e.getKey(), 0);
            total += e.getValue().size();
            double acc = confusion.getOrDefault(e.getKey(), 0) / (double) e.getValue().size();
            accuracy.put(e.getKey(), acc);
            report.append(String.format("%s  n=%d  correct=%.4f  %s%n", e.getKey(), e.getValue().size(), acc, confusion));
        }
        report.append(String.format("all  n=%d  correct=%.4f%n", total, correct / (double) total));
        System.out.print(report);
        assertThat(texts.values()).allSatisfy(l -> assertThat(l).hasSizeGreaterThanOrEqualTo(300));
        assertThat(accuracy).as(report.toString())
                .allSatisfy((lang, acc) -> assertThat(acc).isGreaterThanOrEqualTo(LANGUAGE_FLOOR));
        assertThat(correct / (double) total).as(report.toString()).isGreaterThanOrEqualTo(FLOOR);
    }

    /** Up to {@code quota} titles and first sentences from a JSON-lines corpus. */
    private static List<String> shortTexts(Path file, int quota) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null && out.size() < quota; line = r.readLine()) {
                JsonNode doc = json.readTree(line);
                for (String t : List.of(cut(doc.path("title").asText("")), firstSentence(doc.path("text").asText("")))) {
                    if (!t.isEmpty() && out.size() < quota) {
                        out.add(t);
                    }
                }
            }
        }
        return out;
    }

    /** The text up to the first full stop that ends a clause of at least {@link #MIN_WORDS} words. */
    private static String firstSentence(String text) {
        String t = text.strip();
        for (int end = t.indexOf(". "); end > 0; end = t.indexOf(". ", end + 2)) {
            if (words(t.substring(0, end)) >= MIN_WORDS) {
                return cut(t.substring(0, end + 1));
            }
        }
        return cut(t);
    }

    /**
     * Whitespace-normalised, at most {@link #MAX_CHARS} characters; empty when it is not running text:
     * shorter than a headline, mostly capitals (agency TV listings), mostly digits and signs or a
     * semicolon-separated list (sports line-ups).
     */
    private static String cut(String s) {
        String t = s.strip().replaceAll("\\s+", " ");
        long letters = t.chars().filter(Character::isLetter).count();
        long lower = t.chars().filter(Character::isLowerCase).count();
        if (words(t) < MIN_WORDS || t.contains(";") || letters < 0.75 * t.replace(" ", "").length() || lower < 0.5 * letters) {
            return "";
        }
        return t.length() <= MAX_CHARS ? t : t.substring(0, MAX_CHARS);
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    private static List<String[]> ownTexts() throws IOException {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = LanguageIdentificationIT.class.getResourceAsStream("/language/short-texts.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t", 2));
                }
            }
        }
        return out;
    }
}
