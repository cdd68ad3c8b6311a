package nl.kenniskompas.keuzehulp.reviews;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * A link a professional gives a client to review an instrument without an account. Stored by the hash of its token
 * (the token itself exists only in the link), with its organisation and instrument, and nothing about the client or
 * the professional. Single use: the client's review takes the link's id, so a second use cannot be stored.
 */
@Document("review-links")
record ReviewLink(@Id String tokenHash, String tenant, String instrumentId, Instant createdAt, Instant expiresAt, Instant usedAt) {

    ReviewLink used(Instant at) {
        return new ReviewLink(tokenHash, tenant, instrumentId, createdAt, expiresAt, at);
    }
}
