package org.cronista.knowledge;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Converts a GeoNames dump ({@code allCountries.txt}, {@code cities500.txt} … or their {@code .zip})
 * into Cronista's {@code world/places.tsv} format, so that a knowledge folder holding the result
 * gives the resolver full coverage. GeoNames' alternate names carry no language, so Latin-script
 * names go to every Latin-script language and Cyrillic ones to Russian. GeoNames data is CC BY 4.0:
 * the written file says so in its header.
 */
public final class GeoNamesImport {
    /** Feature classes kept: A (countries, regions), P (populated places), H (water), L (areas), T (mountains, islands). */
    public static final Set<String> CLASSES = Set.of("A", "P", "H", "L", "T");
    private static final Pattern CYRILLIC = Pattern.compile("[\\p{IsCyrillic}\\s\\-']+");
    private static final Pattern LATIN = Pattern.compile("[\\p{IsLatin}\\s\\-'.’]+");

    /**
     * What an import did.
     *
     * @param read    lines read
     * @param written places written
     * @param skipped lines skipped (malformed, filtered out, unknown country)
     */
    public record Result(long read, long written, long skipped) {
    }

    private GeoNamesImport() {
    }

    /**
     * Imports {@code dump} into {@code target} (a {@code places.tsv} file, overwritten).
     *
     * @param minPopulation populated places below this are left out (regions and water are kept)
     * @param problems      receives one line per malformed input line
     */
    public static Result run(Path dump, Path target, Countries countries, long minPopulation,
                             Consumer<String> problems) throws IOException {
        Map<String, String> alpha3 = new HashMap<>();
        for (Country c : countries.all()) {
            if (c.iso2() != null) {
                alpha3.put(c.iso2(), c.code());
            }
        }
        Files.createDirectories(target.toAbsolutePath().getParent());
        long read = 0;
        long written = 0;
        long skipped = 0;
        try (InputStream raw = open(dump);
             BufferedReader r = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8));
             BufferedWriter w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            w.write("# format: " + Gazetteer.FORMAT + "\n# language: world\n# source: GeoNames dump "
                    + dump.getFileName() + " (geonames.org), imported by cronista gazetteer import\n"
                    + "# licence: CC BY 4.0 (GeoNames, attribution geonames.org)\n");
            w.write(String.join("\t", Gazetteer.COLUMNS) + "\n");
            for (String line; (line = r.readLine()) != null; ) {
                read++;
                String[] c = line.split("\t", -1);
                if (c.length < 15) {
                    problems.accept(dump.getFileName() + ":" + read + ": " + c.length + " columns, GeoNames has 19");
                    skipped++;
                    continue;
                }
                String featureClass = c[6];
                String country = alpha3.get(c[8]);
                long population;
                double lat;
                double lon;
                try {
                    population = c[14].isEmpty() ? 0 : Long.parseLong(c[14]);
                    lat = Double.parseDouble(c[4]);
                    lon = Double.parseDouble(c[5]);
                } catch (NumberFormatException e) {
                    problems.accept(dump.getFileName() + ":" + read + ": bad number");
                    skipped++;
                    continue;
                }
                if (!CLASSES.contains(featureClass) || country == null && !featureClass.equals("H")
                        || featureClass.equals("P") && population < minPopulation) {
                    skipped++;
                    continue;
                }
                Set<String> latin = new LinkedHashSet<>();
                Set<String> cyrillic = new LinkedHashSet<>();
                latin.add(c[1]);
                latin.add(c[2]);
                for (String alt : c[3].split(",")) {
                    String a = alt.strip();
                    if (a.length() < 2 || a.length() > 60 || !Character.isUpperCase(a.codePointAt(0))) {
                        continue;
                    }
                    if (CYRILLIC.matcher(a).matches()) {
                        cyrillic.add(a);
                    } else if (LATIN.matcher(a).matches() && !a.equals(a.toUpperCase(java.util.Locale.ROOT))) {
                        latin.add(a);
                    }
                }
                latin.removeIf(String::isBlank);
                String names = String.join("|", latin);
                String ru = cyrillic.isEmpty() ? names : String.join("|", cyrillic);
                List<String> row = new ArrayList<>(List.of("gn-" + c[0], c[0], c[7], country == null ? "" : country,
                        c[10].isEmpty() ? "" : c[8] + "." + c[10], c[4], c[5], Long.toString(population)));
                for (int i = 0; i < 5; i++) {
                    row.add(names);
                }
                row.add(ru);
                w.write(String.join("\t", row));
                w.write('\n');
                written++;
            }
        }
        return new Result(read, written, skipped);
    }

    private static InputStream open(Path dump) throws IOException {
        InputStream in = Files.newInputStream(dump);
        if (!dump.getFileName().toString().endsWith(".zip")) {
            return in;
        }
        ZipInputStream zip = new ZipInputStream(in);
        for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
            if (e.getName().endsWith(".txt") && !e.getName().toLowerCase(java.util.Locale.ROOT).contains("readme")) {
                return zip;
            }
        }
        zip.close();
        throw new IOException(dump + " holds no GeoNames .txt file");
    }
}
