package nl.kenniskompas.kopkraker.release;

import nl.kenniskompas.kopkraker.casus.CaseFormat;
import nl.kenniskompas.kopkraker.casus.ClientProfile;
import nl.kenniskompas.kopkraker.casus.Option;
import nl.kenniskompas.kopkraker.casus.Words;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed Kopkrakers respect TNO's format: fixed fields, word limits, a question at the end, two full options. */
class SeedContentFollowsTheCaseFormatTest {

    // As strict as the service's own mapper: a seed with a field the model does not know would stop the start.
    private final List<SeedKopkrakers.Seed> seeds = new SeedKopkrakers(null, null,
            JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build(), null).seeds();

    @Test
    void kopkrakerOneIsJeanne() {
        assertThat(seeds).first().satisfies(seed -> {
            assertThat(seed.number()).isEqualTo(1);
            assertThat(seed.profile().naam()).isEqualTo("Jeanne");
        });
    }

    @Test
    void everySeedMeetsEveryRuleOfTheCaseFormat() {
        for (var seed : seeds) {
            assertThat(CaseFormat.check(seed.toKopkraker())).as(seed.id()).isEmpty();
        }
    }

    @Test
    void everyFixedFieldIsFilledWithAtMostFifteenWords() {
        for (var seed : seeds) {
            assertThat(seed.profile().inOrder()).extracting(ClientProfile.Field::field).containsExactly(
                    "naam", "leeftijd", "thuissituatie", "opleiding", "werkloosheidsduur", "werkervaring",
                    "wensVanDeKlant", "belemmeringen", "sociaalNetwerk");
            assertThat(seed.profile().inOrder()).allSatisfy(field ->
                    assertThat(Words.count(field.value())).as(seed.id() + " " + field.field()).isBetween(1, 15));
        }
    }

    @Test
    void backgroundWithDilemmaHas150To170WordsAndEndsInTheQuestion() {
        for (var seed : seeds) {
            int words = Words.count(seed.background()) + Words.count(seed.dilemma());
            assertThat(words).as(seed.id() + " background + dilemma").isBetween(150, 170);
            assertThat(seed.dilemma()).endsWith("?");
        }
    }

    @Test
    void twoOptionsWithEverySectionWithinItsLimit() {
        for (var seed : seeds) {
            assertThat(seed.options()).extracting(Option::id).containsExactly("A", "B");
            for (Option option : seed.options()) {
                String where = seed.id() + " option " + option.id();
                assertThat(option.title()).as(where).isNotBlank();
                assertThat(option.summary()).as(where).isNotBlank();
                assertThat(Words.count(option.goodIdea())).as(where + " goed idee").isBetween(1, 50);
                assertThat(Words.count(option.howItWorks())).as(where + " hoe werkt het").isBetween(1, 60);
                assertThat(Words.count(option.evidence())).as(where + " waaruit blijkt").isBetween(1, 60);
                assertThat(Words.count(option.caution())).as(where + " let op").isBetween(1, 60);
                assertThat(option.applyUrl()).as(where).startsWith("https://");
                // "Deze werkwijze toepassen?" leads into the Keuzehulp through these tags.
                assertThat(option.werkwijzen()).as(where).isNotEmpty()
                        .allSatisfy(code -> assertThat(nl.kenniskompas.events.Werkwijze.fromCode(code)).as(where).isPresent());
            }
        }
    }
}
