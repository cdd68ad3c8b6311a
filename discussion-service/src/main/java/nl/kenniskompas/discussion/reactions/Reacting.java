package nl.kenniskompas.discussion.reactions;

import nl.kenniskompas.discussion.Texts;
import nl.kenniskompas.platform.limits.PostingLimits;
import nl.kenniskompas.discussion.voters.CaseVoter;
import nl.kenniskompas.discussion.voters.Voters;
import nl.kenniskompas.platform.outbox.FreshCopy;
import nl.kenniskompas.platform.outbox.OutboxRelay;
import nl.kenniskompas.platform.problem.Problem;
import nl.kenniskompas.platform.tenant.Caller;
import nl.kenniskompas.platform.tenant.Role;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Writing in a Kopkraker's conversation: reactions, replies one level deep, edits and deletions by the author, and
 * "herkenbaar". Only professionals who voted on the case take part, and nobody sees a reaction that is not shared
 * with their organisation: for them it does not exist (404).
 */
@Service
public class Reacting {

    static final int MAX_REACTION = 1000;
    static final int MAX_REPLY = 600;

    private final Reactions reactions;
    private final Voters voters;
    private final ReactionAnnouncer announcer;
    private final PostingLimits limits;
    private final MongoTemplate mongo;
    private final OutboxRelay relay;
    private final Clock clock;

    Reacting(Reactions reactions, Voters voters, ReactionAnnouncer announcer, PostingLimits limits, MongoTemplate mongo,
             OutboxRelay relay, Clock clock) {
        this.reactions = reactions;
        this.voters = voters;
        this.announcer = announcer;
        this.limits = limits;
        this.mongo = mongo;
        this.relay = relay;
        this.clock = clock;
    }

    Reaction post(Caller caller, String caseId, String text, boolean nationwide) {
        caller.require(Role.PROFESSIONAL);
        if (caseId == null || caseId.isBlank()) {
            throw Problem.invalidField("caseId", "Zeg bij welke Kopkraker je reageert.");
        }
        CaseVoter vote = voters.require(caller, caseId);
        String checked = Texts.required("text", text, MAX_REACTION);
        limits.take(caller.tenantId(), vote.voter());
        Reaction reaction = Reaction.post(UUID.randomUUID().toString(), caller.tenantId(), caseId, vote.voter(), checked,
                nationwide ? Visibility.LANDELIJK : Visibility.ORGANISATIE, now());
        reaction.announce(announcer.posted(reaction, vote.optionId(), vote.function()));
        return saved(reaction);
    }

    Reaction reply(Caller caller, String parentId, String text) {
        caller.require(Role.PROFESSIONAL);
        Reaction parent = readable(caller, parentId);
        if (parent.isReply()) {
            throw Problem.conflict("antwoord-op-antwoord",
                    "Je kunt alleen op een reactie antwoorden, niet op een antwoord. Antwoord op de reactie erboven.");
        }
        if (parent.deleted()) {
            throw Problem.conflict("reactie-verwijderd", "Deze reactie is verwijderd; antwoorden kan niet meer.");
        }
        CaseVoter vote = voters.require(caller, parent.caseId());
        String checked = Texts.required("text", text, MAX_REPLY);
        limits.take(caller.tenantId(), vote.voter());
        Reaction reply = parent.reply(UUID.randomUUID().toString(), caller.tenantId(), vote.voter(), checked, now());
        reply.announce(announcer.posted(reply, vote.optionId(), vote.function()));
        Reaction saved = saved(reply);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(parent.id())), new Update().inc("replyCount", 1), Reaction.class);
        return saved;
    }

    /** Edits and deletions are made to a fresh copy (see {@link FreshCopy}): often they follow the posting closely. */
    Reaction edit(Caller caller, String id, String text) {
        return FreshCopy.saved("Deze reactie", () -> {
            Reaction reaction = own(caller, id);
            String checked = Texts.required("text", text, reaction.isReply() ? MAX_REPLY : MAX_REACTION);
            Instant at = now();
            reaction.edit(checked, at);
            reaction.announce(announcer.moderated(reaction, "EDITED", at));
            return saved(reaction);
        });
    }

    Reaction delete(Caller caller, String id) {
        return FreshCopy.saved("Deze reactie", () -> {
            Reaction reaction = own(caller, id);
            Instant at = now();
            reaction.delete(at);
            reaction.announce(announcer.moderated(reaction, "DELETED", at));
            return saved(reaction);
        });
    }

    Reaction recognise(Caller caller, String id, boolean recognisable) {
        String me = voters.pseudonymOf(caller);
        String person = personKey(caller, me);
        return changeReadable(caller, id, reaction -> {
            if (reaction.author().equals(me) && reaction.tenant().equals(caller.tenantId())) {
                throw Problem.conflict("eigen-reactie", "Je eigen reactie kun je niet herkenbaar vinden.");
            }
            return recognisable ? reaction.recognise(person) : reaction.forget(person);
        });
    }

    Reaction report(Caller caller, String id, String reason) {
        String checked = Texts.required("reason", reason, 300);
        String person = personKey(caller, voters.pseudonymOf(caller));
        Instant at = now();
        return changeReadable(caller, id, reaction -> reaction.report(person, checked, at));
    }

    /** Many people may mark one reaction at the same moment: the change is made to a fresh copy (see {@link FreshCopy}). */
    private Reaction changeReadable(Caller caller, String id, java.util.function.Predicate<Reaction> change) {
        return FreshCopy.saved("Deze reactie", () -> {
            Reaction reaction = readable(caller, id);
            return change.test(reaction) ? reactions.save(reaction) : reaction;
        });
    }

    /**
     * A reaction the caller may read: shared with their organisation and on a case they voted on. Anything else is
     * "not found", also when it exists in another organisation.
     */
    Reaction readable(Caller caller, String id) {
        Reaction reaction = reactions.findById(id).filter(found -> found.readableBy(caller.tenantId()))
                .orElseThrow(() -> Problem.notFound("Er is geen reactie '" + id + "' voor jou."));
        voters.require(caller, reaction.caseId());
        return reaction;
    }

    private Reaction own(Caller caller, String id) {
        Reaction reaction = readable(caller, id);
        if (!reaction.tenant().equals(caller.tenantId()) || !reaction.author().equals(voters.pseudonymOf(caller))) {
            throw Problem.forbidden("Alleen de schrijver kan een reactie aanpassen of verwijderen.");
        }
        if (reaction.deleted()) {
            throw Problem.conflict("reactie-verwijderd", "Deze reactie is al verwijderd.");
        }
        return reaction;
    }

    private Reaction saved(Reaction reaction) {
        Reaction saved = reactions.save(reaction);
        relay.nudge(Reaction.COLLECTION, saved.id());
        return saved;
    }

    static String personKey(Caller caller, String pseudonym) {
        return caller.tenantId() + ":" + pseudonym;
    }

    private Instant now() {
        // MongoDB keeps milliseconds; so do we.
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
