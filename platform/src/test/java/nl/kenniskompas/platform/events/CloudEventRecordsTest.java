package nl.kenniskompas.platform.events;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import nl.kenniskompas.platform.outbox.OutboxMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What we put on Kafka is a CloudEvent 1.0 in binary mode, as the CloudEvents SDK reads it. */
class CloudEventRecordsTest {

    private final OutboxMessage message = OutboxMessage.pending("vote-cast", "uwv:jeanne:p-1", "nl.kenniskompas.vote-cast.v1",
            "uwv", Instant.parse("2026-11-25T10:15:30Z"), "{\"caseId\":\"jeanne\"}");

    @Test
    void theCloudEventsSdkReadsOurRecords() {
        ProducerRecord<String, String> record = CloudEventRecords.toRecord(message, "/kenniskompas/vote-service");
        var consumed = new ConsumerRecord<>(record.topic(), 0, 0L, record.key(), record.value().getBytes(StandardCharsets.UTF_8));
        record.headers().forEach(header -> consumed.headers().add(header));

        CloudEvent event = KafkaMessageFactory.createReader(consumed).toEvent();

        assertThat(event.getSpecVersion().toString()).isEqualTo("1.0");
        assertThat(event.getId()).isEqualTo(message.eventId());
        assertThat(event.getType()).isEqualTo("nl.kenniskompas.vote-cast.v1");
        assertThat(event.getSource().toString()).isEqualTo("/kenniskompas/vote-service");
        assertThat(event.getTime().toInstant()).isEqualTo(message.time());
        assertThat(event.getExtension("tenant")).isEqualTo("uwv");
        assertThat(event.getDataContentType()).isEqualTo("application/json");
        assertThat(new String(event.getData().toBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"caseId\":\"jeanne\"}");
    }

    @Test
    void envelopeRoundTripsAndAForeignRecordIsRefused() {
        ProducerRecord<String, String> record = CloudEventRecords.toRecord(message, "/kenniskompas/vote-service");
        var consumed = new ConsumerRecord<>(record.topic(), 0, 0L, record.key(), record.value());
        record.headers().forEach(header -> consumed.headers().add(header));

        var envelope = CloudEventRecords.envelopeOf(consumed);

        assertThat(envelope.id()).isEqualTo(message.eventId());
        assertThat(envelope.tenant()).isEqualTo("uwv");
        assertThatThrownBy(() -> CloudEventRecords.envelopeOf(new ConsumerRecord<>("vote-cast", 0, 0L, "k", "{}")))
                .isInstanceOf(CloudEventRecords.NotACloudEvent.class);
    }
}
