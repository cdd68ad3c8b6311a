package nl.kenniskompas.keuzehulp.catalogue;

import java.time.Instant;

/** One line of an instrument's history: who changed what, when. */
public record AuditEntry(Instant at, String by, String change) {
}
