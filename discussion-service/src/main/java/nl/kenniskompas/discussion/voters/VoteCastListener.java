package nl.kenniskompas.discussion.voters;

import nl.kenniskompas.events.CloudEventAttributes;
import nl.kenniskompas.events.EventTypes;
import nl.kenniskompas.events.Topics;
import nl.kenniskompas.events.VoteCast;
import nl.kenniskompas.platform.events.CloudEventRecords;
import nl.kenniskompas.platform.events.EventJson;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Mirrors {@code vote-cast} into {@link CaseVoter}s. Idempotent and order-proof: a ballot version that is not newer
 * than the one known changes nothing, so redeliveries and late arrivals are harmless.
 */
@Component
class VoteCastListener {

    private static final Logger log = LoggerFactory.getLogger(VoteCastListener.class);

    private final CaseVoters voters;
    private final EventJson json;

    VoteCastListener(CaseVoters voters, EventJson json) {
        this.voters = voters;
        this.json = json;
    }

    @KafkaListener(topics = Topics.VOTE_CAST)
    void on(ConsumerRecord<String, String> record) {
        var envelope = CloudEventRecords.envelopeOf(record);
        if (!EventTypes.VOTE_CAST_V1.equals(envelope.type())) {
            log.info("Ignoring {} event {}: not a type this service reads", envelope.type(), envelope.id());
            return;
        }
        String tenant = envelope.tenant();
        VoteCast vote = json.read(record.value(), VoteCast.class);
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
