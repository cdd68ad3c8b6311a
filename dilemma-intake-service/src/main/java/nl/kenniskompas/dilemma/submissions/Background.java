package nl.kenniskompas.dilemma.submissions;

/**
 * What a respondent chose to tell about themselves, as codes of the questionnaire's vocabularies; every part optional.
 * Nothing here identifies a person: no name, no user id, no field of study.
 *
 * @param function       a {@link nl.kenniskompas.events.ProfessionalFunction} code or {@code null}
 * @param functionOther  own words for "anders, namelijk …", only with function {@code anders}
 * @param educationLevel an {@link nl.kenniskompas.events.EducationLevel} code or {@code null}
 * @param yearsInField   a {@link nl.kenniskompas.events.YearsInField} code or {@code null}
 */
public record Background(String function, String functionOther, String educationLevel, String yearsInField) {

    public static final Background NONE = new Background(null, null, null, null);
}
