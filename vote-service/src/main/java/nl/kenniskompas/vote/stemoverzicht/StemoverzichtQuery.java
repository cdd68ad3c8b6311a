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

/** Reads the projection's counts from the local state store; never from the vote store. */
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
                    StoreQueryParameters.fromNameAndType(StemoverzichtTopology.TALLIES_STORE, QueryableStoreTypes.<String, Tally>keyValueStore())
                            // During a rebalance the last committed counts are still right to show.
                            .enableStaleStores());
            Tally tally = tallies.get(caseId);
            return tally == null ? Tally.empty() : tally;
        } catch (InvalidStateStoreException notReadyYet) {
            throw new Problem(HttpStatus.SERVICE_UNAVAILABLE, "stemoverzicht-wordt-bijgewerkt",
                    "Het stemoverzicht wordt net bijgewerkt. Probeer het over een paar seconden opnieuw.", List.of());
        }
    }
}
