package nl.kenniskompas.dilemma.reports;

import nl.kenniskompas.events.DilemmaSubmitted;
import nl.kenniskompas.events.DilemmaTriaged;
import nl.kenniskompas.events.Topics;
import nl.kenniskompas.platform.outbox.OutboxRelay;
import nl.kenniskompas.platform.testing.Http;
import nl.kenniskompas.platform.testing.KafkaProbe;
import nl.kenniskompas.platform.testing.ServiceIntegrationTest;
import nl.kenniskompas.platform.testing.SharedInfrastructure;
import nl.kenniskompas.platform.testing.TestIssuers;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.kenniskompas.dilemma.DilemmaForms.dilemma;
import static nl.kenniskompas.dilemma.DilemmaForms.form;
import static nl.kenniskompas.dilemma.DilemmaForms.submit;
import static org.assertj.core.api.Assertions.assertThat;

/** The live report follows every form at once, exports as CSV, and a consumer rebuilds it from the topics alone. */
@ServiceIntegrationTest
class ReportingIT {

    private static final String REPORT = "/api/v1/praktijkdilemmas/rapportage";

    private final TestIssuers issuers = TestIssuers.shared();
    private final KafkaProbe kafka = new KafkaProbe(SharedInfrastructure.kafkaBootstrapServers());
    @Autowired
    JsonMapper json;
    @Autowired
    OutboxRelay relay;
    @LocalServerPort
    int port;
    private Http http;
    private String analist;

    @BeforeEach
    void client() {
        http = Http.at(port);
        analist = issuers.token("gemeente-amsterdam", "ravi", "analist");
    }

    @Test
    void theReportCountsRespondentsOnceAndSourcesPerDilemma() {
        JsonNode before = http.get(REPORT, analist).json();

        submit(http, professional(), form("{\"function\":\"jobcoach\"}",
                dilemma("Eén", "[\"internet\",\"eigen-ervaring\"]", 1), dilemma("Twee", "[\"internet\"]", 2)));
        submit(http, professional(), form("null", dilemma("Drie", "[\"externe-rapporten-literatuur\"]", 1)));
        JsonNode after = http.get(REPORT, analist).json();

        assertThat(after.get("respondents").asInt() - before.get("respondents").asInt()).isEqualTo(2);
        assertThat(after.get("dilemmas").asInt() - before.get("dilemmas").asInt()).isEqualTo(3);
        assertThat(count(after, "functions", "jobcoach") - count(before, "functions", "jobcoach")).isEqualTo(1);
        assertThat(count(after, "functions", null) - count(before, "functions", null)).isEqualTo(1);
        assertThat(count(after, "knowledgeSources", "internet") - count(before, "knowledgeSources", "internet")).isEqualTo(2);
        assertThat(count(after, "themes", null) - count(before, "themes", null)).isEqualTo(3);
        int respondents = after.get("respondents").asInt();
        assertThat(percentage(after, "functions", "jobcoach"))
                .isEqualTo(Rapportage.percentage(count(after, "functions", "jobcoach"), respondents));
    }

    @Test
    void aPeriodNarrowsTheReportAndBadDatesAreNamed() {
        submit(http, professional(), form("null", dilemma("Vandaag", "[\"internet\"]", 1)));

        assertThat(http.get(REPORT + "?tot=2020-12-31", analist).json().get("respondents").asInt()).isZero();
        assertThat(http.get(REPORT + "?van=2020-01-01", analist).json().get("respondents").asInt()).isPositive();
        assertThat(http.get(REPORT + "?van=31-12-2026", analist).json().get("errors").get(0).get("field").asString()).isEqualTo("van");
        assertThat(http.get(REPORT + "?van=2026-12-31&tot=2026-01-01", analist).json().get("errors").get(0).get("field").asString())
                .isEqualTo("tot");
        assertThat(http.get(REPORT, professional()).status()).isEqualTo(403);
    }

    @Test
    void theReportExportsAsCsvForASpreadsheet() {
        submit(http, professional(), form("{\"function\":\"klantmanager\"}", dilemma("CSV", "[\"internet\"]", 1)));

        Http.Reply csv = http.get(REPORT + "/export?van=2020-01-01", analist);

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition").orElseThrow()).contains("praktijkdilemmas-van-2020-01-01.csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFtabel;van;tot;code;omschrijving;aantal;percentage;noemer;kopkrakers");
        assertThat(lines).anyMatch(line -> line.startsWith("1 functie;2020-01-01;;klantmanager;Klantmanager;"));
        assertThat(lines).anyMatch(line -> line.startsWith("2 kennisbron;2020-01-01;;internet;Internet / Google / websites;"));
        assertThat(lines).anyMatch(line -> line.startsWith("3 thema;2020-01-01;;;Nog geen thema;"));
    }

    @Test
    void aConsumerOfTheTopicsRebuildsTheSameReport() {
        String rita = issuers.token("uwv", "rita", "redacteur");
        String id = submit(http, professional(), form("{\"function\":\"casemanager\",\"educationLevel\":\"havo-vwo-mbo\"}",
                dilemma("Thema", "[\"ervaring-collegas\"]", 2))).get(0);
        http.put("/api/v1/praktijkdilemmas/" + id + "/thema", rita, "{\"theme\":\"juridisch\"}");
        relay.flush();
        JsonNode report = http.get(REPORT, analist).json();
        // This service's dilemmas and how often each was triaged; the topics may also hold other test contexts' events.
        java.util.Set<String> ours = new java.util.HashSet<>();
        int triageChanges = 0;
        JsonNode page;
        int number = 0;
        do {
            page = http.get("/api/v1/praktijkdilemmas?per=100&pagina=" + number++, rita).json();
            for (JsonNode item : page.get("items")) {
                ours.add(item.get("id").asString());
                triageChanges += item.get("history").size();
            }
        } while (ours.size() < page.get("total").asInt());
        assertThat(ours).hasSize(report.get("dilemmas").asInt());

        // What an analytics consumer does: every dilemma-submitted, then the latest dilemma-triaged per dilemma.
        Map<String, DilemmaSubmitted> submitted = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : kafka.read(Topics.DILEMMA_SUBMITTED, r -> ours.contains(r.key()), ours.size())) {
            submitted.put(record.key(), json.readValue(record.value(), DilemmaSubmitted.class));
        }
        Map<String, DilemmaTriaged> triaged = new HashMap<>();
        for (ConsumerRecord<String, String> record : kafka.read(Topics.DILEMMA_TRIAGED, r -> ours.contains(r.key()), triageChanges)) {
            triaged.put(record.key(), json.readValue(record.value(), DilemmaTriaged.class));
        }
        List<ReportLine> lines = submitted.values().stream().map(event -> {
            DilemmaTriaged latest = triaged.get(event.dilemmaId());
            return new ReportLine(event.submissionId(), event.submittedOn(), event.function(), event.educationLevel(),
                    event.yearsInField(), event.knowledgeSources(), latest == null ? null : latest.theme(),
                    latest == null ? List.of() : latest.kopkrakers());
        }).toList();
        Map<String, String> themes = new LinkedHashMap<>();
        http.get("/api/v1/praktijkdilemmas/themas", analist).json().get("themes")
                .forEach(theme -> themes.put(theme.get("code").asString(), theme.get("label").asString()));

        JsonNode rebuilt = json.valueToTree(Rapportage.of(lines, null, null, themes));

        assertThat(rebuilt).isEqualTo(report);
        assertThat(count(rebuilt, "themes", "juridisch")).isPositive();
    }

    private String professional() {
        return issuers.token("gemeente-amsterdam", "professional-" + UUID.randomUUID(), "professional");
    }

    private static int count(JsonNode report, String table, String code) {
        return row(report, table, code).get("count").asInt();
    }

    private static int percentage(JsonNode report, String table, String code) {
        return row(report, table, code).get("percentage").asInt();
    }

    private static JsonNode row(JsonNode report, String table, String code) {
        for (JsonNode row : report.get(table)) {
            if (code == null ? row.get("code").isNull() : code.equals(row.get("code").asString())) {
                return row;
            }
        }
        throw new AssertionError("No row " + code + " in " + table);
    }
}
