package nl.kenniskompas.kopkraker.release;

import nl.kenniskompas.events.CaseArchived;
import nl.kenniskompas.events.CasePublished;
import nl.kenniskompas.events.CloudEventAttributes;
import nl.kenniskompas.events.EventTypes;
import nl.kenniskompas.events.Topics;
import nl.kenniskompas.kopkraker.casus.Kopkraker;
import nl.kenniskompas.platform.outbox.OutboxMessage;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;

/** Maps a Kopkraker to its {@code case-published} and {@code case-archived} contracts: where the domain meets the event schemas. */
@Component
class Announcements {

    private final JsonMapper json;

    Announcements(JsonMapper json) {
        this.json = json;
    }

    OutboxMessage archived(Kopkraker kopkraker, Instant at) {
        var event = new CaseArchived(kopkraker.id(), kopkraker.version(), at);
        return OutboxMessage.pending(Topics.CASE_ARCHIVED, kopkraker.id(), EventTypes.CASE_ARCHIVED_V1,
                CloudEventAttributes.NATIONAL, at, json.writeValueAsString(event));
    }

    OutboxMessage published(Kopkraker kopkraker, Instant at) {
        var event = new CasePublished(kopkraker.id(), kopkraker.version(), kopkraker.number(), kopkraker.title(),
                kopkraker.options().stream().map(option -> new CasePublished.Option(option.id(), option.title())).toList(),
                kopkraker.audience().name(), at, kopkraker.inspiredBy());
        return OutboxMessage.pending(Topics.CASE_PUBLISHED, kopkraker.id(), EventTypes.CASE_PUBLISHED_V1,
                CloudEventAttributes.NATIONAL, at, json.writeValueAsString(event));
    }
}
