package nl.kenniskompas.discussion.reactions;

import nl.kenniskompas.events.EventTypes;
import nl.kenniskompas.events.ReactionModerated;
import nl.kenniskompas.events.ReactionPosted;
import nl.kenniskompas.events.Topics;
import nl.kenniskompas.platform.outbox.OutboxMessage;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;

/** Maps reactions to the {@code reaction-posted} and {@code reaction-moderated} contracts. Never the text. */
@Component
class ReactionAnnouncer {

    private final JsonMapper json;

    ReactionAnnouncer(JsonMapper json) {
        this.json = json;
    }

    OutboxMessage posted(Reaction reaction, String authorOption, String function) {
        var event = new ReactionPosted(reaction.id(), reaction.caseId(), reaction.parentId(), reaction.author(), authorOption,
                function, reaction.visibility().name(), reaction.text().length(), reaction.postedAt());
        return OutboxMessage.pending(Topics.REACTION_POSTED, reaction.id(), EventTypes.REACTION_POSTED_V1, reaction.tenant(),
                reaction.postedAt(), json.writeValueAsString(event));
    }

    OutboxMessage moderated(Reaction reaction, String action, Instant at) {
        var event = new ReactionModerated(reaction.id(), reaction.caseId(), action, at);
        return OutboxMessage.pending(Topics.REACTION_MODERATED, reaction.id(), EventTypes.REACTION_MODERATED_V1,
                reaction.tenant(), at, json.writeValueAsString(event));
    }
}
