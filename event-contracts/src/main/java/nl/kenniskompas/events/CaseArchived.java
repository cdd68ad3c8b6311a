package nl.kenniskompas.events;

import java.time.Instant;

/**
 * A redacteur took a published Kopkraker out of circulation. Professionals can no longer vote on it; votes already cast
 * and the stemoverzicht stay.
 * <p>
 * Topic {@value Topics#CASE_ARCHIVED}, type {@value EventTypes#CASE_ARCHIVED_V1}, key {@code <caseId>}, tenant
 * {@code national}.
 *
 * @param caseId     the Kopkraker
 * @param version    its last published version
 * @param archivedAt when it was archived
 */
public record CaseArchived(String caseId, int version, Instant archivedAt) {
}
