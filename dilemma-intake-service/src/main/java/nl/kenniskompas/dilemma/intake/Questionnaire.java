package nl.kenniskompas.dilemma.intake;

import nl.kenniskompas.events.EducationLevel;
import nl.kenniskompas.events.KnowledgeSource;
import nl.kenniskompas.events.ProfessionalFunction;
import nl.kenniskompas.events.YearsInField;

import java.util.Arrays;
import java.util.List;

/**
 * The questionnaire of TNO's intake (seed 001, appendix 1) as the form shows it: the consent text, the answer
 * categories and the length limits. One place, so the form and the validation cannot disagree.
 */
record Questionnaire(String consent, List<Choice> functions, List<Choice> educationLevels, List<Choice> yearsInField,
                     List<Choice> knowledgeSources, Limits limits) {

    static final int MAX_DILEMMAS = 2;
    static final int MAX_PROBLEM = 2000;
    static final int MAX_APPROACH = 1000;
    static final int MAX_OTHER_SOURCE = 200;
    static final int MAX_FUNCTION_OTHER = 100;
    static final int MAX_REMARK = 1000;

    static final String CONSENT = """
            Met dit formulier verzamelen we dilemma's uit de praktijk van professionals in werk en inkomen. De \
            ontwikkelgroep maakt er nieuwe Kopkrakers van. Je antwoorden zijn anoniem: we bewaren niet wie je bent, \
            alleen je organisatie en de achtergrond die je zelf invult. Schrijf over de situatie, niet over wie het is: \
            geen namen, BSN, adressen, telefoonnummers of e-mailadressen. Je kunt stoppen wanneer je wilt; pas als je \
            verstuurt, bewaren we iets. Ingestuurde antwoorden kunnen we niet meer aan jou koppelen en dus ook niet \
            terugzoeken of verwijderen.""";

    record Choice(String code, String label) {
    }

    record Limits(int dilemmas, int problem, int approach, int otherKnowledgeSource, int functionOther, int remark) {
    }

    static Questionnaire current() {
        return new Questionnaire(CONSENT,
                Arrays.stream(ProfessionalFunction.values()).map(f -> new Choice(f.code(), f.label())).toList(),
                Arrays.stream(EducationLevel.values()).map(l -> new Choice(l.code(), l.label())).toList(),
                Arrays.stream(YearsInField.values()).map(y -> new Choice(y.code(), y.label())).toList(),
                Arrays.stream(KnowledgeSource.values()).map(s -> new Choice(s.code(), s.label())).toList(),
                new Limits(MAX_DILEMMAS, MAX_PROBLEM, MAX_APPROACH, MAX_OTHER_SOURCE, MAX_FUNCTION_OTHER, MAX_REMARK));
    }
}
