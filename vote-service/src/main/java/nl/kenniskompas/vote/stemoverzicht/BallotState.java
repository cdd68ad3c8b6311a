package nl.kenniskompas.vote.stemoverzicht;

/**
 * What the projection remembers per ballot: the last version it applied and where that version was counted, so the
 * next change can take the vote out of exactly those cells.
 */
record BallotState(long ballotVersion, String optionId, String function, String yearsInField) {

    Delta.Counted counted() {
        return new Delta.Counted(optionId, function, yearsInField);
    }
}
