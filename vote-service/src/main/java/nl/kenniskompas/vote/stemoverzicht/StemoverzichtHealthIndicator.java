package nl.kenniskompas.vote.stemoverzicht;

import org.apache.kafka.streams.KafkaStreams;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** Readiness: the projection answers queries only while its stream runs. */
@Component
class StemoverzichtHealthIndicator extends AbstractHealthIndicator {

    private final StemoverzichtProjection projection;

    StemoverzichtHealthIndicator(StemoverzichtProjection projection) {
        this.projection = projection;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        KafkaStreams kafkaStreams = projection.kafkaStreams();
        KafkaStreams.State state = kafkaStreams == null ? null : kafkaStreams.state();
        if (state == KafkaStreams.State.RUNNING) {
            builder.up();
        } else {
            builder.down();
        }
        builder.withDetail("state", String.valueOf(state));
    }
}
