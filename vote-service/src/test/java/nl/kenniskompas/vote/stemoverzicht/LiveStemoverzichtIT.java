package nl.kenniskompas.vote.stemoverzicht;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The stemoverzicht as professionals get it with the default minimum group size of 5: small groups suppressed, also
 * where subtraction would give them away; live over server-sent events, coalesced and resumable; and the national
 * export for redacteuren and analisten.
 */
@ServiceIntegrationTest
class LiveStemoverzichtIT {

    private final TestIssuers issuers = TestIssuers.shared();
    private final KafkaProbe kafka = new KafkaProbe(SharedInfrastructure.kafkaBootstrapServers());
    private final JsonMapper json = JsonMapper.builder().build();
    @LocalServerPort
    int port;
    private Http http;
    private String caseId;

    @BeforeEach
    void publishAKopkraker() {
        http = Http.at(port);
        caseId = "live-" + UUID.randomUUID().toString().substring(0, 8);
        kafka.publish(Topics.CASE_PUBLISHED, caseId, "nl.kenniskompas.case-published.v1", "national",
                "{\"caseId\":\"%s\",\"version\":1,\"number\":98,\"title\":\"Live\",\"options\":[{\"id\":\"A\",\"title\":\"Eerste\"},{\"id\":\"B\",\"title\":\"Tweede\"}],\"audience\":\"BEIDE\",\"publishedAt\":\"2026-11-01T08:00:00Z\"}"
                        .formatted(caseId));
        await().atMost(Duration.ofSeconds(60)).until(() -> http.get("/actuator/health/readiness", null).status() == 200);
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get("/api/v1/kopkrakers/" + caseId + "/stem",
                token("uwv", "nog-niemand")).status() == 404
                && http.put("/api/v1/kopkrakers/" + caseId + "/stem", token("uwv", "peiler"), "{\"optionId\":\"A\"}").status() == 200);
    }

    @Test
    void smallGroupsAreSuppressedAlsoWhenSubtractionWouldRevealThem() {
        // Ten klantmanagers in Amsterdam split 5/5; one Werkzaak jobcoach and the probe voter at UWV chose A.
        List<String> amsterdam = voters("gemeente-amsterdam", "klantmanager", "20+", 5, 5);
        String jobcoach = voters("werkzaak-rivierenland", "jobcoach", "0-5", 1, 0).get(0);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode overview = http.get(path("stemoverzicht"), amsterdam.get(0)).json();
            assertThat(counts(overview.get("nationwide"))).isEqualTo(Map.of("A", 7L, "B", 5L));
            // Amsterdam's own 5/5 would be fine alone, but nationwide minus Amsterdam is 2/0: both UWV and Werkzaak
            // colleagues' votes would be known. So Amsterdam's part is suppressed too.
            assertThat(overview.get("organisation").get("suppressed").asBoolean()).isTrue();
            assertThat(overview.get("minimumGroupSize").asInt()).isEqualTo(5);
            assertThat(group(overview, "functie", "jobcoach").get("suppressed").asBoolean()).isTrue();
            assertThat(group(overview, "functie", "klantmanager").get("suppressed").asBoolean()).isTrue();
            assertThat(group(overview, "functie", "jobcoach").get("options")).isEmpty();
        });
        assertThat(http.get(path("stemoverzicht"), jobcoach).json().get("organisation").get("suppressed").asBoolean()).isTrue();

        // Nine more jobcoaches at Werkzaak (four A, five B), five B at UWV without profile: every group reaches five.
        voters("werkzaak-rivierenland", "jobcoach", "0-5", 4, 5);
        voters("uwv", null, null, 4, 5);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode overview = http.get(path("stemoverzicht"), amsterdam.get(0)).json();
            assertThat(overview.get("organisation").get("suppressed").asBoolean()).isFalse();
            assertThat(counts(overview.get("organisation"))).isEqualTo(Map.of("A", 5L, "B", 5L));
            assertThat(counts(group(overview, "functie", "jobcoach"))).isEqualTo(Map.of("A", 5L, "B", 5L));
            assertThat(counts(group(overview, "functie", "klantmanager"))).isEqualTo(Map.of("A", 5L, "B", 5L));
            assertThat(counts(group(overview, "organisatietype", "GEMEENTE"))).isEqualTo(Map.of("A", 5L, "B", 5L));
            assertThat(counts(group(overview, "organisatietype", "UWV"))).isEqualTo(Map.of("A", 5L, "B", 5L));
            assertThat(counts(group(overview, "jaren-in-het-vak", "0-5"))).isEqualTo(Map.of("A", 5L, "B", 5L));
        });
    }

    @Test
    void aViewerGetsTheCurrentFiguresAtOnceAndThenCoalescedUpdates() throws Exception {
        String anna = token("gemeente-amsterdam", "anna-" + UUID.randomUUID());
        http.put(path("stem"), anna, "{\"optionId\":\"B\"}");
        // Counts this small are suppressed; the revision (one per applied vote) tells what the figures include.
        await().atMost(Duration.ofSeconds(30)).until(() -> revision(http.get(path("stemoverzicht"), anna).json()) == 2);

        try (SseProbe stream = SseProbe.open(url("stemoverzicht/live"), anna, null)) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.contentType()).startsWith("text/event-stream");
            SseProbe.Event first = stream.next(Duration.ofSeconds(10));
            assertThat(first.name()).isEqualTo("stemoverzicht");
            assertThat(revision(json.readTree(first.data()))).isEqualTo(2);
            assertThat(first.id()).isEqualTo(json.readTree(first.data()).get("revision").asString());

            // A burst of twenty votes: viewers get a few snapshots, at least about a second apart, the last one complete.
            voters("uwv", null, null, 10, 10);
            List<SseProbe.Event> updates = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                SseProbe.Event next = stream.next(Duration.ofSeconds(5));
                if (next != null) {
                    updates.add(next);
                }
                return !updates.isEmpty() && revision(json.readTree(updates.get(updates.size() - 1).data())) == 22;
            });
            assertThat(updates.size()).as("snapshots for 20 votes").isLessThan(20);
            assertThat(total(json.readTree(updates.get(updates.size() - 1).data()))).isEqualTo(22);
            for (int i = 1; i < updates.size(); i++) {
                assertThat(Duration.between(updates.get(i - 1).receivedAt(), updates.get(i).receivedAt()))
                        .isGreaterThan(Duration.ofMillis(800));
            }
            assertThat(updates).extracting(event -> Long.parseLong(event.id())).isSorted();
        }
    }

    @Test
    void aReconnectWithTheLatestEventIdGetsOnlyWhatIsNew() throws Exception {
        String wendy = token("werkzaak-rivierenland", "wendy-" + UUID.randomUUID());
        http.put(path("stem"), wendy, "{\"optionId\":\"A\"}");
        await().atMost(Duration.ofSeconds(30)).until(() -> revision(http.get(path("stemoverzicht"), wendy).json()) == 2);
        String seen;
        try (SseProbe stream = SseProbe.open(url("stemoverzicht/live"), wendy, null)) {
            seen = stream.next(Duration.ofSeconds(10)).id();
        }
        assertThat(seen).isEqualTo("2");

        try (SseProbe resumed = SseProbe.open(url("stemoverzicht/live"), wendy, seen)) {
            http.put(path("stem"), token("werkzaak-rivierenland", "bas-" + UUID.randomUUID()), "{\"optionId\":\"B\"}");

            SseProbe.Event next = resumed.next(Duration.ofSeconds(10));
            assertThat(Long.parseLong(next.id())).isGreaterThan(Long.parseLong(seen));
            assertThat(revision(json.readTree(next.data()))).isEqualTo(3);
        }
        try (SseProbe stale = SseProbe.open(url("stemoverzicht/live"), wendy, "1")) {
            assertThat(revision(json.readTree(stale.next(Duration.ofSeconds(10)).data()))).isEqualTo(3);
        }
    }

    @Test
    void onlyProfessionalsWhoVotedMaySubscribe() {
        var reply = http.get(path("stemoverzicht/live"), token("gemeente-amsterdam", "ilse"));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.isProblem()).isTrue();
        // Also for a client that only accepts an event stream, as a browser's stream reader does.
        try (SseProbe refused = SseProbe.open(url("stemoverzicht/live"), token("gemeente-amsterdam", "ilse"), null)) {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        assertThat(http.get("/api/v1/kopkrakers/bestaat-niet/stemoverzicht/live", token("uwv", "peiler")).status()).isEqualTo(404);
    }

    @Test
    void redacteurenAndAnalistenDownloadTheNationalResultsWithTheSameSuppression() {
        voters("gemeente-amsterdam", "klantmanager", "5-10", 5, 6);
        voters("uwv", "arbeidsdeskundige", "5-10", 1, 0);
        String ravi = issuers.token("gemeente-amsterdam", "ravi", "analist");
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get(path("stemoverzicht/export"), ravi).body().contains(";A;7;"));

        var csv = http.get(path("stemoverzicht/export"), ravi);

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).contains("attachment").contains("stemoverzicht-" + caseId + ".csv"));
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFkopkraker;indeling;groep;optie;aantal;percentage;onderdrukt");
        assertThat(lines).contains(
                caseId + ";landelijk;Landelijk;A;7;53,8;nee",
                caseId + ";landelijk;Landelijk;B;6;46,2;nee",
                caseId + ";functie;Arbeidsdeskundige;;;;ja");
        assertThat(lines).noneMatch(line -> line.contains(";Arbeidsdeskundige;A;"));
        assertThat(lines).noneMatch(line -> line.contains("organisatie;Gemeente"));
        assertThat(http.get(path("stemoverzicht/export"), issuers.token("uwv", "rita", "redacteur")).status()).isEqualTo(200);
        assertThat(http.get(path("stemoverzicht/export"), token("gemeente-amsterdam", "anna")).status()).isEqualTo(403);
    }

    /** Casts {@code a} votes for A and {@code b} for B by new professionals of the tenant with the given profile. */
    private List<String> voters(String tenant, String function, String years, int a, int b) {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < a + b; i++) {
            String voter = token(tenant, "collega-" + UUID.randomUUID());
            if (function != null) {
                assertThat(http.put("/api/v1/profiel", voter,
                        "{\"function\":\"%s\",\"yearsInField\":\"%s\"}".formatted(function, years)).status()).isEqualTo(200);
            }
            assertThat(http.put(path("stem"), voter, "{\"optionId\":\"%s\"}".formatted(i < a ? "A" : "B")).status()).isEqualTo(200);
            tokens.add(voter);
        }
        return tokens;
    }

    private String path(String resource) {
        return "/api/v1/kopkrakers/" + caseId + "/" + resource;
    }

    private String url(String resource) {
        return "http://localhost:" + port + path(resource);
    }

    private String token(String tenant, String user) {
        return issuers.token(tenant, user, "professional");
    }

    private static long revision(JsonNode overview) {
        return overview.get("revision").asLong();
    }

    private static long total(JsonNode overview) {
        return overview.get("nationwide").get("total").asLong();
    }

    private static Map<String, Long> counts(JsonNode part) {
        Map<String, Long> counts = new TreeMap<>();
        part.get("options").forEach(option -> counts.put(option.get("optionId").asString(), option.get("count").asLong()));
        return counts;
    }

    private static JsonNode group(JsonNode overview, String dimension, String group) {
        for (JsonNode breakdown : overview.get("breakdowns")) {
            if (breakdown.get("dimension").asString().equals(dimension)) {
                for (JsonNode candidate : breakdown.get("groups")) {
                    if (candidate.get("group").asString().equals(group)) {
                        return candidate;
                    }
                }
            }
        }
        throw new AssertionError("No group " + dimension + "/" + group + " in " + overview);
    }
}
