package nl.kenniskompas.vote.stemoverzicht;

/**
 * One ballot change within a tenant: the vote leaves the cells it was counted in ({@code from}, null for a first
 * vote) for new ones. One record, so a reader never sees the −1 without its +1.
 */
record Delta(String tenant, Counted from, Counted to) {

    /** Where one vote is counted: its option, and the voter's profile groups when it was cast (null: not given). */
    record Counted(String optionId, String function, String yearsInField) {
    }
}
