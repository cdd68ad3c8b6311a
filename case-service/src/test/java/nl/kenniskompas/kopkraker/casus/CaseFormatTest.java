package nl.kenniskompas.kopkraker.casus;

import nl.kenniskompas.platform.problem.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import static nl.kenniskompas.kopkraker.casus.CaseFixture.words;
import static org.assertj.core.api.Assertions.assertThat;

/** Each word limit of the case format: fine at the limit, named with the count one word over. */
class CaseFormatTest {

    @Test
    void aCaseThatMeetsEveryRuleHasNoProblems() {
        assertThat(CaseFormat.check(new CaseFixture().build())).isEmpty();
    }

    static Stream<Arguments> wordLimits() {
        return Stream.of(
                rule("profile.naam", "Naam", 15, (f, text) -> f.profile[0] = text),
                rule("profile.leeftijd", "Leeftijd", 15, (f, text) -> f.profile[1] = text),
                rule("profile.thuissituatie", "Thuissituatie", 15, (f, text) -> f.profile[2] = text),
                rule("profile.opleiding", "Opleiding", 15, (f, text) -> f.profile[3] = text),
                rule("profile.werkloosheidsduur", "Werkloosheidsduur", 15, (f, text) -> f.profile[4] = text),
                rule("profile.werkervaring", "Werkervaring", 15, (f, text) -> f.profile[5] = text),
                rule("profile.wensVanDeKlant", "Wens van de klant", 15, (f, text) -> f.profile[6] = text),
                rule("profile.belemmeringen", "Belemmeringen", 15, (f, text) -> f.profile[7] = text),
                rule("profile.sociaalNetwerk", "Sociaal netwerk", 15, (f, text) -> f.profile[8] = text),
                rule("options[1].goodIdea", "Optie B, Goed idee!", 50, (f, text) -> f.sectionsB[0] = text),
                rule("options[1].howItWorks", "Optie B, Hoe werkt het?", 60, (f, text) -> f.sectionsB[1] = text),
                rule("options[1].evidence", "Optie B, Waaruit blijkt dat het werkt?", 60, (f, text) -> f.sectionsB[2] = text),
                rule("options[1].caution", "Optie B, Let op", 60, (f, text) -> f.sectionsB[3] = text));
    }

    @ParameterizedTest(name = "{0}: at most {2} words")
    @MethodSource("wordLimits")
    void aWordLimitHoldsAtTheLimitAndIsNamedWithTheCountOneWordOver(String field, String label, int limit,
                                                                   BiConsumer<CaseFixture, String> set) {
        var atLimit = new CaseFixture();
        set.accept(atLimit, words(limit));
        var over = new CaseFixture();
        set.accept(over, words(limit + 1));

        assertThat(CaseFormat.check(atLimit.build())).isEmpty();
        assertThat(CaseFormat.check(over.build())).containsExactly(
                new FieldProblem(field, label + ": " + (limit + 1) + " woorden, maximaal " + limit));
    }

    @Test
    void theSituationWithItsDilemmaHas150To170Words() {
        // The fixture's dilemma has 16 words.
        var shortest = fixture(f -> f.background = words(134));
        var longest = fixture(f -> f.background = words(154));
        var tooShort = fixture(f -> f.background = words(133));
        var tooLong = fixture(f -> f.background = words(155));

        assertThat(CaseFormat.check(shortest)).isEmpty();
        assertThat(CaseFormat.check(longest)).isEmpty();
        assertThat(CaseFormat.check(tooShort)).containsExactly(
                new FieldProblem("background", "Huidige situatie met dilemma: 149 woorden, tussen 150 en 170"));
        assertThat(CaseFormat.check(tooLong)).extracting(FieldProblem::message)
                .containsExactly("Huidige situatie met dilemma: 171 woorden, tussen 150 en 170");
    }

    @Test
    void everyBrokenRuleIsNamedAtOnce() {
        var kopkraker = fixture(f -> {
            f.profile[7] = words(19);
            f.dilemma = words(16) + " zonder vraag.";
            f.applyUrl = "javascript:alert(1)";
            f.werkwijzen.add("toveren");
            f.concepts.add("geluk");
            f.audience = Audience.GEMEENTE;
            f.benefitTypes.add("WW");
        });

        assertThat(CaseFormat.check(kopkraker)).extracting(FieldProblem::field).containsExactlyInAnyOrder(
                "profile.belemmeringen", "dilemma", "options[0].applyUrl", "options[0].werkwijzen[1]", "concepts", "benefitTypes");
        assertThat(CaseFormat.check(kopkraker)).extracting(FieldProblem::message)
                .contains("Belemmeringen: 19 woorden, maximaal 15");
    }

    @Test
    void emptyFieldsAndOverlongTextsAreRefused() {
        var kopkraker = fixture(f -> {
            f.title = " ";
            f.profile[0] = "";
            f.sectionsA[0] = "woord-" + "x".repeat(1_200);
        });

        assertThat(CaseFormat.check(kopkraker)).extracting(FieldProblem::message).containsExactlyInAnyOrder(
                "Titel: vul dit in.", "Naam: vul dit in.", "Optie A, Goed idee!: 1206 tekens, maximaal 1000.");
    }

    @Test
    void onlyWebLinksCountAsLinks() {
        assertThat(CaseFormat.isWebLink("https://www.divosa.nl/")).isTrue();
        assertThat(CaseFormat.isWebLink("http://example.org/pad?x=1")).isTrue();
        assertThat(CaseFormat.isWebLink("ftp://example.org/")).isFalse();
        assertThat(CaseFormat.isWebLink("www.divosa.nl")).isFalse();
        assertThat(CaseFormat.isWebLink(null)).isFalse();
    }

    private static Arguments rule(String field, String label, int limit, BiConsumer<CaseFixture, String> set) {
        return Arguments.of(field, label, limit, set);
    }

    private static Kopkraker fixture(java.util.function.Consumer<CaseFixture> change) {
        var fixture = new CaseFixture();
        change.accept(fixture);
        return fixture.build();
    }
}
