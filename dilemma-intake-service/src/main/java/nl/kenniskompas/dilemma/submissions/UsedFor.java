package nl.kenniskompas.dilemma.submissions;

/** A published Kopkraker that names the dilemma in its {@code inspiredBy}. */
public record UsedFor(String caseId, int number, String title) {
}
