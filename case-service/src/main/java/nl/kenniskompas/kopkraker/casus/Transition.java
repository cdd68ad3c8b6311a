package nl.kenniskompas.kopkraker.casus;

import java.time.Instant;

/** One step in a Kopkraker's editorial life, for the audit trail: from, to, who, when. */
public record Transition(Status from, Status to, String by, Instant at) {
}
