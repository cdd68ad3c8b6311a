package nl.kenniskompas.platform.events;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON for event data. Reading is tolerant of fields it does not know: contracts grow additively within a version,
 * so a consumer must not reject an event because a producer is newer. (Request bodies stay strict: there an unknown
 * field is a client's mistake.)
 */
public final class EventJson {

    private static final Logger log = LoggerFactory.getLogger(EventJson.class);
    private final JsonMapper mapper;

    public EventJson(JsonMapper configured) {
        this.mapper = configured.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    public <T> T read(String data, Class<T> type) {
        return mapper.readValue(data, type);
    }

    /** A consumed event: its CloudEvents envelope and its data. */
    public record Event<T>(CloudEventRecords.Envelope envelope, T data) {
    }

    /**
     * The record as an event of {@code expectedType}, or empty when it is another type on the same topic (a newer
     * version, say): a consumer reads only what it knows and lets the rest pass. A record that is not a CloudEvent
     * fails ({@link CloudEventRecords.NotACloudEvent}), so the error handler parks it.
     */
    public <T> java.util.Optional<Event<T>> readIf(ConsumerRecord<?, String> record, String expectedType, Class<T> type) {
        var envelope = CloudEventRecords.envelopeOf(record);
        if (!expectedType.equals(envelope.type())) {
            log.info("Ignoring {} event {}: not a type this service reads", envelope.type(), envelope.id());
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Event<>(envelope, read(record.value(), type)));
    }

    public String write(Object event) {
        return mapper.writeValueAsString(event);
    }

    /** The tolerant mapper itself, for serdes that need one. */
    public JsonMapper mapper() {
        return mapper;
    }
}
