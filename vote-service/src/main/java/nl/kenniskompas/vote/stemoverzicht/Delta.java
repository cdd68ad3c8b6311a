package nl.kenniskompas.vote.stemoverzicht;

/**
 * One ballot change within a tenant: a vote left {@code fromOption} (null for a first vote) for {@code toOption}.
 * One record, so a reader never sees the −1 without its +1.
 */
record Delta(String tenant, String fromOption, String toOption) {
}
