package nl.kenniskompas.events;

import java.time.Instant;

/**
 * Something happened to a posted reaction: a moderator hid or restored it, or its author edited or deleted it.
 * <p>
 * Topic {@value Topics#REACTION_MODERATED}, type {@value EventTypes#REACTION_MODERATED_V1}, key {@code <reactionId>};
 * the tenant ({@code ce_tenant}) is the author's organisation. Who moderated is not in the event, nor the reason's
 * text: only that it happened, so analytics can count reactions that are visible.
 *
 * @param reactionId the reaction
 * @param caseId     the Kopkraker
 * @param action     {@code HIDDEN}, {@code RESTORED}, {@code EDITED} or {@code DELETED}
 * @param at         when
 */
public record ReactionModerated(String reactionId, String caseId, String action, Instant at) {
}
