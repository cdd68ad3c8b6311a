package nl.kenniskompas.vote.stemoverzicht;

/** What the projection remembers per ballot: the last version it applied and the option that version chose. */
record BallotState(long ballotVersion, String optionId) {
}
