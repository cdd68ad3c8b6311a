package nl.kenniskompas.dilemma.submissions;

/** Where a praktijkdilemma stands for the redactie. */
public enum Status {
    NIEUW("Nieuw"),
    IN_BEHANDELING("In behandeling"),
    /** Set only when a Kopkraker that names the dilemma is published (the {@code case-published} event). */
    GEBRUIKT("Gebruikt voor een Kopkraker"),
    NIET_GEBRUIKT("Niet gebruikt");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
