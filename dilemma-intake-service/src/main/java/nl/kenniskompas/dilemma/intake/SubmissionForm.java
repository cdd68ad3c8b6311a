package nl.kenniskompas.dilemma.intake;

import java.util.List;

/**
 * The intake form as the web app sends it. A field outside it (a name, an e-mail address) is refused with a 400
 * naming it (platform's strict JSON), so nothing about the respondent can slip into the store.
 *
 * @param consent    the informed consent; without it nothing is stored
 * @param background optional answers about the respondent
 * @param dilemmas   one or two
 * @param remark     the closing remark, optional
 */
record SubmissionForm(Boolean consent, BackgroundForm background, List<DilemmaForm> dilemmas, String remark) {

    record BackgroundForm(String function, String functionOther, String educationLevel, String yearsInField) {
    }

    /**
     * @param problem              "Wat was de vraag in de begeleiding van de cliënt? Wat moest worden opgelost?"
     * @param approach1            "Tussen welke twee manieren van aanpak twijfelde je?" — the first
     * @param approach2            the second
     * @param knowledgeSources     knowledge source codes, at least one
     * @param otherKnowledgeSource "Anders, namelijk …"
     * @param chosenApproach       1 or 2
     */
    record DilemmaForm(String problem, String approach1, String approach2, List<String> knowledgeSources,
                       String otherKnowledgeSource, Integer chosenApproach) {
    }
}
