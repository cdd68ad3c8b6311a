package nl.kenniskompas.events;

import java.time.Instant;
import java.util.List;

/**
 * A redacteur (or the publication of a Kopkraker) changed where a praktijkdilemma stands: its theme, its status, or
 * the Kopkrakers it led to. Carries the whole triage state after the change, so a consumer keeps the latest per key.
 * <p>
 * Topic {@value Topics#DILEMMA_TRIAGED}, type {@value EventTypes#DILEMMA_TRIAGED_V1}, key {@code dilemmaId};
 * {@code ce_tenant} is the organisation the dilemma came from.
 *
 * @param dilemmaId  the dilemma
 * @param theme      theme code (table 3 of TNO's report, or one the redactie added), or {@code null}
 * @param themeLabel how the theme reads, so consumers need no list of their own
 * @param status     NIEUW, IN_BEHANDELING, GEBRUIKT or NIET_GEBRUIKT
 * @param reason     why it was not used, or {@code null}
 * @param kopkrakers the Kopkrakers (case ids) published with this dilemma in {@code inspiredBy}
 * @param changedAt  when
 */
public record DilemmaTriaged(
        String dilemmaId,
        String theme,
        String themeLabel,
        String status,
        String reason,
        List<String> kopkrakers,
        Instant changedAt) {
}
