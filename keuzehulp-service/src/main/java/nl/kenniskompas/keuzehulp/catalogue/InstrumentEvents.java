package nl.kenniskompas.keuzehulp.catalogue;

import nl.kenniskompas.events.EventTypes;
import nl.kenniskompas.events.InstrumentPublished;
import nl.kenniskompas.events.Topics;
import nl.kenniskompas.keuzehulp.vocabulary.Vocabulary;
import nl.kenniskompas.platform.outbox.OutboxMessage;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;

/** Maps instruments to the {@code instrument-published} contract. */
@Component
public class InstrumentEvents {

    private final JsonMapper json;

    InstrumentEvents(JsonMapper json) {
        this.json = json;
    }

    public OutboxMessage published(Instrument instrument, boolean retired, Instant at) {
        InstrumentContent content = instrument.content();
        var event = new InstrumentPublished(instrument.id(), instrument.key(), Math.max(1, instrument.publications()), content.name(),
                content.category(), content.evidence().level(), content.evidence().statutory(), content.facet("doel"),
                content.facet(Vocabulary.WERKWIJZE), instrument.origin() == null ? null : instrument.origin().templateId(),
                retired, at);
        return OutboxMessage.pending(Topics.INSTRUMENT_PUBLISHED, instrument.tenant() + ":" + instrument.id(),
                EventTypes.INSTRUMENT_PUBLISHED_V1, instrument.tenant(), at, json.writeValueAsString(event));
    }
}
