package nl.kenniskompas.vote.stemoverzicht;

import nl.kenniskompas.events.Topics;
import nl.kenniskompas.events.VoteCast;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.springframework.kafka.support.serializer.JacksonJsonSerde;
import nl.kenniskompas.platform.events.EventJson;

import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The stemoverzicht projection: {@code vote-cast} → per-ballot changes → counts per Kopkraker, per tenant and option.
 * Records that are not readable JSON go to {@code vote-cast-dlt} instead of stopping the stream. Rebuilding is
 * replaying the topic from offset zero under a new application id: the ballot memory makes the result the same.
 */
final class StemoverzichtTopology {

    static final String BALLOTS_STORE = "stemoverzicht-ballots";
    static final String TALLIES_STORE = "stemoverzicht-tallies";
    static final String CHANGES_REPARTITION = "stemoverzicht-changes";

    private StemoverzichtTopology() {
    }

    /** Builds the projection; {@code changes} hears every changed count (after caching, so at most per commit). */
    static KStream<String, String> build(StreamsBuilder builder, EventJson json, BiConsumer<String, Tally> changes) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(BALLOTS_STORE),
                Serdes.String(), serde(BallotState.class, json)));

        KStream<String, String> votes = builder.stream(Topics.VOTE_CAST, Consumed.with(Serdes.String(), Serdes.String()));
        Map<String, KStream<String, String>> branches = votes.split(Named.as("vote-cast-"))
                .branch((key, value) -> readable(json, value), Branched.as("readable"))
                .defaultBranch(Branched.as("unreadable"));
        branches.get("vote-cast-unreadable")
                .to(Topics.deadLetter(Topics.VOTE_CAST), Produced.with(Serdes.String(), Serdes.String()));

        branches.get("vote-cast-readable")
                .process(() -> new BallotChanges(json), Named.as("ballot-changes"), BALLOTS_STORE)
                .groupByKey(Grouped.with(CHANGES_REPARTITION, Serdes.String(), serde(Delta.class, json)))
                .aggregate(Tally::empty, (caseId, delta, tally) -> tally.apply(delta),
                        Materialized.<String, Tally, KeyValueStore<Bytes, byte[]>>as(TALLIES_STORE)
                                .withKeySerde(Serdes.String())
                                .withValueSerde(serde(Tally.class, json)))
                .toStream(Named.as("stemoverzicht-changed"))
                .foreach(changes::accept, Named.as("stemoverzicht-live"));
        return votes;
    }

    /** Only events the projection can apply pass; anything else would stop the stream thread on every retry. */
    private static boolean readable(EventJson json, String value) {
        try {
            VoteCast vote = json.read(value, VoteCast.class);
            return vote.caseId() != null && vote.optionId() != null && vote.voter() != null && vote.ballotVersion() > 0;
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    private static <T> Serde<T> serde(Class<T> type, EventJson json) {
        return new JacksonJsonSerde<T>(type, json.mapper()).noTypeInfo().ignoreTypeHeaders();
    }
}
