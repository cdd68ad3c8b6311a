package nl.kenniskompas.vote.ballot;

import nl.kenniskompas.events.EventTypes;
import nl.kenniskompas.events.Topics;
import nl.kenniskompas.events.VoteCast;
import nl.kenniskompas.platform.outbox.OutboxMessage;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Maps a ballot change to the {@code vote-cast} contract. Keyed by ballot, so one voter's changes stay in order. */
@Component
class VoteCastAnnouncer implements Ballot.Announcer {

    private final JsonMapper json;

    VoteCastAnnouncer(JsonMapper json) {
        this.json = json;
    }

    @Override
    public OutboxMessage voteCast(Ballot ballot, String previousOptionId) {
        var event = new VoteCast(ballot.caseId(), ballot.caseVersion(), ballot.voter(), ballot.optionId(),
                previousOptionId, ballot.ballotVersion(), ballot.castAt(), ballot.function(), ballot.yearsInField());
        return OutboxMessage.pending(Topics.VOTE_CAST, ballot.id(), EventTypes.VOTE_CAST_V1, ballot.tenant(),
                ballot.castAt(), json.writeValueAsString(event));
    }
}
