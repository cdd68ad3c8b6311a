package nl.kenniskompas.events;

import java.time.Instant;
import java.util.List;

/**
 * An organisation published a version of an instrument in its Keuzehulp, or retired one ({@code retired}). No personal
 * data: the catalogue is the organisation's offer.
 * <p>
 * Topic {@value Topics#INSTRUMENT_PUBLISHED}, type {@value EventTypes#INSTRUMENT_PUBLISHED_V1}, key
 * {@code <tenant>:<instrumentId>}; {@code ce_tenant} is the organisation.
 *
 * @param instrumentId  the instrument's id
 * @param key           the organisation's own stable key for it (the CSV {@code id})
 * @param version       1 for the first publication, +1 for each later one
 * @param name          its name
 * @param category      route category code
 * @param evidenceLevel recognition ladder code
 * @param statutory     a statutory instrument (research findings instead of a ladder level)
 * @param goals         route goal codes
 * @param werkwijzen    {@link Werkwijze} codes
 * @param templateId    the national template it was copied from, or {@code null}
 * @param retired       true when it left the catalogue
 * @param at            when
 */
public record InstrumentPublished(
        String instrumentId,
        String key,
        long version,
        String name,
        String category,
        String evidenceLevel,
        boolean statutory,
        List<String> goals,
        List<String> werkwijzen,
        String templateId,
        boolean retired,
        Instant at) {
}
