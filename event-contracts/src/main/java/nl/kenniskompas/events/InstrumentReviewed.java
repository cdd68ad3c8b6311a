package nl.kenniskompas.events;

import java.time.Instant;

/**
 * A professional or a client reviewed an instrument. No personal data: no author, no text (only its length), and
 * client reviews come from a link that names nobody.
 * <p>
 * Topic {@value Topics#INSTRUMENT_REVIEWED}, type {@value EventTypes#INSTRUMENT_REVIEWED_V1}, key {@code reviewId};
 * {@code ce_tenant} is the organisation.
 *
 * @param reviewId     the review; a professional's changed review keeps its id
 * @param instrumentId the instrument
 * @param source       PROFESSIONAL or CLIENT
 * @param general      1–5
 * @param result       1–5, professionals only (else {@code null})
 * @param execution    1–5, professionals only (else {@code null})
 * @param textLength   characters of the text, 0 without
 * @param hidden       true once a moderator hid it
 * @param at           when
 */
public record InstrumentReviewed(
        String reviewId,
        String instrumentId,
        String source,
        int general,
        Integer result,
        Integer execution,
        int textLength,
        boolean hidden,
        Instant at) {
}
