package nl.kenniskompas.platform.tenant;

/** The kinds of organisation professionals work for; breakdowns of the stemoverzicht use them. */
public enum OrganisationType {
    GEMEENTE,
    REGIONALE_WERKORGANISATIE,
    UWV
}
