package nl.kenniskompas.dilemma.triage;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** A theme to sort dilemmas by: one of table 3 of TNO's report, or one the redactie added. */
@Document("themes")
public record Theme(@Id String code, String label, boolean builtIn, String addedBy, Instant addedAt) {
}
