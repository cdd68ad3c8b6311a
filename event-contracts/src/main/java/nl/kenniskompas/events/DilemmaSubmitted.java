package nl.kenniskompas.events;

import java.time.LocalDate;
import java.util.List;

/**
 * A professional handed in a praktijkdilemma through the intake form. One event per dilemma; the one or two dilemmas
 * of one form share a {@code submissionId}. The respondent is anonymous: no user id, pseudonym or name, only the
 * organisation ({@code ce_tenant}) and the optional background answers. The day stands in for the moment, so the
 * event cannot be matched to a sign-in.
 * <p>
 * Topic {@value Topics#DILEMMA_SUBMITTED}, type {@value EventTypes#DILEMMA_SUBMITTED_V1}, key {@code dilemmaId}.
 * Tables 1 and 2 of TNO's report (functions, knowledge sources) can be rebuilt from this topic alone; themes and the
 * Kopkrakers a dilemma led to follow on {@value Topics#DILEMMA_TRIAGED}.
 *
 * @param dilemmaId            the dilemma's id, e.g. {@code PD-0042}; a Kopkraker names it in {@code inspiredBy}
 * @param submissionId         random id of the form it came with: counts respondents, identifies nobody
 * @param dilemmasInSubmission 1 or 2
 * @param function             a {@link ProfessionalFunction} code, or {@code null} when not answered
 * @param functionOther        the respondent's own words when the function is {@code anders}
 * @param educationLevel       an {@link EducationLevel} code, or {@code null}
 * @param yearsInField         a {@link YearsInField} code, or {@code null}
 * @param problem              "wat moest worden opgelost?"
 * @param approach1            the first approach the respondent doubted between
 * @param approach2            the second
 * @param knowledgeSources     {@link KnowledgeSource} codes, at least one
 * @param otherKnowledgeSource the description when {@code anders} is among the sources
 * @param chosenApproach       1 or 2
 * @param remark               the closing remark of the form, or {@code null}
 * @param submittedOn          the day it was received (Europe/Amsterdam)
 */
public record DilemmaSubmitted(
        String dilemmaId,
        String submissionId,
        int dilemmasInSubmission,
        String function,
        String functionOther,
        String educationLevel,
        String yearsInField,
        String problem,
        String approach1,
        String approach2,
        List<String> knowledgeSources,
        String otherKnowledgeSource,
        int chosenApproach,
        String remark,
        LocalDate submittedOn) {
}
