package org.cronista.language;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.cronista.api.LanguageDetector;
import org.cronista.api.LanguageTag;

/**
 * Language identification with Lingua's n-gram models, which stay accurate on short texts such as
 * headlines. Besides the languages Cronista codes it knows a set of neighbours (Portuguese, Catalan,
 * Ukrainian …) so that a text in one of those is reported as such instead of being forced into the
 * nearest supported language. Thread-safe.
 */
public final class LinguaLanguageDetector implements LanguageDetector {
    /** Languages recognised so that they are not mistaken for a supported one. */
    public static final List<String> NEIGHBOURS = List.of("pt", "ca", "nl", "ro", "pl", "uk", "bg", "sr", "hr",
            "sv", "da", "tr", "ar", "zh", "ja", "ko", "el", "he", "fa", "hi", "cs", "hu", "fi");
    /** Only the first characters are read: more do not change the answer for news. */
    public static final int MAX_CHARS = 1500;
    /**
     * A neighbour wins only when the best supported language's confidence is below this fraction of
     * the neighbour's: on a short headline full of names ("Bufera di neve in Colorado") a neighbour is
     * often a near tie, and news fed to Cronista is mostly in its own languages.
     */
    public static final double NEIGHBOUR_MARGIN = 0.8;
    /** Below this confidence the text is reported as undetermined. */
    public static final double MIN_CONFIDENCE = 0.5;

    private final com.github.pemistahl.lingua.api.LanguageDetector detector;
    private final java.util.Set<Language> supported;

    private LinguaLanguageDetector(com.github.pemistahl.lingua.api.LanguageDetector detector, java.util.Set<Language> supported) {
        this.detector = detector;
        this.supported = supported;
    }

    /**
     * Builds a detector for {@code supported} plus {@link #NEIGHBOURS}. Models load lazily on first use.
     */
    public static LinguaLanguageDetector create(List<LanguageTag> supported) {
        List<IsoCode639_1> codes = new ArrayList<>();
        java.util.Set<Language> own = java.util.EnumSet.noneOf(Language.class);
        for (LanguageTag t : supported) {
            codes.add(iso(t.code()));
            own.add(Language.getByIsoCode639_1(iso(t.code())));
        }
        for (String n : NEIGHBOURS) {
            IsoCode639_1 c = iso(n);
            if (!codes.contains(c)) {
                codes.add(c);
            }
        }
        return new LinguaLanguageDetector(LanguageDetectorBuilder
                .fromIsoCodes639_1(codes.toArray(IsoCode639_1[]::new))
                .withMinimumRelativeDistance(0.0)
                .build(), java.util.Set.copyOf(own));
    }

    private static IsoCode639_1 iso(String code) {
        return IsoCode639_1.valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    public Optional<DetectedLanguage> detect(String text) {
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        SortedMap<Language, Double> conf = detector.computeLanguageConfidenceValues(sample);
        if (conf.isEmpty()) {
            return Optional.empty();
        }
        Map.Entry<Language, Double> best = null;
        Map.Entry<Language, Double> bestSupported = null;
        for (Map.Entry<Language, Double> e : conf.entrySet()) {
            if (best == null || e.getValue() > best.getValue()) {
                best = e;
            }
            if (supported.contains(e.getKey()) && (bestSupported == null || e.getValue() > bestSupported.getValue())) {
                bestSupported = e;
            }
        }
        if (bestSupported != null && bestSupported.getValue() >= NEIGHBOUR_MARGIN * best.getValue()) {
            best = bestSupported;
        }
        if (best.getKey() == Language.UNKNOWN || best.getValue() < MIN_CONFIDENCE) {
            return Optional.empty();
        }
        String code = best.getKey().getIsoCode639_1().name().toLowerCase(java.util.Locale.ROOT);
        return Optional.of(new DetectedLanguage(LanguageTag.of(code), best.getValue()));
    }
}
