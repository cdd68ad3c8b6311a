package nl.kenniskompas.events;

import java.time.Instant;

/**
 * A professional chose an option of a Kopkraker, for the first time or instead of an earlier choice.
 * <p>
 * Topic {@value Topics#VOTE_CAST}, type {@value EventTypes#VOTE_CAST_V1}, key {@code <tenant>:<caseId>:<voter>} so
 * one voter's changes stay in order. The tenant is the {@code ce_tenant} extension; event id and time are
 * {@code ce_id} and {@code ce_time}.
 *
 * @param caseId           the Kopkraker
 * @param caseVersion      the version of the Kopkraker the voter saw when choosing
 * @param voter            pseudonym of the voter, stable per tenant, never the user id
 * @param optionId         the chosen option
 * @param previousOptionId the option this vote replaces, or {@code null} for a first vote
 * @param ballotVersion    1 for the first vote, +1 for every change; a consumer applies a ballot version once
 * @param castAt           when the vote was accepted
 * @param function         the voter's function when casting, a {@link ProfessionalFunction} code, or {@code null}
 *                         when the profile does not say; a group for the stemoverzicht's breakdowns, never shown alone
 * @param yearsInField     the voter's years in the field when casting, a {@link YearsInField} code, or {@code null}
 */
public record VoteCast(
        String caseId,
        int caseVersion,
        String voter,
        String optionId,
        String previousOptionId,
        long ballotVersion,
        Instant castAt,
        String function,
        String yearsInField) {

    /** A vote without profile groups, as cast before professionals had a profile. */
    public VoteCast(String caseId, int caseVersion, String voter, String optionId, String previousOptionId,
                    long ballotVersion, Instant castAt) {
        this(caseId, caseVersion, voter, optionId, previousOptionId, ballotVersion, castAt, null, null);
    }
}
