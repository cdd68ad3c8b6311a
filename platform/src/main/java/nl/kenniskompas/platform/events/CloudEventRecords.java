package nl.kenniskompas.platform.events;

import nl.kenniskompas.events.CloudEventAttributes;
import nl.kenniskompas.platform.outbox.OutboxMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * CloudEvents 1.0 in Kafka binary mode: attributes as {@code ce_} headers, JSON data as the record value. Written
 * by hand because it is a handful of headers; a test checks the CloudEvents SDK reads what we write.
 */
public final class CloudEventRecords {

    private CloudEventRecords() {
    }

    public static ProducerRecord<String, String> toRecord(OutboxMessage message, String source) {
        // The record's timestamp is the event's time, not the moment of sending: a relay may send much later, and an
        // event that states only a day (dilemma-submitted) must not reveal the moment through its record.
        var record = new ProducerRecord<String, String>(message.topic(), null, message.time().toEpochMilli(), message.key(),
                message.data());
        Headers headers = record.headers();
        put(headers, CloudEventAttributes.SPEC_VERSION, CloudEventAttributes.SPEC_VERSION_1_0);
        put(headers, CloudEventAttributes.ID, message.eventId());
        put(headers, CloudEventAttributes.TYPE, message.type());
        put(headers, CloudEventAttributes.SOURCE, source);
        put(headers, CloudEventAttributes.TIME, DateTimeFormatter.ISO_INSTANT.format(message.time()));
        put(headers, CloudEventAttributes.TENANT, message.tenant());
        put(headers, CloudEventAttributes.CONTENT_TYPE, "application/json");
        return record;
    }

    /** The envelope of a consumed record; fails on a record that is not a CloudEvent of ours. */
    public static Envelope envelopeOf(ConsumerRecord<?, ?> record) {
        Headers headers = record.headers();
        return new Envelope(
                required(headers, CloudEventAttributes.ID),
                required(headers, CloudEventAttributes.TYPE),
                required(headers, CloudEventAttributes.SOURCE),
                Instant.parse(required(headers, CloudEventAttributes.TIME)),
                required(headers, CloudEventAttributes.TENANT));
    }

    public record Envelope(String id, String type, String source, Instant time, String tenant) {
    }

    private static void put(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String required(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        if (header == null) {
            throw new NotACloudEvent("Record has no " + name + " header");
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    /** A record without the attributes we require: not worth retrying, it goes to the dead-letter topic. */
    public static class NotACloudEvent extends RuntimeException {
        public NotACloudEvent(String message) {
            super(message);
        }
    }
}
