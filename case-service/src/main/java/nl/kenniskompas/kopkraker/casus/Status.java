package nl.kenniskompas.kopkraker.casus;

/** Where a Kopkraker is in its editorial life; professionals only ever see {@link #PUBLISHED} ones. */
public enum Status {
    DRAFT,
    IN_REVIEW,
    SCHEDULED,
    PUBLISHED,
    ARCHIVED;

    /**
     * The editorial workflow: a draft goes to review; review sends it back or schedules it; a scheduled case can be
     * pulled back into review until it goes live; a published case can only be archived. Publishing itself is the
     * release schedule's move, never an editor's.
     */
    public boolean editorMayMoveTo(Status next) {
        return switch (this) {
            case DRAFT -> next == IN_REVIEW || next == ARCHIVED;
            case IN_REVIEW -> next == DRAFT || next == SCHEDULED;
            case SCHEDULED -> next == IN_REVIEW;
            case PUBLISHED -> next == ARCHIVED;
            case ARCHIVED -> false;
        };
    }
}
