package nl.kenniskompas.kopkraker;

import nl.kenniskompas.events.Topics;
import nl.kenniskompas.platform.testing.Http;
import nl.kenniskompas.platform.testing.KafkaProbe;
import nl.kenniskompas.platform.testing.ServiceIntegrationTest;
import nl.kenniskompas.platform.testing.SharedInfrastructure;
import nl.kenniskompas.platform.testing.TestIssuers;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

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
    void theArchiveFiltersAndSearchesAndOffersItsFilters() {
        var all = http.get("/api/v1/kopkrakers", token).json();
        var found = http.get("/api/v1/kopkrakers?zoek=jeanne&doelgroep=GEMEENTE", token).json();
        var none = http.get("/api/v1/kopkrakers?begrip=discriminatie&zoek=jeanne", token).json();
        var bad = http.get("/api/v1/kopkrakers?doelgroep=IEDEREEN", token);

        assertThat(all.get("filters").get("audiences").toString()).contains("GEMEENTE", "UWV", "BEIDE");
        assertThat(all.get("filters").get("concepts").toString()).contains("zelfregulering");
        assertThat(found.get("items").findValuesAsString("id")).containsExactly("jeanne");
        assertThat(none.get("items")).isEmpty();
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.isProblem()).isTrue();
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
        var announcements = new KafkaProbe(SharedInfrastructure.kafkaBootstrapServers())
                .read(Topics.CASE_PUBLISHED, record -> "jeanne".equals(record.key()), 1);

        // Other test contexts in this JVM start case-service too, each with its own database; each announces once.
        ConsumerRecord<String, String> announcement = announcements.get(0);
        assertThat(KafkaProbe.header(announcement, "ce_type")).isEqualTo("nl.kenniskompas.case-published.v1");
        assertThat(KafkaProbe.header(announcement, "ce_source")).isEqualTo("/kenniskompas/case-service");
        assertThat(KafkaProbe.header(announcement, "ce_tenant")).isEqualTo("national");
        assertThat(announcement.value()).contains("\"caseId\":\"jeanne\"", "\"id\":\"A\"", "\"id\":\"B\"");
    }
}
