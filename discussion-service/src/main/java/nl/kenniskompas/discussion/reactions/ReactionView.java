package nl.kenniskompas.discussion.reactions;

import java.time.Instant;
import java.util.List;

/**
 * A reaction as one reader sees it. A hidden reaction shows its text only to its author; a deleted one keeps its place
 * (for its replies) without text.
 *
 * @param authorOption   the option its author has chosen now (kept in step with their vote)
 * @param authorFunction the author's function, if their profile says
 * @param organisation   the author's organisation
 * @param mine           written by the reader
 */
record ReactionView(String id, String caseId, String parentId, String text, String visibility, Instant postedAt,
                    Instant editedAt, String authorOption, String authorFunction, String organisation, boolean mine,
                    int recognitions, boolean recognisedByMe, boolean hidden, boolean deleted, boolean reportedByMe,
                    List<ReactionView> replies) {
}
