package org.cronista.actors;

import com.ibm.icu.text.Transliterator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Latin spellings of names written in Cyrillic, so that a person listed as "Владимир Зеленский"
 * is also found as "Zelenskiy", "Zelensky" or "Zelenskij": the BGN/PCGN romanisation news agencies
 * use, the scholarly one, and the common simplification of "-iy" endings. Used while building a
 * resolver; not thread-safe.
 */
final class NameVariants {
    private static final Pattern CYRILLIC = Pattern.compile(".*\\p{IsCyrillic}.*");
    private static final Pattern IY_ENDING = Pattern.compile("(?<=\\p{L})i[yj]\\b");

    private final Transliterator bgn = Transliterator.getInstance("Russian-Latin/BGN");
    private final Transliterator scholarly = Transliterator.getInstance("Cyrillic-Latin; Latin-ASCII");

    /** The name itself and, for a Cyrillic name, its Latin spellings. */
    Set<String> of(String name) {
        Set<String> out = new LinkedHashSet<>();
        out.add(name);
        if (CYRILLIC.matcher(name).matches()) {
            String b = bgn.transliterate(name);
            out.add(b);
            out.add(IY_ENDING.matcher(b).replaceAll("y"));
            out.add(scholarly.transliterate(name));
        }
        return out;
    }
}
