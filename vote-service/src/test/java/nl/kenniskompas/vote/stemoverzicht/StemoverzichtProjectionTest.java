package nl.kenniskompas.vote.stemoverzicht;

import nl.kenniskompas.events.Topics;
import nl.kenniskompas.events.VoteCast;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import nl.kenniskompas.platform.events.EventJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The projection's guarantees, on the real topology: moves, redelivery, replays, rebuilds and poison records. */
class StemoverzichtProjectionTest {

    // Configured like Boot's mapper for request bodies: strict. Events must still be read tolerantly.
    private final JsonMapper strict = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final List<TestRecord<String, String>> published = new ArrayList<>();
    @TempDir
    Path stateDir;
    private TopologyTestDriver driver;

    @BeforeEach
    void start() {
        driver = newDriver("first");
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void firstVotesAreCountedPerTenantAndNationwide() {
        publish(vote("uwv", "p-umar", "A", 1));
        publish(vote("uwv", "p-ursula", "B", 1));
        publish(vote("gemeente-amsterdam", "p-anna", "A", 1));

        Tally tally = tally();
        assertThat(tally.of("uwv")).containsExactlyInAnyOrderEntriesOf(Map.of("A", 1L, "B", 1L));
        assertThat(tally.of("gemeente-amsterdam")).containsExactlyInAnyOrderEntriesOf(Map.of("A", 1L));
        assertThat(tally.nationwide()).containsExactlyInAnyOrderEntriesOf(Map.of("A", 2L, "B", 1L));
    }

    @Test
    void aChangedVoteMovesInsteadOfAdding() {
        publish(vote("uwv", "p-umar", "A", 1));
        publish(vote("uwv", "p-umar", "B", 2));

        assertThat(tally().of("uwv")).containsExactlyInAnyOrderEntriesOf(Map.of("A", 0L, "B", 1L));
    }

    @Test
    void aChangedVoteLeavesTheProfileGroupsItWasCountedInEvenWhenTheProfileChangedMeanwhile() {
        publish(vote("uwv", "p-umar", "A", 1, "jobcoach", "0-5"));
        publish(vote("uwv", "p-rita", "A", 1, null, null));
        publish(vote("uwv", "p-umar", "B", 2, "klantmanager", "5-10"));

        Tally tally = tally();
        assertThat(tally.perFunction()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "jobcoach", Map.of("A", 0L),
                "klantmanager", Map.of("B", 1L),
                Tally.UNKNOWN, Map.of("A", 1L)));
        assertThat(tally.perYearsInField()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "0-5", Map.of("A", 0L),
                "5-10", Map.of("B", 1L),
                Tally.UNKNOWN, Map.of("A", 1L)));
        assertThat(tally.revision()).isEqualTo(3);
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        TestRecord<String, String> first = vote("uwv", "p-umar", "A", 1, "jobcoach", "20+");
        publish(first);
        Tally once = tally();

        publish(first);

        assertThat(tally()).isEqualTo(once);
        assertThat(tally().revision()).isEqualTo(1);
    }

    @Test
    void anOlderVersionArrivingLateIsIgnored() {
        publish(vote("uwv", "p-umar", "A", 1));
        publish(vote("uwv", "p-umar", "B", 2));

        publish(vote("uwv", "p-umar", "A", 1));

        assertThat(tally().of("uwv")).containsExactlyInAnyOrderEntriesOf(Map.of("A", 0L, "B", 1L));
    }

    @Test
    void rebuildingFromTheWholeTopicGivesTheSameCountsAsTheBallots() {
        publish(vote("uwv", "p-umar", "A", 1));
        publish(vote("gemeente-amsterdam", "p-anna", "B", 1));
        publish(vote("uwv", "p-umar", "B", 2));
        publish(vote("uwv", "p-umar", "B", 2));
        publish(vote("werkzaak-rivierenland", "p-wendy", "A", 1));
        publish(vote("gemeente-amsterdam", "p-anna", "A", 2));
        publish(vote("gemeente-amsterdam", "p-anna", "B", 3));
        Tally live = tally();

        driver.close();
        driver = newDriver("rebuild");
        List<TestRecord<String, String>> wholeTopic = List.copyOf(published);
        wholeTopic.forEach(record -> input(driver).pipeInput(record));

        // Final ballots: umar B (uwv), anna B (amsterdam), wendy A (werkzaak).
        assertThat(tally().nationwide()).containsExactlyInAnyOrderEntriesOf(Map.of("A", 1L, "B", 2L));
        assertThat(tally()).isEqualTo(live);
    }

    @Test
    void anEventWithAFieldAddedByANewerProducerStillCounts() {
        String newer = json.writeValueAsString(new VoteCast("jeanne", 1, "p-umar", "A", null, 1, Instant.now()))
                .replace("{", "{\"channel\":\"app\",");

        input(driver).pipeInput(new TestRecord<>("uwv:jeanne:p-umar", newer, headers("uwv"), Instant.now()));

        assertThat(tally().of("uwv")).containsEntry("A", 1L);
    }

    @Test
    void anUnreadableRecordGoesToTheDeadLetterTopicAndTheNextOneStillCounts() {
        TestOutputTopic<String, String> deadLetters = driver.createOutputTopic(Topics.deadLetter(Topics.VOTE_CAST),
                new StringDeserializer(), new StringDeserializer());

        input(driver).pipeInput(new TestRecord<>("uwv:jeanne:p-x", "{not json", headers("uwv"), Instant.now()));
        publish(vote("uwv", "p-umar", "A", 1));

        assertThat(deadLetters.readValuesToList()).containsExactly("{not json");
        assertThat(tally().of("uwv")).containsEntry("A", 1L);
    }

    private TopologyTestDriver newDriver(String applicationId) {
        StreamsBuilder builder = new StreamsBuilder();
        StemoverzichtTopology.build(builder, new EventJson(strict), (caseId, tally) -> { });
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.resolve(applicationId).toString());
        return new TopologyTestDriver(builder.build(), config);
    }

    private TestInputTopic<String, String> input(TopologyTestDriver target) {
        return target.createInputTopic(Topics.VOTE_CAST, new StringSerializer(), new StringSerializer());
    }

    private void publish(TestRecord<String, String> record) {
        published.add(record);
        input(driver).pipeInput(record);
    }

    private Tally tally() {
        KeyValueStore<String, Tally> store = driver.getKeyValueStore(StemoverzichtTopology.TALLIES_STORE);
        return store.get("jeanne");
    }

    private TestRecord<String, String> vote(String tenant, String voter, String option, long ballotVersion) {
        return vote(tenant, voter, option, ballotVersion, null, null);
    }

    private TestRecord<String, String> vote(String tenant, String voter, String option, long ballotVersion,
                                            String function, String yearsInField) {
        var event = new VoteCast("jeanne", 1, voter, option, null, ballotVersion, Instant.parse("2026-11-25T10:00:00Z"),
                function, yearsInField);
        return new TestRecord<>(tenant + ":jeanne:" + voter, json.writeValueAsString(event), headers(tenant), Instant.now());
    }

    private static RecordHeaders headers(String tenant) {
        var headers = new RecordHeaders();
        headers.add("ce_tenant", tenant.getBytes(StandardCharsets.UTF_8));
        return headers;
    }
}
