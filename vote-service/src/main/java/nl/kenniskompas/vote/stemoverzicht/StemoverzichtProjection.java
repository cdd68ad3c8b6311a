package nl.kenniskompas.vote.stemoverzicht;

import nl.kenniskompas.platform.events.EventJson;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;

/**
 * Runs the stemoverzicht topology. It owns its {@link KafkaStreams} instead of leaving that to Spring's factory bean,
 * because a rebuild must start a fresh topology under a new application id: a new consumer group from offset zero with
 * new changelogs. The application id of the latest rebuild is remembered, so a restart continues with that projection.
 */
@Component
class StemoverzichtProjection implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StemoverzichtProjection.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

    private final Map<String, Object> config;
    private final EventJson json;
    private final LiveStemoverzicht live;
    private final ProjectionGenerations generations;
    private volatile KafkaStreams streams;
    private volatile String applicationId;

    StemoverzichtProjection(KafkaProperties kafka, KafkaConnectionDetails connection, EventJson json,
                            LiveStemoverzicht live, ProjectionGenerations generations) {
        this.config = kafka.buildStreamsProperties();
        this.config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, String.join(",", connection.getStreams().getBootstrapServers()));
        this.json = json;
        this.live = live;
        this.generations = generations;
    }

    @Override
    public synchronized void start() {
        applicationId = generations.current().orElse((String) config.get(StreamsConfig.APPLICATION_ID_CONFIG));
        streams = create(applicationId);
        streams.start();
    }

    @Override
    public synchronized void stop() {
        if (streams != null) {
            streams.close(CLOSE_TIMEOUT);
            streams = null;
        }
    }

    @Override
    public boolean isRunning() {
        return streams != null;
    }

    /** Null while stopped. Readers must expect the instance to change after a rebuild. */
    KafkaStreams kafkaStreams() {
        return streams;
    }

    String applicationId() {
        return applicationId;
    }

    /** Stops this projection, throws its local state away and starts an empty one under {@code newApplicationId}. */
    synchronized void restartAs(String newApplicationId) {
        KafkaStreams old = streams;
        if (old != null) {
            old.close(CLOSE_TIMEOUT);
            old.cleanUp();
        }
        log.info("Stemoverzicht projection restarts as {} (was {})", newApplicationId, applicationId);
        applicationId = newApplicationId;
        streams = create(newApplicationId);
        streams.start();
    }

    private KafkaStreams create(String id) {
        StreamsBuilder builder = new StreamsBuilder();
        StemoverzichtTopology.build(builder, json, live::changed);
        Properties properties = new Properties();
        properties.putAll(config);
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, id);
        return new KafkaStreams(builder.build(properties), properties);
    }
}
