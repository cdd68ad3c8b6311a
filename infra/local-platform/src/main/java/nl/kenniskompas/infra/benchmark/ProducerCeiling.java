package nl.kenniskompas.infra.benchmark;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * (a) The raw Kafka producer ceiling on the platform's broker: one producer, {@code acks=all}, idempotent, sending
 * ~300-byte JSON records shaped like {@code vote-cast} as fast as the broker acknowledges them, to a scratch topic with
 * vote-cast's six partitions (deleted afterwards). Counts acknowledged records only.
 */
final class ProducerCeiling {

    static final String TOPIC = "benchmark-producer-ceiling";
    private static final int PARTITIONS = 6;

    record Result(double recordsPerSecond, double megabytesPerSecond, int recordBytes, long failed) {
    }

    private ProducerCeiling() {
    }

    static Result measure(String bootstrapServers, Duration warmUp, Duration measure) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, PARTITIONS, (short) 1))).all().get(30, TimeUnit.SECONDS);
            try {
                return run(bootstrapServers, warmUp, measure);
            } finally {
                admin.deleteTopics(List.of(TOPIC)).all().get(30, TimeUnit.SECONDS);
            }
        }
    }

    private static Result run(String bootstrapServers, Duration warmUp, Duration measure) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                // The outbox relay's producer keeps the client defaults for batching; so does this one.
                ProducerConfig.CLIENT_ID_CONFIG, "benchmark-producer-ceiling");
        AtomicLong acknowledged = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        String value = sampleValue();
        int bytes = value.getBytes(StandardCharsets.UTF_8).length;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            long warmUpEnds = System.nanoTime() + warmUp.toNanos();
            long measureEnds = warmUpEnds + measure.toNanos();
            long ackedAtStart = -1;
            long startedAt = 0;
            for (long i = 0; ; i++) {
                long now = System.nanoTime();
                if (ackedAtStart < 0 && now >= warmUpEnds) {
                    ackedAtStart = acknowledged.get();
                    startedAt = now;
                }
                if (now >= measureEnds) {
                    break;
                }
                // Keys like vote-cast's (<tenant>:<case>:<voter>) spread records over the partitions.
                producer.send(new ProducerRecord<>(TOPIC, "gemeente-amsterdam:jeanne:p-" + i, value),
                        (metadata, error) -> (error == null ? acknowledged : failed).incrementAndGet());
            }
            long ackedAtEnd = acknowledged.get();
            double seconds = (System.nanoTime() - startedAt) / 1e9;
            producer.flush();
            double perSecond = (ackedAtEnd - ackedAtStart) / seconds;
            return new Result(perSecond, perSecond * bytes / 1e6, bytes, failed.get());
        }
    }

    /** A vote-cast record's JSON, padded to about 300 bytes. */
    static String sampleValue() {
        String json = "{\"caseId\":\"jeanne\",\"caseVersion\":1,\"voter\":\"p-3f9a6c0e1b2d4f5a8c7e9d0b1a2c3d4e5f60718293a4b5c6\","
                + "\"optionId\":\"B\",\"previousOptionId\":\"A\",\"ballotVersion\":2,\"castAt\":\"2026-11-25T18:00:00.123Z\","
                + "\"function\":\"klantmanager\",\"yearsInField\":\"5-10\",\"organisationType\":\"GEMEENTE\",\"pad\":\"";
        return json + "x".repeat(Math.max(0, 298 - json.length())) + "\"}";
    }
}
