package nl.kenniskompas.vote;

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
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Voting end to end inside vote-service, against the real broker and store: the catalogue learns the case from
 * {@code case-published}, ballots become {@code vote-cast} events exactly once per change, and the Kafka Streams
 * projection shows per-tenant and nationwide counts only to those who voted.
 */
@ServiceIntegrationTest
// These tests count one to four votes; suppression of small groups has its own test (LiveStemoverzichtIT).
@TestPropertySource(properties = "kenniskompas.stemoverzicht.minimum-group-size=1")
class VotingFlowIT {

    private final TestIssuers issuers = TestIssuers.shared();
    private final KafkaProbe kafka = new KafkaProbe(SharedInfrastructure.kafkaBootstrapServers());
    @LocalServerPort
    int port;
    private Http http;
    private String caseId;

    @BeforeEach
    void publishAKopkraker() {
        http = Http.at(port);
        caseId = "casus-" + UUID.randomUUID().toString().substring(0, 8);
        announce(caseId, "{\"caseId\":\"%s\",\"version\":1,\"number\":99,\"title\":\"Test\",\"options\":[{\"id\":\"A\",\"title\":\"Eerste\"},{\"id\":\"B\",\"title\":\"Tweede\"}],\"audience\":\"BEIDE\",\"publishedAt\":\"2026-11-01T08:00:00Z\"}"
                .formatted(caseId));
        // The projection answers once its stream runs (until then: 503), the catalogue once it read the case.
        await().atMost(Duration.ofSeconds(60)).until(() -> http.get("/actuator/health/readiness", null).status() == 200);
        // The catalogue learns the case asynchronously; a first vote (uwv, A) succeeds once it has.
        String probe = token("uwv", "probe");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> http.put(path("stem"), probe, "{\"optionId\":\"A\"}").status() == 200);
    }

    @Test
    void votesOfTwoTenantsAreCountedPerTenantAndNationwide() {
        String anna = token("gemeente-amsterdam", "anna");
        String mo = token("gemeente-amsterdam", "mo");
        String wendy = token("werkzaak-rivierenland", "wendy");

        assertThat(http.put(path("stem"), anna, "{\"optionId\":\"A\"}").status()).isEqualTo(200);
        assertThat(http.put(path("stem"), mo, "{\"optionId\":\"A\"}").status()).isEqualTo(200);
        assertThat(http.put(path("stem"), wendy, "{\"optionId\":\"B\"}").status()).isEqualTo(200);
        // Mo changes his mind; Anna's retry must not count twice.
        assertThat(http.put(path("stem"), mo, "{\"optionId\":\"B\"}").json().get("optionId").asString()).isEqualTo("B");
        assertThat(http.put(path("stem"), anna, "{\"optionId\":\"A\"}").status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode overview = http.get(path("stemoverzicht"), anna).json();
            assertThat(overview.get("organisation").get("tenant").asString()).isEqualTo("gemeente-amsterdam");
            assertThat(overview.get("organisation").get("name").asString()).isEqualTo("Gemeente Amsterdam");
            assertThat(counts(overview.get("organisation"))).isEqualTo(Map.of("A", 1L, "B", 1L));
            // The probe voter of the setup (uwv, A) counts nationwide too.
            assertThat(counts(overview.get("nationwide"))).isEqualTo(Map.of("A", 2L, "B", 2L));
            assertThat(overview.get("nationwide").get("options").get(0).get("percentage").asDouble()).isEqualTo(50.0);
        });
        // Werkzaak: one vote for B and none for A. A zero next to a count gives away how everyone there voted.
        JsonNode werkzaak = http.get(path("stemoverzicht"), wendy).json();
        assertThat(werkzaak.get("organisation").get("suppressed").asBoolean()).isTrue();
        assertThat(werkzaak.get("organisation").get("options")).isEmpty();
        assertThat(werkzaak.get("organisation").get("total").isNull()).isTrue();
    }

    @Test
    void eachChangeIsOneVoteCastEventWithAPseudonymousVoter() {
        String umar = token("uwv", "umar");
        http.put(path("stem"), umar, "{\"optionId\":\"A\"}");
        http.put(path("stem"), umar, "{\"optionId\":\"A\"}");
        http.put(path("stem"), umar, "{\"optionId\":\"B\"}");

        List<ConsumerRecord<String, String>> events = voteCastEventsOf(caseId, 3);

        // The setup's probe vote is one event; umar's three requests are two changes.
        assertThat(events).hasSize(3);
        assertThat(events).allSatisfy(event -> {
            assertThat(event.value()).doesNotContain("umar").doesNotContain("probe");
            assertThat(header(event, "ce_tenant")).isEqualTo("uwv");
            assertThat(header(event, "ce_type")).isEqualTo("nl.kenniskompas.vote-cast.v1");
            assertThat(header(event, "ce_source")).isEqualTo("/kenniskompas/vote-service");
        });
        assertThat(events.stream().map(ConsumerRecord::value).filter(v -> v.contains("\"previousOptionId\":\"A\""))).hasSize(1);
    }

    @Test
    void theOverviewIsOnlyForThoseWhoVoted() {
        var reply = http.get(path("stemoverzicht"), token("gemeente-amsterdam", "ilse"));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.json().get("detail").asString()).contains("Kies eerst zelf");
    }

    @Test
    void anotherOrganisationsFiguresAreNotFound() {
        String anna = token("gemeente-amsterdam", "anna");
        http.put(path("stem"), anna, "{\"optionId\":\"A\"}");

        await().atMost(Duration.ofSeconds(30))
                .until(() -> http.get(path("stemoverzicht/organisaties/gemeente-amsterdam"), anna).status() == 200);
        var own = http.get(path("stemoverzicht/organisaties/gemeente-amsterdam"), anna);
        var other = http.get(path("stemoverzicht/organisaties/uwv"), anna);

        assertThat(own.json().get("name").asString()).isEqualTo("Gemeente Amsterdam");
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.isProblem()).isTrue();
        assertThat(other.body()).doesNotContain("\"count\"");
    }

    @Test
    void mijnKeuzesListsWhatIChoseAndNothingOfOthers() {
        String pim = token("uwv", "pim-" + UUID.randomUUID());
        http.put(path("stem"), pim, "{\"optionId\":\"B\"}");

        var mine = http.get("/api/v1/stemmen/mijn", pim).json().get("items");
        var colleagues = http.get("/api/v1/stemmen/mijn", token("gemeente-amsterdam", "pim-elders")).json().get("items");

        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("caseId").asString()).isEqualTo(caseId);
        assertThat(mine.get(0).get("optionId").asString()).isEqualTo("B");
        assertThat(mine.get(0).get("caseVersion").asInt()).isEqualTo(1);
        assertThat(colleagues).isEmpty();
    }

    @Test
    void myVoteIsReadableAndAbsentUntilCast() {
        String bas = token("werkzaak-rivierenland", "bas");
        assertThat(http.get(path("stem"), bas).status()).isEqualTo(404);

        var cast = http.put(path("stem"), bas, "{\"optionId\":\"B\"}").json();
        var repeated = http.put(path("stem"), bas, "{\"optionId\":\"B\"}").json();

        assertThat(http.get(path("stem"), bas).json().get("optionId").asString()).isEqualTo("B");
        assertThat(repeated).isEqualTo(cast);
    }

    @Test
    void badVotesAreClearProblemsAndChangeNothing() {
        String anna = token("gemeente-amsterdam", "anna");

        var unknownOption = http.put(path("stem"), anna, "{\"optionId\":\"C\"}");
        assertThat(unknownOption.status()).isEqualTo(422);
        assertThat(unknownOption.json().get("errors").get(0).get("field").asString()).isEqualTo("optionId");

        var unknownCase = http.put("/api/v1/kopkrakers/bestaat-niet/stem", anna, "{\"optionId\":\"A\"}");
        assertThat(unknownCase.status()).isEqualTo(404);
        assertThat(unknownCase.isProblem()).isTrue();

        assertThat(http.put(path("stem"), anna, "{\"optionId\":").status()).isEqualTo(400);
        assertThat(http.put(path("stem"), anna, "{}").status()).isEqualTo(422);
        assertThat(http.put(path("stem"), anna, "{\"optionId\":\"A\",\"voter\":\"x\"}").status()).isEqualTo(400);

        var analist = http.put(path("stem"), issuers.token("gemeente-amsterdam", "ravi", "analist"), "{\"optionId\":\"A\"}");
        assertThat(analist.status()).isEqualTo(403);

        assertThat(http.get(path("stem"), anna).status()).isEqualTo(404);
    }

    @Test
    void aVoteIsCountedInTheProfileGroupsOfItsVoter() {
        String jobcoach = token("werkzaak-rivierenland", "jobcoach-" + UUID.randomUUID());
        String otherJobcoach = token("werkzaak-rivierenland", "jobcoach-" + UUID.randomUUID());
        for (String coach : List.of(jobcoach, otherJobcoach)) {
            var saved = http.put("/api/v1/profiel", coach, "{\"function\":\"jobcoach\",\"yearsInField\":\"15-20\"}");
            assertThat(saved.status()).isEqualTo(200);
        }
        assertThat(http.get("/api/v1/profiel", jobcoach).json().get("function").asString()).isEqualTo("jobcoach");

        http.put(path("stem"), jobcoach, "{\"optionId\":\"B\"}");
        http.put(path("stem"), otherJobcoach, "{\"optionId\":\"A\"}");
        // Without a profile, like the setup's probe voter (A).
        http.put(path("stem"), token("uwv", "zonder-profiel"), "{\"optionId\":\"B\"}");

        assertThat(voteCastEventsOf(caseId, 4)).anySatisfy(event ->
                assertThat(event.value()).contains("\"function\":\"jobcoach\"").contains("\"yearsInField\":\"15-20\""));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode overview = http.get(path("stemoverzicht"), jobcoach).json();
            assertThat(group(overview, "functie", "jobcoach").get("label").asString()).isEqualTo("Jobcoach");
            assertThat(counts(group(overview, "functie", "jobcoach"))).isEqualTo(Map.of("A", 1L, "B", 1L));
            assertThat(counts(group(overview, "functie", "onbekend"))).isEqualTo(Map.of("A", 1L, "B", 1L));
            assertThat(counts(group(overview, "jaren-in-het-vak", "15-20"))).isEqualTo(Map.of("A", 1L, "B", 1L));
            assertThat(counts(group(overview, "organisatietype", "REGIONALE_WERKORGANISATIE"))).isEqualTo(Map.of("A", 1L, "B", 1L));
            assertThat(counts(group(overview, "organisatietype", "UWV"))).isEqualTo(Map.of("A", 1L, "B", 1L));
        });
    }

    @Test
    void aProfileOnlyTakesValuesFromTheVocabularies() {
        String anna = token("gemeente-amsterdam", "anna");

        var bad = http.put("/api/v1/profiel", anna, "{\"function\":\"wethouder\",\"yearsInField\":\"99\"}");

        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("errors")).extracting(error -> error.get("field").asString())
                .containsExactlyInAnyOrder("function", "yearsInField");
        var vocabularies = http.get("/api/v1/profiel/waarden", anna).json();
        assertThat(vocabularies.get("functions").get(0).get("code").asString()).isEqualTo("klantmanager");
        assertThat(vocabularies.get("yearsInField")).hasSize(5);
        assertThat(http.put("/api/v1/profiel", anna, "{\"function\":null,\"yearsInField\":null}").status()).isEqualTo(200);
    }

    @Test
    void thePingOnlyAuthenticates() {
        assertThat(http.get("/api/v1/stemmen/ping", token("uwv", "umar")).json().get("tenant").asString()).isEqualTo("uwv");
        assertThat(http.get("/api/v1/stemmen/ping", null).status()).isEqualTo(401);
    }

    @Test
    void rebuiltFromOffsetZeroWithRedeliveredEventsTheProjectionEqualsTheVotes() {
        String umar = token("uwv", "umar");
        String anna = token("gemeente-amsterdam", "anna");
        http.put(path("stem"), umar, "{\"optionId\":\"A\"}");
        http.put(path("stem"), umar, "{\"optionId\":\"B\"}");
        http.put(path("stem"), anna, "{\"optionId\":\"B\"}");
        // Every event of this case once more, as a producer retry or a replay would deliver them.
        voteCastEventsOf(caseId, 4).forEach(event -> kafka.publish(Topics.VOTE_CAST, event.key(),
                header(event, "ce_type"), header(event, "ce_tenant"), event.value()));
        String pieter = issuers.token("uwv", "pieter", "platformbeheerder");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(http.get(path("stemoverzicht"), umar).json().get("nationwide").get("total").asLong()).isEqualTo(3));
        assertThat(http.get("/api/v1/beheer/stemoverzicht/controle?kopkraker=" + caseId, pieter).json().get("equal").asBoolean())
                .isTrue();
        JsonNode before = http.get(path("stemoverzicht"), umar).json();

        var rebuilt = http.post("/api/v1/beheer/stemoverzicht/herbouw", pieter, "");

        assertThat(rebuilt.status()).isEqualTo(200);
        assertThat(rebuilt.json().get("events").asLong()).isGreaterThanOrEqualTo(8);
        assertThat(rebuilt.json().get("applicationId").asString()).contains("-herbouw-");
        var check = http.get("/api/v1/beheer/stemoverzicht/controle?kopkraker=" + caseId, pieter).json();
        assertThat(check.get("equal").asBoolean()).as(check.toString()).isTrue();
        assertThat(check.get("ballots").asLong()).isEqualTo(3);
        assertThat(check.get("counted").asLong()).isEqualTo(3);
        JsonNode after = http.get(path("stemoverzicht"), umar).json();
        assertThat(after.get("nationwide")).isEqualTo(before.get("nationwide"));
        assertThat(after.get("breakdowns")).isEqualTo(before.get("breakdowns"));
        assertThat(http.get("/api/v1/beheer/stemoverzicht/controle", umar).status()).isEqualTo(403);
    }

    @Test
    void anArchivedKopkrakerTakesNoMoreVotesButKeepsItsStemoverzicht() {
        String anna = token("gemeente-amsterdam", "anna");
        http.put(path("stem"), anna, "{\"optionId\":\"A\"}");

        kafka.publish(Topics.CASE_ARCHIVED, caseId, "nl.kenniskompas.case-archived.v1", "national",
                "{\"caseId\":\"%s\",\"version\":1,\"archivedAt\":\"2026-11-20T08:00:00Z\"}".formatted(caseId));

        // Probe with a fresh voter each time: a probe that got in before the archiving must not change Anna's vote.
        await().atMost(Duration.ofSeconds(30)).until(() ->
                http.put(path("stem"), token("uwv", "peiler-" + UUID.randomUUID()), "{\"optionId\":\"A\"}").status() == 409);
        assertThat(http.put(path("stem"), anna, "{\"optionId\":\"B\"}").status()).isEqualTo(409);
        var late = http.put(path("stem"), token("uwv", "te-laat"), "{\"optionId\":\"A\"}");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.isProblem()).isTrue();
        assertThat(late.json().get("detail").asString()).contains("gearchiveerd");
        assertThat(http.get(path("stem"), anna).json().get("optionId").asString()).isEqualTo("A");
        assertThat(http.get(path("stemoverzicht"), anna).status()).isEqualTo(200);
    }

    @Test
    void anArchivingThatArrivesBeforeThePublicationStillStopsVoting() {
        String early = "casus-" + UUID.randomUUID().toString().substring(0, 8);
        kafka.publish(Topics.CASE_ARCHIVED, early, "nl.kenniskompas.case-archived.v1", "national",
                "{\"caseId\":\"%s\",\"version\":1,\"archivedAt\":\"2026-11-20T08:00:00Z\"}".formatted(early));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                http.put("/api/v1/kopkrakers/" + early + "/stem", token("uwv", "umar"), "{\"optionId\":\"A\"}").status() == 409);

        announce(early, "{\"caseId\":\"%s\",\"version\":1,\"number\":101,\"title\":\"Laat\",\"options\":[{\"id\":\"A\",\"title\":\"x\"},{\"id\":\"B\",\"title\":\"y\"}],\"audience\":\"UWV\",\"publishedAt\":\"2026-11-01T08:00:00Z\"}"
                .formatted(early));

        // The publication that comes later must not make the case votable again.
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() ->
                http.put("/api/v1/kopkrakers/" + early + "/stem", token("uwv", "umar"), "{\"optionId\":\"A\"}").status() == 409);
    }

    @Test
    void aPoisonAnnouncementIsParkedAndTheNextOneStillArrives() {
        String next = "casus-" + UUID.randomUUID().toString().substring(0, 8);
        // Same key, so the same partition: the good record really is behind the poison one. It also carries a
        // field this consumer does not know, as a newer producer's event would.
        announce(next, "{this is not json");
        announce(next, "{\"caseId\":\"%s\",\"version\":1,\"number\":100,\"title\":\"Na\",\"options\":[{\"id\":\"A\",\"title\":\"x\"},{\"id\":\"B\",\"title\":\"y\"}],\"audience\":\"UWV\",\"publishedAt\":\"2026-11-01T08:00:00Z\",\"season\":\"winter\"}"
                .formatted(next));

        await().atMost(Duration.ofSeconds(30)).until(() ->
                http.put("/api/v1/kopkrakers/" + next + "/stem", token("uwv", "umar"), "{\"optionId\":\"B\"}").status() == 200);
        assertThat(kafka.read(Topics.deadLetter(Topics.CASE_PUBLISHED), record -> next.equals(record.key()), 1))
                .singleElement().satisfies(parked -> assertThat(parked.value()).isEqualTo("{this is not json"));
    }

    private String path(String resource) {
        return "/api/v1/kopkrakers/" + caseId + "/" + resource;
    }

    private String token(String tenant, String user) {
        return issuers.token(tenant, user, "professional");
    }

    private static Map<String, Long> counts(JsonNode share) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        share.get("options").forEach(option -> counts.put(option.get("optionId").asString(), option.get("count").asLong()));
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

    private void announce(String key, String data) {
        kafka.publish(Topics.CASE_PUBLISHED, key, "nl.kenniskompas.case-published.v1", "national", data);
    }

    private List<ConsumerRecord<String, String>> voteCastEventsOf(String kopkraker, int atLeast) {
        return kafka.read(Topics.VOTE_CAST, record -> record.value().contains("\"caseId\":\"" + kopkraker + "\""), atLeast);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return KafkaProbe.header(record, name);
    }
}
