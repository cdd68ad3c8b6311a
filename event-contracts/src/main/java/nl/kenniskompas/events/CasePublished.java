package nl.kenniskompas.events;

import java.time.Instant;
import java.util.List;

/**
 * A version of a Kopkraker became visible to professionals. National content: {@code ce_tenant} is
 * {@value CloudEventAttributes#NATIONAL}.
 * <p>
 * Topic {@value Topics#CASE_PUBLISHED}, type {@value EventTypes#CASE_PUBLISHED_V1}, key {@code caseId}.
 *
 * @param caseId      stable id of the Kopkraker
 * @param version     the published version; votes refer to it
 * @param number      the Kopkraker's sequence number
 * @param title       its title
 * @param options     the options one can vote for in this version
 * @param audience    GEMEENTE, UWV or BEIDE
 * @param publishedAt the release moment
 * @param inspiredBy  ids of the praktijkdilemma's this Kopkraker grew from (added in v1, may be absent: treat as empty)
 */
public record CasePublished(
        String caseId,
        int version,
        int number,
        String title,
        List<Option> options,
        String audience,
        Instant publishedAt,
        List<String> inspiredBy) {

    public record Option(String id, String title) {
    }
}
