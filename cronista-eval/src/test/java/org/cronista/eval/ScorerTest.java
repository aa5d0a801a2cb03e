package org.cronista.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.cronista.api.LanguageTag;
import org.cronista.knowledge.Knowledge;
import org.cronista.knowledge.KnowledgeSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The scoring rules: levels, countries, mutual events, negated, implicit and root-only gold. */
class ScorerTest {
    private static Scorer scorer;
    private static ActorCodes codes;

    @BeforeAll
    static void load() {
        Knowledge k = Knowledge.load(KnowledgeSource.shipped());
        codes = ActorCodes.create(k.countries());
        scorer = new Scorer(codes, k.codebook());
    }

    private static GoldRecord record(GoldEvent... events) {
        return new GoldRecord("r", LanguageTag.EN, LocalDate.of(2024, 1, 1), null, "text", List.of(events), null, false);
    }

    private static CodedItem coded(String src, String tgt, String code, boolean symmetric) {
        return new CodedItem(src, tgt, code, "", symmetric, "en.test.1", 0, "text", "", "");
    }

    private static GoldEvent gold(String src, String tgt, String code, boolean sym, boolean neg, boolean implicit) {
        return new GoldEvent(0, src, tgt, code, "", neg, sym, false, implicit);
    }

    @Test
    void theCountryOfACodeIsItsCountryItsOrganisationOrNone() {
        assertThat(codes.country("RUSGOV")).isEqualTo("RUS");
        assertThat(codes.country("IGOUNO")).isEqualTo("IGOUNO");
        assertThat(codes.country("IGOEUREEC")).isEqualTo("IGOEUR");
        assertThat(codes.country("NGOGOV")).isEqualTo("NGO");
        assertThat(codes.country("GOV")).isEmpty();
        assertThat(codes.country("CVLREF")).isEmpty();
        assertThat(codes.country("ARNGOV")).isEqualTo("ARN");
        assertThat(ActorCodes.normalize(" ---GOV")).isEqualTo("GOV");
        assertThat(ActorCodes.normalize("~pty")).isEqualTo("PTY");
        assertThat(ActorCodes.normalize("PAK OPP")).isEqualTo("PAKOPP");
        assertThat(ActorCodes.normalize("None")).isEmpty();
        assertThat(ActorCodes.normalize("\"INJURY TOLL\"")).isEqualTo("\"INJURY TOLL\"");
    }

    @Test
    void eachLevelComparesMoreOfTheEvent() {
        RecordResult r = scorer.compare(record(gold("RUSMIL", "UKR", "194", false, false, false)),
                List.of(coded("RUSGOV", "UKR", "190", false)), null);
        assertThat(r.levels().get(Level.COUNTRY_ROOT).goldMatched()).isEqualTo(1);
        assertThat(r.levels().get(Level.ACTOR_ROOT).goldMatched()).isZero();
        assertThat(r.levels().get(Level.ACTOR_CODE).extra()).hasSize(1);
        assertThat(r.correct()).isFalse();
        assertThat(r.confusion()).extracting(p -> p[0] + p[1]).containsExactly("1919");
    }

    @Test
    void aMutualEventMatchesEitherDirectionAndBothHalvesOfAPair() {
        RecordResult r = scorer.compare(record(gold("ALP", "BET", "040", false, false, false),
                        gold("BET", "ALP", "040", false, false, false)),
                List.of(coded("ALP", "BET", "040", true)), null);
        RecordResult.Comparison c = r.levels().get(Level.ACTOR_CODE);
        assertThat(c.goldMatched()).isEqualTo(2);
        assertThat(c.codedMatched()).isEqualTo(1);
        assertThat(r.correct()).isTrue();
        RecordResult s = scorer.compare(record(gold("BET", "ALP", "040", true, false, false)),
                List.of(coded("ALP", "BET", "040", false)), null);
        assertThat(s.correct()).isTrue();
    }

    @Test
    void codingANegatedEventIsAnExtraWithItsReason() {
        RecordResult r = scorer.compare(record(gold("HUN", "UKR", "057", false, true, false)),
                List.of(coded("HUN", "UKR", "057", false)), null);
        RecordResult.Comparison c = r.levels().get(Level.ACTOR_CODE);
        assertThat(c.gold()).isZero();
        assertThat(c.extra()).singleElement().extracting(RecordResult.Extra::why).asString().contains("did not happen");
        assertThat(r.record().expectsNone()).isTrue();
        assertThat(scorer.compare(r.record(), List.of(), null).correct()).isTrue();
    }

    @Test
    void anImplicitEventCountsOnlyWhenCodedAndAnEmptyActorMatchesAnyActor() {
        GoldRecord rec = record(gold("", "AFGCVL", "183", false, false, false), gold("GBR", "RUS", "016", false, false, true));
        RecordResult missed = scorer.compare(rec, List.of(coded("REB", "AFGCVL", "183", false)), null);
        assertThat(missed.levels().get(Level.ACTOR_CODE).gold()).isEqualTo(1);
        assertThat(missed.correct()).isTrue();
        RecordResult found = scorer.compare(rec, List.of(coded("REB", "AFGCVL", "183", false),
                coded("GBR", "RUS", "016", false)), null);
        assertThat(found.levels().get(Level.ACTOR_CODE).gold()).isEqualTo(2);
        assertThat(found.levels().get(Level.ACTOR_CODE).goldMatched()).isEqualTo(2);
    }

    @Test
    void goldWithOnlyARootIsLeftOutOfTheFullCodeLevel() {
        RecordResult r = scorer.compare(record(gold("ALP", "BET", "19|20", false, false, false)),
                List.of(coded("ALP", "BET", "204", false)), null);
        assertThat(r.levels().get(Level.ACTOR_ROOT).goldMatched()).isEqualTo(1);
        assertThat(r.levels().get(Level.ACTOR_CODE).gold()).isZero();
        assertThat(r.levels().get(Level.ACTOR_CODE).coded()).isZero();
        assertThat(r.finest()).isEqualTo(Level.ACTOR_ROOT);
        assertThat(r.correct()).isTrue();
        Scores s = new Scores().add(r);
        assertThat(s.hasFullCodes()).isFalse();
        assertThat(s.f1(Level.ACTOR_ROOT)).isEqualTo(1.0);
    }
}
