package nl.kenniskompas.platform.privacy;

/** Kinds of personal data that must never be in a reaction, a praktijkdilemma or a review. */
public enum PersonalData {
    BSN("een burgerservicenummer (BSN)"),
    EMAIL("een e-mailadres"),
    PHONE("een telefoonnummer"),
    IBAN("een rekeningnummer (IBAN)"),
    ADDRESS("een postcode met huisnummer");

    private final String description;

    PersonalData(String description) {
        this.description = description;
    }

    /** Dutch, to complete "Hier staat …". */
    public String description() {
        return description;
    }
}
