package nl.kenniskompas.dilemma.submissions;

import java.time.Instant;

/**
 * One line of a dilemma's audit trail: what changed, by whom (a redacteur's name, or the publication that used it).
 * The respondent never appears here: the intake is anonymous.
 */
public record TriageEntry(Instant at, String by, String change) {
}
