package nl.kenniskompas.keuzehulp.search;

import nl.kenniskompas.keuzehulp.catalogue.Instrument;
import nl.kenniskompas.keuzehulp.catalogue.InstrumentContent;
import nl.kenniskompas.keuzehulp.reviews.ReviewSummary;
import nl.kenniskompas.keuzehulp.vocabulary.Facet;
import nl.kenniskompas.keuzehulp.vocabulary.Vocabulary;
import nl.kenniskompas.platform.problem.Problem;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.RepetitionInfo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The number next to a filter is the number of results after clicking it: checked for every value of every facet, on
 * random catalogues and random choices (fixed seeds, so a failure repeats).
 */
class FacetCountsTest {

    private static final List<String> LOCATIONS = List.of("Tiel", "Culemborg", "Online");

    @RepeatedTest(40)
    void everyCountEqualsTheResultWithThatValueAdded(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        List<Indexed> catalogue = catalogue(random, 20 + random.nextInt(70));
        Map<String, Set<String>> chosen = randomChoice(random);
        Search.Query query = new Search.Query(chosen, random.nextInt(4) == 0 ? "a" : null, "naam", 0, 100);

        Search.Result result = Search.run(catalogue, query, LOCATIONS);

        for (Search.FacetCount facet : result.facets()) {
            for (Search.ValueCount value : facet.values()) {
                Map<String, Set<String>> withValue = new LinkedHashMap<>(chosen);
                Set<String> values = new LinkedHashSet<>(withValue.getOrDefault(facet.name(), Set.of()));
                values.add(value.code());
                withValue.put(facet.name(), values);
                int clicked = Search.run(catalogue, new Search.Query(withValue, query.text(), "naam", 0, 100), LOCATIONS).total();
                assertThat(value.count()).as("%s=%s with %s", facet.name(), value.code(), chosen).isEqualTo(clicked);
                if (value.selected()) {
                    assertThat(value.count()).isEqualTo(result.total());
                }
            }
        }
    }

    @Test
    void anInstrumentForEveryoneFitsAnyClientCharacteristicButNotAGoalItLacks() {
        Indexed forEveryone = indexed("voor-iedereen", Map.of("doel", List.of("scholing")));
        Indexed forYoung = indexed("jongeren", Map.of("leeftijd", List.of("16-18", "19-21")));
        List<Indexed> catalogue = List.of(forEveryone, forYoung);

        var older = Search.run(catalogue, new Search.Query(Map.of("leeftijd", Set.of("27-55")), null, "naam", 0, 10), LOCATIONS);
        var young = Search.run(catalogue, new Search.Query(Map.of("leeftijd", Set.of("16-18")), null, "naam", 0, 10), LOCATIONS);
        var schooling = Search.run(catalogue, new Search.Query(Map.of("doel", Set.of("scholing")), null, "naam", 0, 10), LOCATIONS);

        assertThat(older.items()).extracting(i -> i.instrument().key()).containsExactly("voor-iedereen");
        assertThat(young.total()).isEqualTo(2);
        assertThat(schooling.items()).extracting(i -> i.instrument().key()).containsExactly("voor-iedereen");
    }

    @Test
    void zeroCountValuesStayListed() {
        var result = Search.run(List.of(indexed("een", Map.of())), new Search.Query(Map.of(), null, "naam", 0, 10), LOCATIONS);

        Search.FacetCount goals = result.facets().stream().filter(f -> f.name().equals("doel")).findFirst().orElseThrow();
        assertThat(goals.values()).hasSize(Vocabulary.require("doel").values().size()).allSatisfy(v -> assertThat(v.count()).isZero());
    }

    @Test
    void freeTextFindsAliasesWithoutCaringForCaseOrAccents() {
        Indexed instrument = indexed("orientatie", Map.of());
        var found = Search.run(List.of(instrument), new Search.Query(Map.of(), Indexed.fold("BEROEPSORIËNTATIE"), "naam", 0, 10), LOCATIONS);

        assertThat(found.total()).isEqualTo(1);
    }

    @Test
    void unknownFiltersAndValuesAreNamed() {
        Problem problem = catchThrowableOfType(Problem.class, () -> Search.parse(Map.of(
                "leeftijd", List.of("16-18,99-100"), "kleur", List.of("rood"), "locatie", List.of("Parijs"), "per", List.of("500")),
                LOCATIONS));

        assertThat(problem.status().value()).isEqualTo(422);
        assertThat(problem.errors()).extracting(error -> error.field()).containsExactlyInAnyOrder("leeftijd", "kleur", "locatie", "per");
    }

    private static Map<String, Set<String>> randomChoice(Random random) {
        Map<String, Set<String>> chosen = new HashMap<>();
        int facets = random.nextInt(4);
        for (int i = 0; i < facets; i++) {
            Facet facet = Vocabulary.FACETS.get(random.nextInt(Vocabulary.FACETS.size()));
            List<String> codes = facet.kind() == Facet.Kind.LOCATIE ? LOCATIONS : facet.values().stream().map(Facet.Value::code).toList();
            Set<String> values = new LinkedHashSet<>();
            int count = 1 + random.nextInt(2);
            for (int j = 0; j < count; j++) {
                values.add(codes.get(random.nextInt(codes.size())));
            }
            chosen.put(facet.name(), values);
        }
        return chosen;
    }

    private static List<Indexed> catalogue(Random random, int size) {
        List<Indexed> catalogue = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Map<String, List<String>> facets = new HashMap<>();
            for (String facet : Vocabulary.TAGGED) {
                List<String> codes = Vocabulary.require(facet).values().stream().map(Facet.Value::code).toList();
                List<String> values = new ArrayList<>();
                if (random.nextInt(3) > 0) {
                    int count = random.nextInt(3);
                    for (int j = 0; j < count; j++) {
                        String code = codes.get(random.nextInt(codes.size()));
                        if (!values.contains(code)) {
                            values.add(code);
                        }
                    }
                }
                facets.put(facet, values);
            }
            List<String> categories = List.of("verrijking-klantbeeld", "praktische-problemen", "richting-werk", "nazorg");
            List<String> levels = Vocabulary.require(Vocabulary.ERKENNING).values().stream().map(Facet.Value::code).toList();
            InstrumentContent content = new InstrumentContent(
                    (random.nextBoolean() ? "Aanpak " : "Training ") + i, List.of(), categories.get(random.nextInt(4)), "doel", "werkwijze",
                    null, null, "aanbieder", random.nextBoolean() ? List.of(LOCATIONS.get(random.nextInt(3))) : List.of(),
                    random.nextInt(5) == 0 ? null : new InstrumentContent.Duration(1 + random.nextInt(14), List.of("dagen", "weken", "maanden").get(random.nextInt(3)), random.nextInt(10) == 0),
                    null, random.nextInt(5) == 0 ? null : random.nextInt(4000), null,
                    random.nextBoolean() ? List.of("individueel") : List.of("individueel", "groep"), null,
                    new InstrumentContent.Evidence(levels.get(random.nextInt(levels.size())), null, null, null, false),
                    null, List.of(), facets, null);
            catalogue.add(Indexed.of(new Instrument("id-" + i, "t", "k-" + i, content, null, "test", Instant.EPOCH),
                    new ReviewSummary(0, null, null, null)));
        }
        return catalogue;
    }

    private static Indexed indexed(String key, Map<String, List<String>> facets) {
        InstrumentContent content = new InstrumentContent(key.equals("orientatie") ? "Werkfit" : key,
                key.equals("orientatie") ? List.of("Beroepsoriëntatie") : List.of(), "richting-werk", "doel", "werkwijze",
                null, null, "aanbieder", List.of(), null, null, null, null, List.of(), null, null, null, List.of(), facets, null);
        return Indexed.of(new Instrument(key, "t", key, content, null, "test", Instant.EPOCH), new ReviewSummary(0, null, null, null));
    }
}
