package nl.kenniskompas.keuzehulp.catalogue;

import nl.kenniskompas.events.Werkwijze;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The national templates and the demo organisations' catalogues read without a problem, follow every rule a beheerder's
 * import must follow, and are what the issue asks: 40–90 instruments per organisation, each different.
 */
class SeedCataloguesTest {

    @Test
    void theNationalTemplatesArePublishable() throws IOException {
        CatalogueCsv.Parsed templates = parse("landelijk-sjabloon");

        assertThat(templates.problems()).isEmpty();
        assertThat(templates.rows()).hasSizeGreaterThanOrEqualTo(40);
        templates.rows().forEach(row -> assertThat(InstrumentCheck.check(row.content(), true).problems()).as(row.key()).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"gemeente-amsterdam", "werkzaak-rivierenland", "uwv"})
    void eachDemoOrganisationHasARealisticCatalogueOfItsOwn(String tenant) throws IOException {
        CatalogueCsv.Parsed catalogue = parse(tenant);
        Set<String> templates = parse("landelijk-sjabloon").rows().stream().map(CatalogueCsv.Row::key).collect(Collectors.toSet());

        assertThat(catalogue.problems()).isEmpty();
        assertThat(catalogue.rows()).hasSizeBetween(40, 90);
        assertThat(catalogue.rows()).extracting(CatalogueCsv.Row::key).doesNotHaveDuplicates();
        for (CatalogueCsv.Row row : catalogue.rows()) {
            assertThat(InstrumentCheck.check(row.content(), row.status().equals("gepubliceerd")).problems()).as(row.key()).isEmpty();
            if (row.template() != null) {
                assertThat(templates).as(row.key() + " copies a template").contains(row.template());
            }
        }
        // Every way of working in the Kopkrakers leads somewhere in every organisation's Keuzehulp.
        Map<String, Long> tags = catalogue.rows().stream().filter(row -> row.status().equals("gepubliceerd"))
                .flatMap(row -> row.content().facet("werkwijze").stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(Arrays.stream(Werkwijze.values()).map(Werkwijze::code)).allSatisfy(code -> assertThat(tags).containsKey(code));
    }

    @Test
    void theOrganisationsCataloguesDiffer() throws IOException {
        List<Set<String>> names = List.of("gemeente-amsterdam", "werkzaak-rivierenland", "uwv").stream().map(tenant -> {
            try {
                return parse(tenant).rows().stream().map(row -> row.content().name()).collect(Collectors.toSet());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();

        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                Set<String> shared = new HashSet<>(names.get(i));
                shared.retainAll(names.get(j));
                assertThat(shared.size()).as("names shared by catalogue %d and %d", i, j).isLessThan(names.get(i).size() / 2);
            }
        }
    }

    private static CatalogueCsv.Parsed parse(String name) throws IOException {
        return CatalogueCsv.parse(new ClassPathResource("catalogus/" + name + ".csv").getContentAsByteArray());
    }
}
