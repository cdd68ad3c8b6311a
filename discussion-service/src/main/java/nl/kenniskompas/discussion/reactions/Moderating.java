package nl.kenniskompas.discussion.reactions;

import nl.kenniskompas.discussion.Texts;
import nl.kenniskompas.platform.outbox.FreshCopy;
import nl.kenniskompas.platform.outbox.OutboxRelay;
import nl.kenniskompas.platform.problem.Problem;
import nl.kenniskompas.platform.pseudonym.Pseudonyms;
import nl.kenniskompas.platform.tenant.Caller;
import nl.kenniskompas.platform.tenant.Role;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A moderator looks after the reactions written in their own organisation: the reported ones first; hiding or
 * restoring always with a reason, recorded in the reaction's audit trail. Reactions of other organisations do not
 * exist for them (404), also when shared nationwide: their own moderators handle those.
 */
@Service
class Moderating {

    private final Reactions reactions;
    private final ReactionAnnouncer announcer;
    private final Pseudonyms pseudonyms;
    private final OutboxRelay relay;
    private final Clock clock;

    Moderating(Reactions reactions, ReactionAnnouncer announcer, Pseudonyms pseudonyms, OutboxRelay relay, Clock clock) {
        this.reactions = reactions;
        this.announcer = announcer;
        this.pseudonyms = pseudonyms;
        this.relay = relay;
        this.clock = clock;
    }

    enum Queue { GEMELD, VERBORGEN }

    List<Reaction> queue(Caller caller, Queue queue) {
        caller.require(Role.MODERATOR);
        return queue == Queue.VERBORGEN
                ? reactions.findByTenantAndHiddenTrueOrderByPostedAtDesc(caller.tenantId())
                : reactions.findByTenantAndOpenReportsGreaterThanOrderByOpenReportsDescPostedAtAsc(caller.tenantId(), 0);
    }

    Reaction hide(Caller caller, String id, String reason) {
        return decide(caller, id, reason, true);
    }

    Reaction restore(Caller caller, String id, String reason) {
        return decide(caller, id, reason, false);
    }

    private Reaction decide(Caller caller, String id, String reason, boolean hide) {
        caller.require(Role.MODERATOR);
        String why = Texts.required("reason", reason, 300);
        String moderator = "moderator:" + pseudonyms.of(caller.tenantId(), caller.subject());
        return FreshCopy.saved("Deze reactie", () -> {
            Reaction reaction = reactions.findById(id).filter(found -> found.tenant().equals(caller.tenantId()))
                    .orElseThrow(() -> Problem.notFound("Er is geen reactie '" + id + "' in jouw organisatie."));
            if (hide == reaction.hidden()) {
                throw Problem.conflict(hide ? "al-verborgen" : "niet-verborgen",
                        hide ? "Deze reactie is al verborgen." : "Deze reactie is niet verborgen.");
            }
            Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            if (hide) {
                reaction.hide(moderator, why, at);
            } else {
                reaction.restore(moderator, why, at);
            }
            reaction.announce(announcer.moderated(reaction, hide ? "HIDDEN" : "RESTORED", at));
            Reaction saved = reactions.save(reaction);
            relay.nudge(Reaction.COLLECTION, saved.id());
            return saved;
        });
    }
}
