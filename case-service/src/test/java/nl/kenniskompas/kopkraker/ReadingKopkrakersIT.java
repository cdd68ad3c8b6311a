package nl.kenniskompas.kopkraker;

import nl.kenniskompas.events.Topics;
import nl.kenniskompas.platform.testing.Http;
import nl.kenniskompas.platform.testing.ServiceIntegrationTest;
import nl.kenniskompas.platform.testing.SharedInfrastructure;
import nl.kenniskompas.platform.testing.TestIssuers;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** case-service on a real server: the seeded Kopkraker is readable in the case format and announced on Kafka. */
@ServiceIntegrationTest
class ReadingKopkrakersIT {

    @LocalServerPort
    int port;
    private Http http;
    private final String token = TestIssuers.shared().token("werkzaak-rivierenland", "wendy", "professional");

    @BeforeEach
    void connect() {
        http = Http.at(port);
    }

    @Test
    void publishedKopkrakersAreListed() {
        var reply = http.get("/api/v1/kopkrakers", token);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("items").findValuesAsString("id")).contains("jeanne");
    }

    @Test
    void jeanneReadsInTheCaseFormat() {
        JsonNode jeanne = http.get("/api/v1/kopkrakers/jeanne", token).json();

        assertThat(jeanne.get("profile").findValuesAsString("label")).containsExactly("Naam", "Leeftijd",
                "Thuissituatie", "Opleiding", "Werkloosheidsduur", "Werkervaring", "Wens van de klant",
                "Belemmeringen", "Sociaal netwerk");
        assertThat(jeanne.get("profile").get(0).get("value").asString()).isEqualTo("Jeanne");
        assertThat(jeanne.get("background").asString()).isNotBlank();
        assertThat(jeanne.get("dilemma").asString()).endsWith("?");
        assertThat(jeanne.get("options")).hasSize(2);
        for (JsonNode option : jeanne.get("options")) {
            for (String section : List.of("title", "summary", "goodIdea", "howItWorks", "evidence", "caution", "applyUrl")) {
                assertThat(option.get(section).asString()).as(section).isNotBlank();
            }
        }
    }

    @Test
    void unknownKopkrakerIsA404Problem() {
        var reply = http.get("/api/v1/kopkrakers/bestaat-niet", token);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.json().get("detail").asString()).contains("bestaat-niet");
    }

    @Test
    void readingNeedsAToken() {
        assertThat(http.get("/api/v1/kopkrakers", null).status()).isEqualTo(401);
    }

    @Test
    void releaseIsAnnouncedAsACloudEventOnCasePublished() {
        List<ConsumerRecord<String, String>> announcements = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "case-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(Topics.CASE_PUBLISHED));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if ("jeanne".equals(record.key())) {
                        announcements.add(record);
                    }
                });
                return !announcements.isEmpty();
            });
        }
        ConsumerRecord<String, String> announcement = announcements.get(0);
        assertThat(header(announcement, "ce_type")).isEqualTo("nl.kenniskompas.case-published.v1");
        assertThat(header(announcement, "ce_source")).isEqualTo("/kenniskompas/case-service");
        assertThat(header(announcement, "ce_tenant")).isEqualTo("national");
        assertThat(announcement.value()).contains("\"caseId\":\"jeanne\"", "\"id\":\"A\"", "\"id\":\"B\"");
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
