package nl.kenniskompas.platform.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * An event waiting to be published, stored inside the document whose change it announces. Writing the change and
 * its pending event is one single-document write, so the two cannot diverge; the {@link OutboxRelay} publishes it
 * and then removes it. Until then it is pending; {@code attempts} counts failed sends.
 *
 * @param eventId the CloudEvents id, also the consumers' dedupe key
 * @param topic   Kafka topic
 * @param key     record key (keeps per-entity order)
 * @param type    CloudEvents type, versioned
 * @param tenant  the {@code tenant} extension
 * @param time    when the change happened
 * @param data    the event data as JSON
 */
public record OutboxMessage(
        String eventId,
        String topic,
        String key,
        String type,
        String tenant,
        Instant time,
        String data,
        int attempts,
        String lastError) {

    public static OutboxMessage pending(String topic, String key, String type, String tenant, Instant time, String data) {
        return new OutboxMessage(UUID.randomUUID().toString(), topic, key, type, tenant, time, data, 0, null);
    }
}
