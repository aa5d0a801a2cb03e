package org.cronista.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.cronista.api.geo.Place;
import org.cronista.api.geo.PlaceMention;
import org.cronista.pipeline.CodedArticle;
import org.cronista.pipeline.TestPipeline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Place names in sentences written for Cronista resolve to the right gazetteer entry: the right
 * kind, country and region, within 50 km of the true coordinates; context picks among same-named
 * places (issue 6).
 */
class PlaceResolutionTest {

    @ParameterizedTest(name = "{0}: \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            it | La Corea del Nord ha lanciato un missile nel Mar del Giappone.   | Mar del Giappone  | SEA  |     |        | 40.0  | 135.0
            it | I due leader si sono incontrati nella regione dell'Amur.         | Amur              | ADM1 | RUS | RU-AMU | 52.5  | 127.5
            it | Ieri a Kiev sono suonate le sirene.                              | Kiev              | PPLC | UKR |        | 50.45 | 30.52
            it | Il Giappone ha protestato attraverso l'ambasciata a Pechino.     | Pechino           | PPLC | CHN |        | 39.90 | 116.40
            it | La tensione resta alta in Crimea.                                | Crimea            |      | UKR |        | 45.3  | 34.4
            it | Nuovi raid nella Striscia di Gaza.                               | Striscia di Gaza  |      | PSE |        | 31.42 | 34.36
            it | Il vertice si è tenuto a Washington.                             | Washington        | PPLC | USA |        | 38.90 | -77.04
            it | Scontri a Tripoli, nel nord del Libano.                          | Tripoli           |      | LBN |        | 34.43 | 35.84
            it | Scontri a Tripoli, capitale della Libia.                         | Tripoli           | PPLC | LBY |        | 32.89 | 13.19
            en | Chinese warships sailed through the Taiwan Strait.               | Taiwan Strait     | STRT |     |        | 24.0  | 119.5
            en | Fighting continued in Donbas.                                    | Donbas            |      | UKR |        | 48.0  | 38.0
            en | Missiles hit Kharkiv overnight.                                  | Kharkiv           |      | UKR |        | 49.99 | 36.23
            en | The summit took place in Paris.                                  | Paris             | PPLC | FRA |        | 48.86 | 2.35
            en | Protesters gathered in Kyiv.                                     | Kyiv              | PPLC | UKR |        | 50.45 | 30.52
            en | Talks resumed in Doha.                                           | Doha              | PPLC | QAT |        | 25.29 | 51.53
            en | Troops moved into the Amur region.                               | Amur              | ADM1 | RUS | RU-AMU | 52.5  | 127.5
            """)
    void placeMentionsResolve(String lang, String sentence, String name, String feature, String country,
                              String admin1, double lat, double lon) {
        CodedArticle a = TestPipeline.code(lang, "2023-09-13", sentence);
        PlaceMention m = a.places().stream()
                .filter(p -> p.span().of(a.text().text()).contains(name))
                .findFirst().orElseThrow(() -> new AssertionError("no place \"" + name + "\" in " + a.places()));
        Place p = m.place();
        if (feature != null) {
            assertThat(p.feature()).as("feature of %s", p).isEqualTo(feature);
        }
        if (country != null) {
            assertThat(p.country()).as("country of %s", p).isEqualTo(country);
        }
        if (admin1 != null) {
            assertThat(p.admin1()).as("region of %s", p).isEqualTo(admin1);
        }
        assertThat(km(lat, lon, p.latitude(), p.longitude())).as("distance of %s from the truth", p).isLessThan(50 + slack(p));
    }

    /** Large areas (seas, regions) are judged by their centre; allow for the size of the area. */
    private static double slack(Place p) {
        return p.isCity() ? 0 : 300;
    }

    private static double km(double lat1, double lon1, double lat2, double lon2) {
        double r = 6371;
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2))
                * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * r * Math.asin(Math.sqrt(h));
    }
}
