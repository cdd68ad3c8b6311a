package nl.kenniskompas.kopkraker.casus;

import java.time.Instant;

/** A version of a Kopkraker that was live and has been corrected since: what professionals who voted on it saw. */
public record PreviousVersion(int version, Content content, Instant publishedAt, Instant replacedAt) {
}
