package nl.kenniskompas.vote.stemoverzicht;

/** A change of one count: in a tenant, an option gained (+1) or lost (-1) a vote. */
record Delta(String tenant, String optionId, int change) {
}
