package nl.kenniskompas.vote.stemoverzicht;

import nl.kenniskompas.platform.problem.Problem;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.springframework.http.HttpStatus;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Reads the projection's counts from the local state store; never from the vote store. While the stream is not
 * running (starting, restoring, rebalancing) the store is not queryable and the answer is 503: partly restored counts
 * would be wrong, not just late. One instance holds every partition for now; with several instances a query must go
 * to the instance that owns the case's partition.
 */
@Component
class StemoverzichtQuery {

    private final StreamsBuilderFactoryBean streams;

    StemoverzichtQuery(StreamsBuilderFactoryBean streams) {
        this.streams = streams;
    }

    Tally tallyOf(String caseId) {
        KafkaStreams kafkaStreams = streams.getKafkaStreams();
        try {
            if (kafkaStreams == null) {
                throw new InvalidStateStoreException("Kafka Streams has not started");
            }
            ReadOnlyKeyValueStore<String, Tally> tallies = kafkaStreams.store(
                    StoreQueryParameters.fromNameAndType(StemoverzichtTopology.TALLIES_STORE, QueryableStoreTypes.keyValueStore()));
            Tally tally = tallies.get(caseId);
            return tally == null ? Tally.empty() : tally;
        } catch (InvalidStateStoreException notReadyYet) {
            throw new Problem(HttpStatus.SERVICE_UNAVAILABLE, "stemoverzicht-wordt-bijgewerkt",
                    "Het stemoverzicht wordt net bijgewerkt. Probeer het over een paar seconden opnieuw.", List.of());
        }
    }
}
