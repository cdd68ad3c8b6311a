package nl.kenniskompas.platform.outbox;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import nl.kenniskompas.platform.testing.KafkaProbe;
import nl.kenniskompas.platform.testing.SharedInfrastructure;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The outbox against the real broker and store: published in order, removed only when acknowledged, never lost. */
class OutboxRelayIT {

    private final String topic = "outbox-test-" + UUID.randomUUID();
    private MongoClient client;
    private MongoTemplate mongo;
    private final List<OutboxRelay> relays = new ArrayList<>();

    @BeforeEach
    void connect() throws Exception {
        // Created up front: waiting for auto-creation could outlast the producer's short blocking timeout on a busy CI.
        try (var admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedInfrastructure.kafkaBootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        client = MongoClients.create(SharedInfrastructure.mongoUri("outbox-test"));
        mongo = new MongoTemplate(client, "outbox-test-" + UUID.randomUUID());
    }

    @AfterEach
    void close() {
        relays.forEach(OutboxRelay::close);
        client.close();
    }

    @Test
    void pendingEventsArePublishedInOrderAndThenRemoved() {
        var first = message("uwv:jeanne:p-1", "{\"n\":1}");
        var second = message("uwv:jeanne:p-1", "{\"n\":2}");
        mongo.insert(new Document("_id", "ballot-1").append("optionId", "B").append("outbox", List.of(asDocument(first), asDocument(second))), "ballots");
        OutboxRelay relay = relay(SharedInfrastructure.kafkaBootstrapServers());

        assertThat(relay.flush()).isEqualTo(2);

        List<ConsumerRecord<String, String>> published = consume(2);
        assertThat(published).extracting(ConsumerRecord::value).containsExactly("{\"n\":1}", "{\"n\":2}");
        assertThat(new String(published.get(0).headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8))
                .isEqualTo(first.eventId());
        assertThat(pendingOf("ballot-1")).isEmpty();
        assertThat(mongo.findById("ballot-1", Document.class, "ballots").getString("optionId")).isEqualTo("B");
    }

    @Test
    void relaysOfTwoInstancesSendEachEventOnce() throws Exception {
        var message = message("uwv:jesse:p-3", "{\"n\":4}");
        mongo.insert(new Document("_id", "ballot-3").append("revision", 0L).append("outbox", List.of(asDocument(message))), "ballots");
        OutboxRelay first = relay(SharedInfrastructure.kafkaBootstrapServers());
        OutboxRelay second = relay(SharedInfrastructure.kafkaBootstrapServers());

        var both = java.util.concurrent.Executors.newFixedThreadPool(2);
        var one = both.submit(first::flush);
        var other = both.submit(second::flush);
        int sent = one.get() + other.get();
        both.shutdown();

        assertThat(sent).isEqualTo(1);
        assertThat(consume(1)).hasSize(1);
        assertThat(pendingOf("ballot-3")).isEmpty();
    }

    @Test
    void aDocumentAnotherRelayHoldsWaitsUntilItsClaimIsReleasedOrExpires() {
        mongo.insert(new Document("_id", "held").append("outbox", List.of(asDocument(message("uwv:held:p-1", "{\"n\":1}")))), "ballots");
        mongo.insert(new Document("_id", "abandoned").append("outbox", List.of(asDocument(message("uwv:abandoned:p-1", "{\"n\":2}")))), "ballots");
        mongo.insert(new Document("_id", "ballots:held").append("by", "another relay")
                .append("until", java.util.Date.from(java.time.Instant.now().plusSeconds(60))), OutboxRelay.CLAIMS);
        mongo.insert(new Document("_id", "ballots:abandoned").append("by", "a relay that died")
                .append("until", java.util.Date.from(java.time.Instant.now().minusSeconds(1))), OutboxRelay.CLAIMS);
        OutboxRelay relay = relay(SharedInfrastructure.kafkaBootstrapServers());

        assertThat(relay.flush()).as("only the abandoned one").isEqualTo(1);

        assertThat(pendingOf("held")).hasSize(1);
        assertThat(pendingOf("abandoned")).isEmpty();
        assertThat(consume(1)).extracting(ConsumerRecord::value).containsExactly("{\"n\":2}");
        mongo.remove(Query.query(Criteria.where("_id").is("ballots:held")), OutboxRelay.CLAIMS);
        assertThat(relay.flush()).as("released: now it goes").isEqualTo(1);
        assertThat(mongo.count(new Query(), OutboxRelay.CLAIMS)).isZero();
    }

    @Test
    void aBacklogLargerThanOnePassDrainsWithoutWaitingForTheInterval() {
        List<Document> backlog = new ArrayList<>();
        for (int i = 0; i < 700; i++) {
            backlog.add(new Document("_id", "backlog-" + i).append("revision", 0L)
                    .append("outbox", List.of(asDocument(message("uwv:backlog:p-" + i, "{\"n\":" + i + "}")))));
        }
        mongo.insert(backlog, "ballots");
        OutboxRelay relay = relay(SharedInfrastructure.kafkaBootstrapServers());

        assertThat(relay.flush()).as("one pass takes a batch of 500 documents").isEqualTo(500);

        // The next pass follows at once (the relay's interval in this test is an hour).
        await().atMost(Duration.ofSeconds(30)).until(() ->
                mongo.count(Query.query(Criteria.where("outbox.0").exists(true)), "ballots") == 0);
        assertThat(consume(700)).extracting(ConsumerRecord::value).doesNotHaveDuplicates().hasSize(700);
        assertThat(mongo.count(new Query(), OutboxRelay.CLAIMS)).as("every claim released").isZero();
    }

    @Test
    void aWriterPointsTheRelayAtItsDocumentAndTheSearchCatchesWhatNobodyPointedAt() {
        OutboxRelay relay = relay(SharedInfrastructure.kafkaBootstrapServers());
        relay.flush(); // the first search, over an empty collection; the next one is an hour away

        mongo.insert(new Document("_id", "pointed").append("revision", 0L)
                .append("outbox", List.of(asDocument(message("uwv:a:p-1", "{\"n\":\"pointed\"}")))), "ballots");
        mongo.insert(new Document("_id", "forgotten").append("revision", 0L)
                .append("outbox", List.of(asDocument(message("uwv:b:p-2", "{\"n\":\"forgotten\"}")))), "ballots");
        relay.nudge("ballots", "pointed");

        await().atMost(Duration.ofSeconds(20)).until(() -> pendingOf("pointed").isEmpty());
        assertThat(pendingOf("forgotten")).hasSize(1);

        relay.nudge();

        await().atMost(Duration.ofSeconds(20)).until(() -> pendingOf("forgotten").isEmpty());
        assertThat(consume(2)).extracting(ConsumerRecord::value).containsExactly("{\"n\":\"pointed\"}", "{\"n\":\"forgotten\"}");
    }

    @Test
    void anEventThatCannotBeSentStaysPendingAndGoesOutLater() {
        var message = message("uwv:frank:p-2", "{\"n\":3}");
        mongo.insert(new Document("_id", "ballot-2").append("outbox", List.of(asDocument(message))), "ballots");
        OutboxRelay unreachable = relay("localhost:1");

        assertThat(unreachable.flush()).isZero();
        assertThat(pendingOf("ballot-2")).singleElement()
                .satisfies(pending -> assertThat(pending.getInteger("attempts")).isEqualTo(1));

        OutboxRelay reachable = relay(SharedInfrastructure.kafkaBootstrapServers());
        reachable.nudge();

        await().atMost(Duration.ofSeconds(20)).until(() -> pendingOf("ballot-2").isEmpty());
        assertThat(consume(1)).extracting(ConsumerRecord::value).containsExactly("{\"n\":3}");
    }

    @Test
    void aWriterSavingTheWholeDocumentWhileItsEventsAreInFlightGetsNothingSentTwice() {
        var first = message("uwv:olivier:p-4", "{\"n\":5}");
        var second = message("uwv:olivier:p-4", "{\"n\":6}");
        mongo.insert(new Document("_id", "ballot-4").append("revision", 0L).append("outbox", List.of(asDocument(first))), "ballots");
        AtomicBoolean writerPending = new AtomicBoolean(true);
        var template = new KafkaTemplate<String, String>(producers(SharedInfrastructure.kafkaBootstrapServers())) {
            @Override
            public CompletableFuture<SendResult<String, String>> send(ProducerRecord<String, String> record) {
                if (writerPending.getAndSet(false)) {
                    // A service saves the document it read after the claim, as Spring Data's save() does: the whole
                    // document, with its own fields only (so without the relay's claim), one more event, next version.
                    Document current = mongo.findById("ballot-4", Document.class, "ballots");
                    mongo.getCollection("ballots").replaceOne(new Document("_id", "ballot-4"), new Document("_id", "ballot-4")
                            .append("revision", current.getLong("revision") + 1)
                            .append("outbox", List.of(current.getList("outbox", Document.class).get(0), asDocument(second))));
                }
                return super.send(record);
            }
        };
        OutboxRelay relay = relay(template);

        relay.flush();
        relay.flush();

        assertThat(consume(2)).extracting(ConsumerRecord::value).containsExactly("{\"n\":5}", "{\"n\":6}");
        assertThat(pendingOf("ballot-4")).isEmpty();
    }

    private OutboxRelay relay(String bootstrapServers) {
        return relay(new KafkaTemplate<>(producers(bootstrapServers)));
    }

    private OutboxRelay relay(KafkaTemplate<String, String> template) {
        var relay = new OutboxRelay(mongo, template, List.of("ballots"), "/kenniskompas/test",
                Duration.ofHours(1), Duration.ofSeconds(5), Duration.ofHours(1));
        relays.add(relay);
        return relay;
    }

    private static DefaultKafkaProducerFactory<String, String> producers(String bootstrapServers) {
        return new DefaultKafkaProducerFactory<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 1_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 2_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 1_000,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }

    private OutboxMessage message(String key, String data) {
        return OutboxMessage.pending(topic, key, "nl.kenniskompas.test.v1", "uwv", Instant.now(), data);
    }

    private Document asDocument(OutboxMessage message) {
        Document document = new Document();
        mongo.getConverter().write(message, document);
        document.remove("_class");
        return document;
    }

    private List<Document> pendingOf(String id) {
        Document ballot = mongo.findOne(Query.query(Criteria.where("_id").is(id)), Document.class, "ballots");
        return ballot.getList("outbox", Document.class);
    }

    private List<ConsumerRecord<String, String>> consume(int expected) {
        return new KafkaProbe(SharedInfrastructure.kafkaBootstrapServers()).read(topic, record -> true, expected);
    }
}
