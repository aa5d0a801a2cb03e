package org.cronista.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.cronista.pipeline.CodedArticle;
import org.cronista.pipeline.TestPipeline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Events are dated by what their sentence says, relative to the publication date (Wednesday
 * 2023-09-13 here), else by the publication date (issue 6).
 */
class DateResolutionTest {

    @ParameterizedTest(name = "{0}: \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            it | La Russia ha attaccato l'Ucraina.                        | 2023-09-13
            it | Ieri la Russia ha attaccato l'Ucraina.                   | 2023-09-12
            it | L'altro ieri la Russia ha attaccato l'Ucraina.           | 2023-09-11
            it | Martedì scorso la Russia ha attaccato l'Ucraina.         | 2023-09-12
            it | Lunedì la Russia ha attaccato l'Ucraina.                 | 2023-09-11
            it | La settimana scorsa la Russia ha attaccato l'Ucraina.    | 2023-09-06
            it | Il 10 settembre la Russia ha attaccato l'Ucraina.        | 2023-09-10
            it | Il 25 dicembre la Russia ha attaccato l'Ucraina.         | 2022-12-25
            it | Il 24 febbraio 2022 la Russia ha attaccato l'Ucraina.    | 2022-02-24
            en | Russia attacked Ukraine.                                 | 2023-09-13
            en | Russia attacked Ukraine yesterday.                       | 2023-09-12
            en | Russia attacked Ukraine on Tuesday.                      | 2023-09-12
            en | Russia attacked Ukraine last Sunday.                     | 2023-09-10
            en | Russia attacked Ukraine last week.                       | 2023-09-06
            en | Russia attacked Ukraine on September 10.                 | 2023-09-10
            en | Russia attacked Ukraine on 24 February 2022.             | 2022-02-24
            en | On February 24, 2022, Russia attacked Ukraine.           | 2022-02-24
            en | Russia attacked Ukraine on 2023-09-01.                   | 2023-09-01
            """)
    void eventsAreDatedByTheirSentence(String lang, String sentence, String day) {
        CodedArticle a = TestPipeline.code(lang, "2023-09-13", sentence);
        assertThat(a.events()).as("events of \"%s\"", sentence).isNotEmpty();
        assertThat(a.events().get(0).date()).isEqualTo(LocalDate.parse(day));
    }
}
