package nl.kenniskompas.platform.testing;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import nl.kenniskompas.events.Topics;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;

/**
 * The real infrastructure integration tests run against, started once per test JVM: a KRaft Kafka broker in-process
 * (spring-kafka-test) with every topic of the contracts and its dead-letter twin, a MongoDB wire-protocol server, and
 * the test identity providers. Each Spring context gets its own database, so test classes do not see each other's
 * documents; topics are shared, so tests use their own case ids.
 */
public final class SharedInfrastructure {

    private static EmbeddedKafkaBroker kafka;
    private static MongoServer mongo;
    private static InetSocketAddress mongoAddress;

    private SharedInfrastructure() {
    }

    public static synchronized String kafkaBootstrapServers() {
        if (kafka == null) {
            String[] topics = Topics.ALL.stream()
                    .flatMap(topic -> java.util.stream.Stream.of(topic.name(), Topics.deadLetter(topic.name())))
                    .toArray(String[]::new);
            var broker = new EmbeddedKafkaKraftBroker(1, 3, topics);
            broker.brokerProperties(Map.of(
                    "transaction.state.log.replication.factor", "1",
                    "transaction.state.log.min.isr", "1",
                    "offsets.topic.replication.factor", "1",
                    "group.initial.rebalance.delay.ms", "0"));
            broker.afterPropertiesSet();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy));
            kafka = broker;
        }
        return kafka.getBrokersAsString();
    }

    public static synchronized String mongoUri(String database) {
        if (mongo == null) {
            mongo = new MongoServer(new MemoryBackend());
            mongoAddress = mongo.bind();
            Runtime.getRuntime().addShutdownHook(new Thread(mongo::shutdownNow));
        }
        return "mongodb://localhost:" + mongoAddress.getPort() + "/" + database;
    }

    /** Points a Spring Boot test context at the shared broker, a fresh database and the test issuers. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            String run = UUID.randomUUID().toString().substring(0, 8);
            try {
                TestPropertyValues.of(
                        "spring.kafka.bootstrap-servers=" + kafkaBootstrapServers(),
                        "spring.mongodb.uri=" + mongoUri("test-" + run),
                        "kenniskompas.issuer-base=" + TestIssuers.shared().base(),
                        "kenniskompas.data-dir=" + Files.createTempDirectory("kk-test-" + run),
                        "kenniskompas.outbox.interval=200ms",
                        "kenniskompas.pseudonym-secret=test-secret-" + run + "-of-enough-length",
                        "spring.kafka.consumer.group-id=test-" + run,
                        "spring.kafka.streams.application-id=test-streams-" + run,
                        "spring.kafka.streams.cleanup.on-startup=true"
                ).applyTo(context);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
