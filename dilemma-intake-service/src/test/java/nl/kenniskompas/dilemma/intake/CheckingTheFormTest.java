package nl.kenniskompas.dilemma.intake;

import nl.kenniskompas.dilemma.intake.SubmissionForm.BackgroundForm;
import nl.kenniskompas.dilemma.intake.SubmissionForm.DilemmaForm;
import nl.kenniskompas.platform.problem.FieldProblem;
import nl.kenniskompas.platform.problem.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every rule of the intake form, each wrong answer named by its field so the form can point at it. */
class CheckingTheFormTest {

    static final DilemmaForm DILEMMA = new DilemmaForm(
            "Olivier wil een eigen zaak beginnen, maar heeft schulden en geen overzicht.",
            "Samen een ondernemingsplan maken", "Eerst de schulden op orde brengen",
            List.of("eigen-ervaring", "wensen-werkzoekende"), null, 2);
    static final SubmissionForm FORM = new SubmissionForm(true,
            new BackgroundForm("klantmanager", null, "hbo-wo-bachelor", "10-15"), List.of(DILEMMA), null);

    @Test
    void aCompleteFormPassesWithTrimmedTextsAndKnownCodes() {
        var form = new SubmissionForm(true, new BackgroundForm(" jobcoach ", null, null, null),
                List.of(dilemma(d -> new DilemmaForm("  Wat eerst?  ", d.approach1(), d.approach2(),
                        List.of("internet", "internet", "anders"), " Een podcast ", 1))), "  Mooi initiatief. ");

        Submitting.Checked checked = Submitting.check(form);

        assertThat(checked.background().function()).isEqualTo("jobcoach");
        assertThat(checked.dilemmas().get(0).problem()).isEqualTo("Wat eerst?");
        assertThat(checked.dilemmas().get(0).knowledgeSources()).containsExactly("internet", "anders");
        assertThat(checked.dilemmas().get(0).otherKnowledgeSource()).isEqualTo("Een podcast");
        assertThat(checked.remark()).isEqualTo("Mooi initiatief.");
    }

    @Test
    void theBackgroundIsOptional() {
        var checked = Submitting.check(new SubmissionForm(true, null, List.of(DILEMMA), null));

        assertThat(checked.background().function()).isNull();
        assertThat(checked.background().educationLevel()).isNull();
    }

    static Stream<Arguments> wrongForms() {
        String tooLong = "x".repeat(2001);
        return Stream.of(
                Arguments.of("no consent", new SubmissionForm(null, null, List.of(DILEMMA), null), List.of("consent")),
                Arguments.of("consent refused", new SubmissionForm(false, null, List.of(DILEMMA), null), List.of("consent")),
                Arguments.of("no dilemma", new SubmissionForm(true, null, List.of(), null), List.of("dilemmas")),
                Arguments.of("three dilemmas", new SubmissionForm(true, null, List.of(DILEMMA, DILEMMA, DILEMMA), null), List.of("dilemmas")),
                Arguments.of("one approach", form(d -> new DilemmaForm(d.problem(), d.approach1(), " ", d.knowledgeSources(), null, 1)),
                        List.of("dilemmas[0].approach2")),
                Arguments.of("the same approach twice", form(d -> new DilemmaForm(d.problem(), "Werk eerst", "werk eerst",
                        d.knowledgeSources(), null, 1)), List.of("dilemmas[0].approach2")),
                Arguments.of("no problem", form(d -> new DilemmaForm(null, d.approach1(), d.approach2(), d.knowledgeSources(), null, 1)),
                        List.of("dilemmas[0].problem")),
                Arguments.of("an over-long problem", form(d -> new DilemmaForm(tooLong, d.approach1(), d.approach2(),
                        d.knowledgeSources(), null, 1)), List.of("dilemmas[0].problem")),
                Arguments.of("no knowledge source", form(d -> new DilemmaForm(d.problem(), d.approach1(), d.approach2(), List.of(), null, 1)),
                        List.of("dilemmas[0].knowledgeSources")),
                Arguments.of("an unknown knowledge source", form(d -> new DilemmaForm(d.problem(), d.approach1(), d.approach2(),
                        List.of("eigen-ervaring", "wikipedia"), null, 1)), List.of("dilemmas[0].knowledgeSources[1]")),
                Arguments.of("anders without saying what", form(d -> new DilemmaForm(d.problem(), d.approach1(), d.approach2(),
                        List.of("anders"), "", 1)), List.of("dilemmas[0].otherKnowledgeSource")),
                Arguments.of("another source without anders", form(d -> new DilemmaForm(d.problem(), d.approach1(), d.approach2(),
                        List.of("internet"), "Een boek", 1)), List.of("dilemmas[0].otherKnowledgeSource")),
                Arguments.of("no chosen approach", form(d -> new DilemmaForm(d.problem(), d.approach1(), d.approach2(),
                        d.knowledgeSources(), null, null)), List.of("dilemmas[0].chosenApproach")),
                Arguments.of("approach 3 chosen", form(d -> new DilemmaForm(d.problem(), d.approach1(), d.approach2(),
                        d.knowledgeSources(), null, 3)), List.of("dilemmas[0].chosenApproach")),
                Arguments.of("an unknown function", new SubmissionForm(true, new BackgroundForm("wethouder", null, null, null),
                        List.of(DILEMMA), null), List.of("background.function")),
                Arguments.of("own words for a listed function", new SubmissionForm(true,
                        new BackgroundForm("klantmanager", "Teamleider", null, null), List.of(DILEMMA), null),
                        List.of("background.functionOther")),
                Arguments.of("unknown education and years", new SubmissionForm(true, new BackgroundForm(null, null, "mbo-4", "30"),
                        List.of(DILEMMA), null), List.of("background.educationLevel", "background.yearsInField")),
                Arguments.of("an over-long remark", new SubmissionForm(true, null, List.of(DILEMMA), "y".repeat(1001)), List.of("remark")),
                Arguments.of("everything wrong in the second dilemma", new SubmissionForm(true, null,
                        List.of(DILEMMA, new DilemmaForm("", "", "", null, null, null)), null),
                        List.of("dilemmas[1].problem", "dilemmas[1].approach1", "dilemmas[1].approach2",
                                "dilemmas[1].knowledgeSources", "dilemmas[1].chosenApproach")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongForms")
    void aWrongFormIsRefusedNamingEveryWrongField(String description, SubmissionForm form, List<String> fields) {
        Problem problem = catchThrowableOfType(Problem.class, () -> Submitting.check(form));

        assertThat(problem).as(description).isNotNull();
        assertThat(problem.status().value()).isEqualTo(422);
        assertThat(problem.type()).isEqualTo("ongeldige-invoer");
        assertThat(problem.errors()).extracting(FieldProblem::field).containsExactlyInAnyOrderElementsOf(fields);
    }

    static Stream<Arguments> personalData() {
        return Stream.of(
                Arguments.of("dilemmas[0].problem", form(d -> new DilemmaForm("Klant met BSN 111222333 wil werk.",
                        d.approach1(), d.approach2(), d.knowledgeSources(), null, 1))),
                Arguments.of("dilemmas[0].approach1", form(d -> new DilemmaForm(d.problem(), "Bel haar op 06-12345678",
                        d.approach2(), d.knowledgeSources(), null, 1))),
                Arguments.of("dilemmas[0].otherKnowledgeSource", form(d -> new DilemmaForm(d.problem(), d.approach1(),
                        d.approach2(), List.of("anders"), "Mail van jan@voorbeeld.nl", 1))),
                Arguments.of("background.functionOther", new SubmissionForm(true,
                        new BackgroundForm("anders", "Consulent, bereikbaar op 0612345678", null, null), List.of(DILEMMA), null)),
                Arguments.of("remark", new SubmissionForm(true, null, List.of(DILEMMA), "Stuur het naar NL91ABNA0417164300.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("personalData")
    void personalDataInAnyFreeTextIsRefusedNamingTheField(String field, SubmissionForm form) {
        Problem problem = catchThrowableOfType(Problem.class, () -> Submitting.check(form));

        assertThat(problem.status().value()).isEqualTo(422);
        assertThat(problem.type()).isEqualTo("persoonsgegevens");
        assertThat(problem.errors()).extracting(FieldProblem::field).containsExactly(field);
    }

    @Test
    void ordinaryNumbersInADilemmaAreNoPersonalData() {
        var form = form(d -> new DilemmaForm("Man van 27 jaar, MBO-4, 2 jaar werkloos, 1 kind; 3 sollicitaties per week.",
                d.approach1(), d.approach2(), d.knowledgeSources(), null, 1));

        assertThat(Submitting.check(form).dilemmas()).hasSize(1);
    }

    private static SubmissionForm form(UnaryOperator<DilemmaForm> change) {
        return new SubmissionForm(true, null, List.of(change.apply(DILEMMA)), null);
    }

    private static DilemmaForm dilemma(UnaryOperator<DilemmaForm> change) {
        return change.apply(DILEMMA);
    }
}
