package nl.kenniskompas.events;

import java.time.Instant;

/**
 * A professional explained a choice ("Waarom koos je dit?") or replied to such a reaction.
 * <p>
 * Topic {@value Topics#REACTION_POSTED}, type {@value EventTypes#REACTION_POSTED_V1}, key {@code <reactionId>}; the
 * tenant ({@code ce_tenant}) is the author's organisation. The text itself is not in the event: the topic is kept
 * forever, and a text a moderator later hides (because personal data slipped through after all) must not stay behind
 * in it. Analytics get what was chosen, by which function, how long the explanation was and how it was shared.
 *
 * @param reactionId   the reaction
 * @param caseId       the Kopkraker
 * @param parentId     the reaction this one replies to, or {@code null} for a reaction on the case
 * @param author       pseudonym of the author (the same keyed hash per tenant as a voter in {@code vote-cast})
 * @param authorOption the option the author had chosen when posting
 * @param function     the author's function from the profile the vote was cast with, or {@code null}
 * @param visibility   {@code ORGANISATIE} (own organisation) or {@code LANDELIJK} (every organisation)
 * @param textLength   number of characters of the text
 * @param postedAt     when it was posted
 */
public record ReactionPosted(
        String reactionId,
        String caseId,
        String parentId,
        String author,
        String authorOption,
        String function,
        String visibility,
        int textLength,
        Instant postedAt) {
}
