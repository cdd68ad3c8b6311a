package nl.kenniskompas.vote.stemoverzicht;

import nl.kenniskompas.events.Topics;
import nl.kenniskompas.platform.problem.Problem;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Rebuilds the stemoverzicht from {@code vote-cast} offset zero. The projection restarts under a new application id:
 * a new consumer group that starts at the beginning of the topic and new, empty changelogs, so nothing of the old state
 * survives. Queries answer 503 meanwhile. When the new projection has read up to where the topic ended at the start,
 * the old generation's internal topics are deleted and the result is compared with the ballots.
 * <p>
 * The topic is written only by the outbox relay, which does not use transactions: its end offset is the offset after
 * the last event, so "caught up" is exact.
 */
@Component
class ProjectionRebuild {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);
    private static final List<String> INTERNAL_TOPICS = List.of(
            "-" + StemoverzichtTopology.BALLOTS_STORE + "-changelog",
            "-" + StemoverzichtTopology.TALLIES_STORE + "-changelog",
            "-" + StemoverzichtTopology.CHANGES_REPARTITION + "-repartition");

    private final StemoverzichtProjection projection;
    private final ProjectionGenerations generations;
    private final KafkaAdmin kafkaAdmin;
    private final ProjectionCheck check;
    private final LiveStemoverzicht live;
    private final Clock clock;
    private final Duration timeout;
    private final AtomicBoolean running = new AtomicBoolean();

    ProjectionRebuild(StemoverzichtProjection projection, ProjectionGenerations generations, KafkaAdmin kafkaAdmin,
                      ProjectionCheck check, LiveStemoverzicht live, Clock clock,
                      @Value("${kenniskompas.stemoverzicht.rebuild-timeout:10m}") Duration timeout) {
        this.projection = projection;
        this.generations = generations;
        this.kafkaAdmin = kafkaAdmin;
        this.check = check;
        this.live = live;
        this.clock = clock;
        this.timeout = timeout;
    }

    Result rebuild() {
        if (!running.compareAndSet(false, true)) {
            throw Problem.conflict("herbouw-loopt-al", "Het stemoverzicht wordt al herbouwd.");
        }
        try (Admin admin = Admin.create(kafkaAdmin.getConfigurationProperties())) {
            long started = clock.millis();
            String previous = projection.applicationId();
            String next = baseOf(previous) + "-herbouw-" + started;
            Map<TopicPartition, Long> end = offsets(admin, Topics.VOTE_CAST, OffsetSpec.latest());
            long events = end.values().stream().mapToLong(Long::longValue).sum()
                    - offsets(admin, Topics.VOTE_CAST, OffsetSpec.earliest()).values().stream().mapToLong(Long::longValue).sum();

            log.info("Rebuilding the stemoverzicht from {} events: {} -> {}", events, previous, next);
            projection.restartAs(next);
            awaitCaughtUp(admin, next, end, started);
            generations.remember(next);
            deleteGeneration(admin, previous);
            live.closeAll();
            return new Result(next, events, clock.millis() - started, check.compare());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rebuilding the stemoverzicht", e);
        } catch (ExecutionException e) {
            throw new Problem(HttpStatus.SERVICE_UNAVAILABLE, "kafka-onbereikbaar",
                    "Kafka antwoordde niet tijdens het herbouwen: " + e.getCause().getMessage(), List.of());
        } finally {
            running.set(false);
        }
    }

    /**
     * Caught up means both sub-topologies are: first the one reading {@code vote-cast} (its offsets commit in the same
     * transaction as the deltas it writes to the repartition topic), then the one adding those deltas to the tallies.
     * Waiting for the first alone returned while the last deltas were still on their way to the tallies.
     */
    private void awaitCaughtUp(Admin admin, String applicationId, Map<TopicPartition, Long> end, long started)
            throws InterruptedException, ExecutionException {
        awaitCommitted(admin, applicationId, end, 0, started);
        String repartition = applicationId + "-" + StemoverzichtTopology.CHANGES_REPARTITION + "-repartition";
        // The repartition topic is written transactionally, so its last entry is a commit marker, which a consumer
        // never commits past until something follows it. One producer per instance (one stream thread) writes it, so
        // no other transaction's records can sit between the last delta and that marker.
        awaitCommitted(admin, applicationId, offsets(admin, repartition, OffsetSpec.latest()), 1, started);
    }

    private void awaitCommitted(Admin admin, String applicationId, Map<TopicPartition, Long> end, long markers,
                                long started) throws InterruptedException, ExecutionException {
        for (int round = 0; ; round++) {
            KafkaStreams kafkaStreams = projection.kafkaStreams();
            KafkaStreams.State state = kafkaStreams == null ? null : kafkaStreams.state();
            if (state == KafkaStreams.State.RUNNING) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(applicationId)
                        .partitionsToOffsetAndMetadata().get();
                if (round % 25 == 0) {
                    log.info("Rebuild of {}: committed {} of {}", applicationId, committed, end);
                }
                boolean caughtUp = end.entrySet().stream().allMatch(partition -> partition.getValue() == 0
                        || committed.get(partition.getKey()) != null
                        && committed.get(partition.getKey()).offset() >= partition.getValue() - markers);
                if (caughtUp) {
                    return;
                }
            } else if (round % 25 == 0) {
                log.info("Rebuild of {}: stream {}", applicationId, state);
            }
            if (clock.millis() - started > timeout.toMillis()) {
                throw new Problem(HttpStatus.SERVICE_UNAVAILABLE, "herbouw-duurt-te-lang",
                        "Het herbouwen is na " + timeout + " nog niet bij; het gaat door op de achtergrond.", List.of());
            }
            Thread.sleep(200);
        }
    }

    /** Read-committed offsets: the end of what a consumer of the projection can see. */
    private static Map<TopicPartition, Long> offsets(Admin admin, String topic, OffsetSpec spec)
            throws InterruptedException, ExecutionException {
        var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic)
                .partitions().stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .collect(Collectors.toMap(Function.identity(), partition -> spec));
        return admin.listOffsets(partitions, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
    }

    /** The previous generation is no longer read; its changelogs and repartition topic would only use space. */
    private static void deleteGeneration(Admin admin, String applicationId) {
        List<String> topics = INTERNAL_TOPICS.stream().map(suffix -> applicationId + suffix).toList();
        try {
            admin.deleteTopics(topics).all().get();
        } catch (ExecutionException | InterruptedException e) {
            log.warn("Could not delete the internal topics of {}: {}", applicationId, e.toString());
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String baseOf(String applicationId) {
        int rebuilt = applicationId.indexOf("-herbouw-");
        return rebuilt < 0 ? applicationId : applicationId.substring(0, rebuilt);
    }

    /**
     * @param applicationId the projection's new application id
     * @param events        events on the topic when the rebuild began, all replayed
     * @param rebuiltInMs   time from the start until caught up and compared
     * @param comparison    the rebuilt projection compared with the ballots
     */
    record Result(String applicationId, long events, long rebuiltInMs, ProjectionCheck.Report comparison) {
    }
}
