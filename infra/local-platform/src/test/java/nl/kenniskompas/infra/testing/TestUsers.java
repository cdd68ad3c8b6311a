package nl.kenniskompas.infra.testing;

import java.util.List;

/**
 * Which demo user each end-to-end test signs in as. The tests share one platform (and so one set of votes); keeping
 * their voters apart keeps every test's expectations exact whatever the order they run in.
 */
public final class TestUsers {

    /** Vote through the API in {@code VotingAcrossTenantsIT}: two of Amsterdam, one of Rivierenland, one of UWV. */
    public static final String ANNA = "anna";
    public static final String MO = "mo";
    public static final String WENDY = "wendy";
    public static final String UMAR = "umar";

    /** Votes through the browser in {@code BrowserSignInAndVoteIT}. */
    public static final String BROWSER_VOTER = "ilse";

    /**
     * Chooses B on Jeanne before {@link #BROWSER_VOTER} chooses A, so her organisation's figures can be shown. The same
     * choice {@code VotingAcrossTenantsIT} makes for {@link #MO}: whichever runs first, the other repeats it.
     */
    public static final String BROWSER_VOTERS_COLLEAGUE = MO;

    /** A professional no test lets vote. */
    public static final String NEVER_VOTES = "bas";

    /** All demo users with the professional role: everyone who can have a vote. */
    public static final List<String> PROFESSIONALS = List.of("anna", "mo", "ilse", "wendy", "bas", "umar");

    private TestUsers() {
    }
}
