package nl.kenniskompas.kopkraker.redactie;

import nl.kenniskompas.kopkraker.casus.Status;

/** How the workflow's states read in Dutch messages. */
final class StatusNames {

    private StatusNames() {
    }

    static String of(Status status) {
        return switch (status) {
            case DRAFT -> "concept";
            case IN_REVIEW -> "ter review";
            case SCHEDULED -> "ingepland";
            case PUBLISHED -> "gepubliceerd";
            case ARCHIVED -> "gearchiveerd";
        };
    }
}
