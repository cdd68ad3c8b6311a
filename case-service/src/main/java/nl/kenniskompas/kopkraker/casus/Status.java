package nl.kenniskompas.kopkraker.casus;

/** Where a Kopkraker is in its editorial life; professionals only ever see {@link #PUBLISHED} ones. */
public enum Status {
    DRAFT,
    IN_REVIEW,
    SCHEDULED,
    PUBLISHED,
    ARCHIVED
}
