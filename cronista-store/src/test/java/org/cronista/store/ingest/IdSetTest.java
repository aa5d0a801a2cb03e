package org.cronista.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.cronista.store.ArticleId;
import org.junit.jupiter.api.Test;

class IdSetTest {
    @Test
    void itAgreesWithAHashSetThroughGrowthAndRemovals() {
        IdSet ids = new IdSet();
        Set<String> expected = new HashSet<>();
        List<String> all = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 50_000; i++) {
            String id = ArticleId.ofText("article " + random.nextInt(30_000));
            all.add(id);
            assertThat(ids.add(id)).isEqualTo(expected.add(id));
            if (i % 3 == 0) {
                String gone = all.get(random.nextInt(all.size()));
                ids.remove(gone);
                expected.remove(gone);
            }
        }
        assertThat(ids.size()).isEqualTo(expected.size());
        for (String id : all) {
            assertThat(ids.add(id)).isEqualTo(expected.add(id));
        }
    }
}
