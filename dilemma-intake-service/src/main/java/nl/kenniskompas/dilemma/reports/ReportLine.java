package nl.kenniskompas.dilemma.reports;

import java.time.LocalDate;
import java.util.List;

/**
 * One dilemma as the reports count it. Built from the store by this service, and by any consumer from
 * {@code dilemma-submitted} (everything but theme and Kopkrakers) and {@code dilemma-triaged} (those two).
 *
 * @param submissionId   the form it came with: one respondent
 * @param function       the respondent's function code, or {@code null}
 * @param knowledgeSources its knowledge source codes
 * @param theme          theme code, or {@code null} while it has none
 * @param kopkrakers     case ids of the Kopkrakers it led to
 */
public record ReportLine(String submissionId, LocalDate receivedOn, String function, String educationLevel,
                         String yearsInField, List<String> knowledgeSources, String theme, List<String> kopkrakers) {
}
