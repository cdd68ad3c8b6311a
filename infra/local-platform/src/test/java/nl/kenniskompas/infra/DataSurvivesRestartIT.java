package nl.kenniskompas.infra;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** README command 1 run twice: the broker's log dirs and the store's file under the data directory survive. */
class DataSurvivesRestartIT {

    @Test
    void aRecordAndADocumentWrittenBeforeAStopAreThereAfterTheNextStart(@TempDir Path dir) throws Exception {
        PlatformSettings settings = PlatformSettings.defaults(Path.of(System.getProperty("kk.repository.root", "../..")))
                .withDataDir(dir.resolve("data")).withLogsDir(dir.resolve("logs")).withPorts(Ports.free());
        String marker = UUID.randomUUID().toString();

        runInfrastructure(settings, () -> {
            try (KafkaProducer<String, String> producer = producer(settings)) {
                producer.send(new ProducerRecord<>("vote-cast", marker, marker)).get(30, TimeUnit.SECONDS);
            }
            votes(settings, collection -> collection.insertOne(new Document("_id", marker)));
        });

        runInfrastructure(settings, () -> {
            assertThat(readAll(settings, "vote-cast")).contains(marker);
            votes(settings, collection -> assertThat(collection.find(new Document("_id", marker)).first()).isNotNull());
        });
    }

    @Test
    void aTopicWhosePartitionCountDiffersFromItsDeclarationStopsTheStart(@TempDir Path dir) throws Exception {
        PlatformSettings settings = PlatformSettings.defaults(Path.of(System.getProperty("kk.repository.root", "../..")))
                .withDataDir(dir.resolve("data")).withLogsDir(dir.resolve("logs")).withPorts(Ports.free());
        KafkaBroker broker = KafkaBroker.start(settings);
        try {
            broker.awaitReady(Instant.now().plusSeconds(120), () -> { });
            try (Admin admin = broker.admin(Duration.ofSeconds(30))) {
                admin.createTopics(List.of(new NewTopic("vote-cast", 2, (short) 1))).all().get(30, TimeUnit.SECONDS);

                assertThatThrownBy(() -> KafkaTopics.ensure(admin))
                        .isInstanceOf(PlatformStartException.class)
                        .hasMessageContaining("vote-cast has 2 partitions but is declared with 6");
                assertThat(admin.describeTopics(List.of("vote-cast")).allTopicNames().get().get("vote-cast")
                        .partitions()).hasSize(2);
            }
        } finally {
            broker.stop();
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    private static void runInfrastructure(PlatformSettings settings, Work work) throws Exception {
        KafkaBroker broker = KafkaBroker.start(settings);
        MongoStore store = null;
        try {
            broker.awaitReady(Instant.now().plusSeconds(120), () -> { });
            try (Admin admin = broker.admin(Duration.ofSeconds(30))) {
                KafkaTopics.ensure(admin);
            }
            store = MongoStore.start(settings);
            store.awaitReady();
            work.run();
        } finally {
            if (store != null) {
                store.stop();
            }
            broker.stop();
        }
    }

    private static KafkaProducer<String, String> producer(PlatformSettings settings) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    }

    private static List<String> readAll(PlatformSettings settings, String topic) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "restart-check-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
                return !values.isEmpty();
            });
        }
        return values;
    }

    private static void votes(PlatformSettings settings, java.util.function.Consumer<MongoCollection<Document>> use) {
        try (MongoClient client = MongoClients.create(settings.mongoUri("kk-vote"))) {
            use.accept(client.getDatabase("kk-vote").getCollection("restart-check"));
        }
    }
}
