package nl.kenniskompas.vote;

import nl.kenniskompas.events.Topics;
import nl.kenniskompas.platform.testing.Http;
import nl.kenniskompas.platform.testing.KafkaProbe;
import nl.kenniskompas.platform.testing.TestIssuers;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The same voting flow on a real MongoDB replica and a real Kafka broker in containers, where a Docker engine runs.
 * Build machines here have none, so it is skipped there; the embedded broker and wire-protocol server cover the rest.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VotingOnRealMongoAndKafkaIT {

    @Container
    @ServiceConnection
    static MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");

    @Container
    @ServiceConnection
    static KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.0");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void realInfrastructure(DynamicPropertyRegistry registry) throws Exception {
        try (var admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBootstrapServers()))) {
            admin.createTopics(Topics.ALL.stream()
                    .flatMap(topic -> Stream.of(topic.name(), Topics.deadLetter(topic.name())))
                    .map(name -> new NewTopic(name, 3, (short) 1))
                    .toList()).all().get();
        }
        registry.add("kenniskompas.issuer-base", () -> TestIssuers.shared().base());
        registry.add("kenniskompas.data-dir", Files.createTempDirectory("kk-tc")::toString);
        registry.add("kenniskompas.pseudonym-secret", () -> "testcontainers-pseudonym-secret");
    }

    @Test
    void aVoteIsStoredPublishedAndCounted() {
        new KafkaProbe(kafka.getBootstrapServers()).publish(Topics.CASE_PUBLISHED, "jeanne",
                "nl.kenniskompas.case-published.v1", "national",
                "{\"caseId\":\"jeanne\",\"version\":1,\"number\":1,\"title\":\"Jeanne\",\"options\":[{\"id\":\"A\",\"title\":\"a\"},{\"id\":\"B\",\"title\":\"b\"}],\"audience\":\"BEIDE\",\"publishedAt\":\"2026-09-02T07:00:00Z\"}");
        Http http = Http.at(port);
        String umar = TestIssuers.shared().token("uwv", "umar", "professional");

        await().atMost(Duration.ofSeconds(60))
                .until(() -> http.put("/api/v1/kopkrakers/jeanne/stem", umar, "{\"optionId\":\"B\"}").status() == 200);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                http.get("/api/v1/kopkrakers/jeanne/stemoverzicht", umar).json().get("nationwide").get("total").asLong())
                .isEqualTo(1));
        assertThat(new KafkaProbe(kafka.getBootstrapServers()).read(Topics.VOTE_CAST, record -> true, 1)).hasSize(1);
    }
}
