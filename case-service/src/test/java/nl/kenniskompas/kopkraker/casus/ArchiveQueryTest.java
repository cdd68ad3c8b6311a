package nl.kenniskompas.kopkraker.casus;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArchiveQueryTest {

    private final Kopkraker forUwv = fixture(Audience.UWV, "Snelste route naar werk", List.of("autonomie"), List.of("WW"));
    private final Kopkraker forBoth = fixture(Audience.BEIDE, "Betaald werk haalbaar of niet", List.of("belemmeringen"), List.of());
    private final Kopkraker forGemeente = fixture(Audience.GEMEENTE, "Snelste route naar werk", List.of("attitude"), List.of());

    @Test
    void noFiltersMatchEverything() {
        assertThat(List.of(forUwv, forBoth, forGemeente)).allMatch(new ArchiveQuery(null, null, null, null, " ")::matches);
    }

    @Test
    void eachFilterNarrowsAndTheyCombine() {
        assertThat(new ArchiveQuery("Snelste route naar werk", null, null, null, null).matches(forBoth)).isFalse();
        assertThat(new ArchiveQuery(null, "autonomie", null, null, null).matches(forUwv)).isTrue();
        assertThat(new ArchiveQuery(null, "autonomie", null, null, null).matches(forGemeente)).isFalse();
        assertThat(new ArchiveQuery(null, null, null, "WW", null).matches(forUwv)).isTrue();
        assertThat(new ArchiveQuery("Snelste route naar werk", null, Audience.UWV, null, null).matches(forGemeente)).isFalse();
    }

    @Test
    void aCaseForBothAudiencesShowsUpForEither() {
        assertThat(new ArchiveQuery(null, null, Audience.GEMEENTE, null, null).matches(forBoth)).isTrue();
        assertThat(new ArchiveQuery(null, null, Audience.UWV, null, null).matches(forBoth)).isTrue();
        assertThat(new ArchiveQuery(null, null, Audience.UWV, null, null).matches(forGemeente)).isFalse();
    }

    @Test
    void freeTextSearchesTitleDilemmaClientThemeAndOptionsIgnoringCase() {
        assertThat(new ArchiveQuery(null, null, null, null, "JEANNE").matches(forUwv)).isTrue();
        assertThat(new ArchiveQuery(null, null, null, null, "tweede aanpak").matches(forUwv)).isTrue();
        assertThat(new ArchiveQuery(null, null, null, null, "haalbaar").matches(forBoth)).isTrue();
        assertThat(new ArchiveQuery(null, null, null, null, "budgetcursus").matches(forUwv)).isFalse();
    }

    @Test
    void filtersOfferWhatIsPublished() {
        var filters = ArchiveQuery.Filters.of(List.of(forUwv, forBoth, forGemeente));

        assertThat(filters.themes()).containsExactly("Betaald werk haalbaar of niet", "Snelste route naar werk");
        assertThat(filters.concepts()).containsExactly("attitude", "autonomie", "belemmeringen");
        assertThat(filters.benefitTypes()).containsExactly("WW");
    }

    private static Kopkraker fixture(Audience audience, String theme, List<String> concepts, List<String> benefits) {
        var fixture = new CaseFixture();
        fixture.audience = audience;
        fixture.theme = theme;
        fixture.concepts = new java.util.ArrayList<>(concepts);
        fixture.benefitTypes = new java.util.ArrayList<>(benefits);
        return fixture.build();
    }
}
