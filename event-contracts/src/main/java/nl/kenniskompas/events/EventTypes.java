package nl.kenniskompas.events;

/**
 * CloudEvents {@code type} values. The suffix is the contract version: within a version every change is additive;
 * a breaking change gets a new type, published next to the old one until consumers have moved.
 */
public final class EventTypes {

    public static final String VOTE_CAST_V1 = "nl.kenniskompas.vote-cast.v1";
    public static final String CASE_PUBLISHED_V1 = "nl.kenniskompas.case-published.v1";
    public static final String CASE_ARCHIVED_V1 = "nl.kenniskompas.case-archived.v1";
    public static final String REACTION_POSTED_V1 = "nl.kenniskompas.reaction-posted.v1";
    public static final String REACTION_MODERATED_V1 = "nl.kenniskompas.reaction-moderated.v1";
    public static final String DILEMMA_SUBMITTED_V1 = "nl.kenniskompas.dilemma-submitted.v1";
    public static final String DILEMMA_TRIAGED_V1 = "nl.kenniskompas.dilemma-triaged.v1";
    public static final String INSTRUMENT_PUBLISHED_V1 = "nl.kenniskompas.instrument-published.v1";
    public static final String INSTRUMENT_REVIEWED_V1 = "nl.kenniskompas.instrument-reviewed.v1";

    private EventTypes() {
    }
}
