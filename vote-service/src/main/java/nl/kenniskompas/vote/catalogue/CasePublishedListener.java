package nl.kenniskompas.vote.catalogue;

import nl.kenniskompas.events.CaseArchived;
import nl.kenniskompas.events.CasePublished;
import nl.kenniskompas.events.EventTypes;
import nl.kenniskompas.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;
import nl.kenniskompas.platform.events.EventJson;

/**
 * Keeps the catalogue of votable Kopkrakers in step with {@code case-published} and {@code case-archived}. Idempotent: an older or repeated
 * version never overwrites a newer one. Unreadable records go to the dead-letter topic (platform error handler).
 */
@Component
class CasePublishedListener {


    private final PublishedCases cases;
    private final EventJson json;

    CasePublishedListener(PublishedCases cases, EventJson json) {
        this.cases = cases;
        this.json = json;
    }

    @KafkaListener(topics = Topics.CASE_PUBLISHED)
    void on(ConsumerRecord<String, String> record) {
        var published = json.readIf(record, EventTypes.CASE_PUBLISHED_V1, CasePublished.class);
        if (published.isEmpty()) {
            return;
        }
        CasePublished event = published.get().data();
        if (event.caseId() == null || event.options() == null || event.options().isEmpty()) {
            throw new IllegalArgumentException("case-published event " + published.get().envelope().id() + " lacks a case id or options");
        }
        var known = cases.findById(event.caseId());
        // An archiving that arrived first (another topic) left a placeholder without options: fill it, keep it archived.
        boolean newer = known.map(case_ -> event.version() > case_.version() || case_.optionIds().isEmpty()).orElse(true);
        if (newer) {
            cases.save(new PublishedCase(event.caseId(), event.version(),
                    event.options().stream().map(CasePublished.Option::id).toList(),
                    known.map(PublishedCase::archived).orElse(false)));
        }
    }

    @KafkaListener(topics = Topics.CASE_ARCHIVED)
    void onArchived(ConsumerRecord<String, String> record) {
        var archived = json.readIf(record, EventTypes.CASE_ARCHIVED_V1, CaseArchived.class);
        if (archived.isEmpty()) {
            return;
        }
        CaseArchived event = archived.get().data();
        if (event.caseId() == null) {
            throw new IllegalArgumentException("case-archived event " + archived.get().envelope().id() + " lacks a case id");
        }
        cases.save(cases.findById(event.caseId())
                .map(PublishedCase::archivedNow)
                .orElseGet(() -> new PublishedCase(event.caseId(), event.version(), List.of(), true)));
    }
}
