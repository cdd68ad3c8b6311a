package nl.kenniskompas.platform.tenant;

/** The kinds of organisation professionals work for; breakdowns of the stemoverzicht use them. */
public enum OrganisationType {
    GEMEENTE("Gemeenten"),
    REGIONALE_WERKORGANISATIE("Regionale werkorganisaties"),
    UWV("UWV");

    private final String label;

    OrganisationType(String label) {
        this.label = label;
    }

    /** Dutch name of the group, plural where it is one. */
    public String label() {
        return label;
    }
}
