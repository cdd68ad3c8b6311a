package nl.kenniskompas.discussion.voters;

import nl.kenniskompas.events.CloudEventAttributes;
import nl.kenniskompas.events.EventTypes;
import nl.kenniskompas.events.Topics;
import nl.kenniskompas.events.VoteCast;
import nl.kenniskompas.platform.events.EventJson;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Mirrors {@code vote-cast} into {@link CaseVoter}s. Idempotent and order-proof: a ballot version that is not newer
 * than the one known changes nothing, so redeliveries and late arrivals are harmless.
 */
@Component
class VoteCastListener {


    private final CaseVoters voters;
    private final EventJson json;

    VoteCastListener(CaseVoters voters, EventJson json) {
        this.voters = voters;
        this.json = json;
    }

    @KafkaListener(topics = Topics.VOTE_CAST)
    void on(ConsumerRecord<String, String> record) {
        var cast = json.readIf(record, EventTypes.VOTE_CAST_V1, VoteCast.class);
        if (cast.isEmpty()) {
            return;
        }
        var envelope = cast.get().envelope();
        String tenant = envelope.tenant();
        VoteCast vote = cast.get().data();
        if (tenant == null || CloudEventAttributes.NATIONAL.equals(tenant) || vote.caseId() == null || vote.voter() == null
                || vote.optionId() == null) {
            throw new IllegalArgumentException("vote-cast event " + envelope.id() + " lacks a tenant, case, voter or option");
        }
        String id = CaseVoter.idOf(tenant, vote.caseId(), vote.voter());
        boolean newer = voters.findById(id).map(known -> vote.ballotVersion() > known.ballotVersion()).orElse(true);
        if (newer) {
            voters.save(new CaseVoter(id, tenant, vote.caseId(), vote.voter(), vote.optionId(), vote.function(),
                    vote.ballotVersion()));
        }
    }
}
