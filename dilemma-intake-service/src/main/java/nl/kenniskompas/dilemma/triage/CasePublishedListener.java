package nl.kenniskompas.dilemma.triage;

import nl.kenniskompas.dilemma.submissions.UsedFor;
import nl.kenniskompas.events.CasePublished;
import nl.kenniskompas.events.EventTypes;
import nl.kenniskompas.events.Topics;
import nl.kenniskompas.platform.events.EventJson;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Marks dilemmas as used when a Kopkraker that names them ({@code inspiredBy}) is published. Through the event, not a
 * call: case-service need not know this service exists. Idempotent: a redelivery or a later version of the same
 * Kopkraker changes nothing. Unreadable records go to the dead-letter topic (platform error handler).
 */
@Component
class CasePublishedListener {

    private static final Logger log = LoggerFactory.getLogger(CasePublishedListener.class);

    private final Triage triage;
    private final EventJson json;

    CasePublishedListener(Triage triage, EventJson json) {
        this.triage = triage;
        this.json = json;
    }

    @KafkaListener(topics = Topics.CASE_PUBLISHED)
    void on(ConsumerRecord<String, String> record) {
        var published = json.readIf(record, EventTypes.CASE_PUBLISHED_V1, CasePublished.class);
        if (published.isEmpty()) {
            return;
        }
        CasePublished event = published.get().data();
        if (event.caseId() == null) {
            throw new IllegalArgumentException("case-published event " + published.get().envelope().id() + " lacks a case id");
        }
        if (event.inspiredBy() == null) {
            return;
        }
        UsedFor kopkraker = new UsedFor(event.caseId(), event.number(), event.title());
        for (String dilemmaId : event.inspiredBy()) {
            if (!triage.usedFor(dilemmaId, kopkraker)) {
                log.warn("Kopkraker {} names praktijkdilemma {}, which was never submitted", event.caseId(), dilemmaId);
            }
        }
    }
}
