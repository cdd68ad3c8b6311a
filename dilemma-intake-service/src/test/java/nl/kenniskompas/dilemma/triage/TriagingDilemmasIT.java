package nl.kenniskompas.dilemma.triage;

import nl.kenniskompas.events.EventTypes;
import nl.kenniskompas.events.Topics;
import nl.kenniskompas.platform.testing.Http;
import nl.kenniskompas.platform.testing.KafkaProbe;
import nl.kenniskompas.platform.testing.ServiceIntegrationTest;
import nl.kenniskompas.platform.testing.SharedInfrastructure;
import nl.kenniskompas.platform.testing.TestIssuers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static nl.kenniskompas.dilemma.DilemmaForms.oneDilemma;
import static nl.kenniskompas.dilemma.DilemmaForms.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The redactie's inbox across organisations, themes and statuses, and the link made by publishing a Kopkraker. */
@ServiceIntegrationTest
class TriagingDilemmasIT {

    private static final String INBOX = "/api/v1/praktijkdilemmas";

    private final TestIssuers issuers = TestIssuers.shared();
    private final KafkaProbe kafka = new KafkaProbe(SharedInfrastructure.kafkaBootstrapServers());
    private final JsonMapper json = JsonMapper.builder().build();
    @LocalServerPort
    int port;
    private Http http;
    private String rita;

    @BeforeEach
    void redacteur() {
        http = Http.at(port);
        rita = issuers.token("uwv", "rita", "redacteur");
    }

    @Test
    void theInboxHoldsDilemmasFromEveryOrganisationNewestFirst() {
        String amsterdam = submit(http, professional("gemeente-amsterdam"), oneDilemma()).get(0);
        String werkzaak = submit(http, professional("werkzaak-rivierenland"), oneDilemma()).get(0);

        JsonNode inbox = http.get(INBOX + "?status=NIEUW&per=100", rita).json();
        JsonNode onlyWerkzaak = http.get(INBOX + "?organisatie=werkzaak-rivierenland&per=100", rita).json();

        List<String> ids = ids(inbox);
        assertThat(ids).contains(amsterdam, werkzaak);
        assertThat(ids.indexOf(werkzaak)).isLessThan(ids.indexOf(amsterdam));
        assertThat(ids(onlyWerkzaak)).contains(werkzaak).doesNotContain(amsterdam);
        JsonNode item = http.get(INBOX + "/" + amsterdam, rita).json();
        assertThat(item.get("organisation").get("name").asString()).isEqualTo("Gemeente Amsterdam");
        assertThat(item.get("function").get("label").asString()).isEqualTo("Klantmanager");
        assertThat(item.get("knowledgeSources").get(0).get("label").asString()).isEqualTo("Mijn eigen ervaring");
        assertThat(item.get("status").get("code").asString()).isEqualTo("NIEUW");
        assertThat(inbox.get("perStatus").get("NIEUW").asLong()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aRedacteurGivesAThemeAndAStatusAndEveryChangeIsKeptAndAnnounced() {
        String id = submit(http, professional("uwv"), oneDilemma()).get(0);

        var themed = http.put(INBOX + "/" + id + "/thema", rita, "{\"theme\":\"welk-probleem-eerst\"}");
        var taken = http.put(INBOX + "/" + id + "/status", rita, "{\"status\":\"IN_BEHANDELING\"}");
        var dropped = http.put(INBOX + "/" + id + "/status", rita, "{\"status\":\"NIET_GEBRUIKT\",\"reason\":\"Lijkt op PD-0001\"}");

        assertThat(themed.status()).isEqualTo(200);
        assertThat(taken.json().get("status").get("code").asString()).isEqualTo("IN_BEHANDELING");
        JsonNode item = dropped.json();
        assertThat(item.get("theme").get("label").asString()).startsWith("Welk probleem als eerste aanpakken");
        assertThat(item.get("status").get("code").asString()).isEqualTo("NIET_GEBRUIKT");
        assertThat(item.get("reason").asString()).isEqualTo("Lijkt op PD-0001");
        assertThat(item.get("history")).extracting(entry -> entry.get("change").asString()).containsExactly(
                "Thema: Welk probleem als eerste aanpakken (of problemen tegelijk aanpakken)",
                "Status: In behandeling", "Status: Niet gebruikt (Lijkt op PD-0001)");
        assertThat(item.get("history").get(0).get("by").asString()).isEqualTo("rita");
        var events = kafka.read(Topics.DILEMMA_TRIAGED, record -> record.key().equals(id), 3);
        JsonNode last = json.readTree(events.get(events.size() - 1).value());
        assertThat(events).hasSize(3);
        assertThat(last.get("status").asString()).isEqualTo("NIET_GEBRUIKT");
        assertThat(last.get("theme").asString()).isEqualTo("welk-probleem-eerst");
        assertThat(KafkaProbe.header(events.get(0), "ce_tenant")).isEqualTo("uwv");
    }

    @Test
    void badTriageIsRefusedClearly() {
        String id = submit(http, professional("uwv"), oneDilemma()).get(0);

        assertThat(http.put(INBOX + "/" + id + "/status", rita, "{\"status\":\"NIET_GEBRUIKT\"}").json()
                .get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(http.put(INBOX + "/" + id + "/status", rita, "{\"status\":\"GEBRUIKT\"}").json().get("type").asString())
                .endsWith("gebruikt-via-publicatie");
        assertThat(http.put(INBOX + "/" + id + "/status", rita, "{\"status\":\"KLAAR\"}").status()).isEqualTo(422);
        assertThat(http.put(INBOX + "/" + id + "/thema", rita, "{\"theme\":\"bestaat-niet\"}").json()
                .get("errors").get(0).get("field").asString()).isEqualTo("theme");
        assertThat(http.get(INBOX + "/PD-999999", rita).status()).isEqualTo(404);
        assertThat(http.get(INBOX + "?thema=onbekend", rita).status()).isEqualTo(422);
        assertThat(http.get(INBOX + "?per=1000", rita).status()).isEqualTo(422);
        assertThat(http.get(INBOX, professional("uwv")).status()).isEqualTo(403);
        assertThat(http.put(INBOX + "/" + id + "/thema", issuers.token("uwv", "pieter", "analist"), "{\"theme\":\"juridisch\"}").status())
                .isEqualTo(403);
    }

    @Test
    void publishingAKopkrakerThatNamesTheDilemmaMarksItUsedOnce() {
        String id = submit(http, professional("gemeente-amsterdam"), oneDilemma()).get(0);
        String caseId = "olivier-" + UUID.randomUUID().toString().substring(0, 8);
        String published = """
                {"caseId":"%s","version":1,"number":7,"title":"Olivier","options":[{"id":"A","title":"Plan"},{"id":"B","title":"Schulden"}],
                 "audience":"BEIDE","publishedAt":"2026-11-26T08:00:00Z","inspiredBy":["%s","PD-999998"]}""".formatted(caseId, id);

        kafka.publish(Topics.CASE_PUBLISHED, caseId, EventTypes.CASE_PUBLISHED_V1, "national", published);
        // A new version of the same Kopkraker, and a redelivery: no second mark.
        kafka.publish(Topics.CASE_PUBLISHED, caseId, EventTypes.CASE_PUBLISHED_V1, "national", published.replace("\"version\":1", "\"version\":2"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(http.get(INBOX + "/" + id, rita).json().get("status").get("code").asString()).isEqualTo("GEBRUIKT"));
        JsonNode item = http.get(INBOX + "/" + id, rita).json();
        assertThat(item.get("kopkrakers")).hasSize(1);
        assertThat(item.get("kopkrakers").get(0).get("caseId").asString()).isEqualTo(caseId);
        assertThat(item.get("kopkrakers").get(0).get("number").asInt()).isEqualTo(7);
        assertThat(item.get("history")).extracting(entry -> entry.get("change").asString())
                .containsExactly("Gebruikt voor Kopkraker 7 'Olivier'");
        assertThat(json.readTree(kafka.read(Topics.DILEMMA_TRIAGED, record -> record.key().equals(id), 1).get(0).value())
                .get("kopkrakers").get(0).asString()).isEqualTo(caseId);
        assertThat(http.put(INBOX + "/" + id + "/status", rita, "{\"status\":\"NIEUW\"}").json().get("type").asString())
                .endsWith("al-gebruikt");
    }

    @Test
    void theRedactieAddsThemesBeyondTableThree() {
        String label = "Schulden en zzp " + UUID.randomUUID().toString().substring(0, 6);

        var added = http.post(INBOX + "/themas", rita, "{\"label\":\"" + label + "\"}");
        var again = http.post(INBOX + "/themas", rita, "{\"label\":\"" + label.toUpperCase() + "\"}");

        assertThat(added.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(409);
        JsonNode themes = http.get(INBOX + "/themas", rita).json().get("themes");
        assertThat(themes.get(0).get("code").asString()).isEqualTo("betaald-werk-haalbaar");
        assertThat(themes).extracting(theme -> theme.get("label").asString()).contains(label);
        String id = submit(http, professional("uwv"), oneDilemma()).get(0);
        assertThat(http.put(INBOX + "/" + id + "/thema", rita, "{\"theme\":\"" + added.json().get("code").asString() + "\"}")
                .json().get("theme").get("label").asString()).isEqualTo(label);
        assertThat(http.post(INBOX + "/themas", rita, "{\"label\":\"x\"}").status()).isEqualTo(422);
    }

    private String professional(String tenant) {
        return issuers.token(tenant, "professional-" + UUID.randomUUID(), "professional");
    }

    private static List<String> ids(JsonNode page) {
        return java.util.stream.StreamSupport.stream(page.get("items").spliterator(), false)
                .map(item -> item.get("id").asString()).toList();
    }
}
