package nl.kenniskompas.vote.stemoverzicht;

import nl.kenniskompas.platform.problem.Problem;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the projection's counts from the local state store; never from the vote store. While the stream is not
 * running (starting, restoring, rebalancing) the store is not queryable and the answer is 503: partly restored counts
 * would be wrong, not just late. One instance holds every partition for now; with several instances a query must go
 * to the instance that owns the case's partition.
 */
@Component
class StemoverzichtQuery {

    private final StemoverzichtProjection projection;

    StemoverzichtQuery(StemoverzichtProjection projection) {
        this.projection = projection;
    }

    Tally tallyOf(String caseId) {
        try {
            Tally tally = tallies().get(caseId);
            return tally == null ? Tally.empty() : tally;
        } catch (InvalidStateStoreException notReadyYet) {
            throw notReady();
        }
    }

    /** Every case's counts, for comparing the projection with the votes. */
    Map<String, Tally> all() {
        Map<String, Tally> all = new TreeMap<>();
        try (KeyValueIterator<String, Tally> entries = tallies().all()) {
            entries.forEachRemaining(entry -> all.put(entry.key, entry.value));
            return all;
        } catch (InvalidStateStoreException notReadyYet) {
            throw notReady();
        }
    }

    private ReadOnlyKeyValueStore<String, Tally> tallies() {
        KafkaStreams kafkaStreams = projection.kafkaStreams();
        if (kafkaStreams == null) {
            throw new InvalidStateStoreException("Kafka Streams has not started");
        }
        return kafkaStreams.store(
                StoreQueryParameters.fromNameAndType(StemoverzichtTopology.TALLIES_STORE, QueryableStoreTypes.keyValueStore()));
    }

    private static Problem notReady() {
        return new Problem(HttpStatus.SERVICE_UNAVAILABLE, "stemoverzicht-wordt-bijgewerkt",
                "Het stemoverzicht wordt net bijgewerkt. Probeer het over een paar seconden opnieuw.", List.of());
    }
}
