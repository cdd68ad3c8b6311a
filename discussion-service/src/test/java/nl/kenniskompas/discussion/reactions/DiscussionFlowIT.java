package nl.kenniskompas.discussion.reactions;

import nl.kenniskompas.events.Topics;
import nl.kenniskompas.platform.pseudonym.Pseudonyms;
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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The conversation under a Kopkraker against the real broker and store: votes arrive as {@code vote-cast} events (as
 * vote-service sends them), reactions leave as {@code reaction-posted} and {@code reaction-moderated}.
 */
@ServiceIntegrationTest
class DiscussionFlowIT {

    private static final AtomicLong BALLOT_VERSIONS = new AtomicLong(1);
    private final TestIssuers issuers = TestIssuers.shared();
    private final KafkaProbe kafka = new KafkaProbe(SharedInfrastructure.kafkaBootstrapServers());
    @Autowired
    Pseudonyms pseudonyms;
    @LocalServerPort
    int port;
    private Http http;
    private String caseId;

    @BeforeEach
    void aKopkraker() {
        http = Http.at(port);
        caseId = "gesprek-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aVoterExplainsWhyAndColleaguesSeeTheChosenOptionAndFunction() {
        String anna = voter("gemeente-amsterdam", "anna", "A", "klantmanager");
        String mo = voter("gemeente-amsterdam", "mo", "B", null);

        var posted = http.post("/api/v1/reacties", anna,
                "{\"caseId\":\"%s\",\"text\":\"Zij wil zelf kiezen; dat motiveert.\"}".formatted(caseId));

        assertThat(posted.status()).isEqualTo(201);
        JsonNode seen = http.get(list(), mo).json().get("items").get(0);
        assertThat(seen.get("text").asString()).isEqualTo("Zij wil zelf kiezen; dat motiveert.");
        assertThat(seen.get("authorOption").asString()).isEqualTo("A");
        assertThat(seen.get("authorFunction").asString()).isEqualTo("Klantmanager");
        assertThat(seen.get("organisation").asString()).isEqualTo("Gemeente Amsterdam");
        assertThat(seen.get("visibility").asString()).isEqualTo("ORGANISATIE");
        assertThat(seen.get("mine").asBoolean()).isFalse();

        // Anna changes her vote: her reaction shows her choice as it is now.
        vote("gemeente-amsterdam", "anna", "B", "klantmanager");
        await().atMost(Duration.ofSeconds(20)).until(() ->
                http.get(list(), mo).json().get("items").get(0).get("authorOption").asString().equals("B"));
    }

    @Test
    void reactionsStayInTheOrganisationUnlessSharedNationwide() {
        String anna = voter("gemeente-amsterdam", "anna", "A", null);
        String wendy = voter("werkzaak-rivierenland", "wendy", "B", null);
        String own = id(http.post("/api/v1/reacties", anna, "{\"caseId\":\"%s\",\"text\":\"Alleen voor Amsterdam.\"}".formatted(caseId)));
        String shared = id(http.post("/api/v1/reacties", anna,
                "{\"caseId\":\"%s\",\"text\":\"Voor iedereen.\",\"nationwide\":true}".formatted(caseId)));

        JsonNode werkzaak = http.get(list(), wendy).json();

        assertThat(werkzaak.get("total").asLong()).isEqualTo(1);
        assertThat(werkzaak.get("items").get(0).get("id").asString()).isEqualTo(shared);
        assertThat(http.get("/api/v1/reacties/" + own, wendy).status()).isEqualTo(404);
        assertThat(http.post("/api/v1/reacties/" + own + "/antwoorden", wendy, "{\"text\":\"Hoi\"}").status()).isEqualTo(404);
        assertThat(http.put("/api/v1/reacties/" + own + "/herkenbaar", wendy, "").status()).isEqualTo(404);
    }

    @Test
    void onlyThoseWhoVotedReadOrWrite() {
        voter("uwv", "umar", "A", null);
        String ilse = issuers.token("gemeente-amsterdam", "ilse", "professional");

        var reading = http.get(list(), ilse);
        var writing = http.post("/api/v1/reacties", ilse, "{\"caseId\":\"%s\",\"text\":\"Ik denk B.\"}".formatted(caseId));

        assertThat(reading.status()).isEqualTo(403);
        assertThat(reading.isProblem()).isTrue();
        assertThat(writing.status()).isEqualTo(403);
        assertThat(reading.json().get("detail").asString()).contains("Kies eerst zelf");
    }

    @Test
    void repliesAreOneLevelDeep() {
        String anna = voter("gemeente-amsterdam", "anna", "A", null);
        String mo = voter("gemeente-amsterdam", "mo", "B", null);
        String reaction = id(http.post("/api/v1/reacties", anna, "{\"caseId\":\"%s\",\"text\":\"A, want werk eerst.\"}".formatted(caseId)));

        var reply = http.post("/api/v1/reacties/" + reaction + "/antwoorden", mo, "{\"text\":\"Maar zijn schulden dan?\"}");
        var replyToReply = http.post("/api/v1/reacties/" + id(reply) + "/antwoorden", anna, "{\"text\":\"Die pakken we samen aan.\"}");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(replyToReply.status()).isEqualTo(409);
        assertThat(replyToReply.json().get("detail").asString()).contains("niet op een antwoord");
        JsonNode thread = http.get(list(), anna).json().get("items").get(0);
        assertThat(thread.get("replies")).singleElement().satisfies(r -> {
            assertThat(r.get("text").asString()).isEqualTo("Maar zijn schulden dan?");
            assertThat(r.get("authorOption").asString()).isEqualTo("B");
        });
    }

    @Test
    void herkenbaarIsOnePerPersonUndoableAndSortsTheConversation() {
        String anna = voter("gemeente-amsterdam", "anna", "A", null);
        String mo = voter("gemeente-amsterdam", "mo", "B", null);
        String ilse = voter("gemeente-amsterdam", "ilse", "B", null);
        String first = id(http.post("/api/v1/reacties", anna, "{\"caseId\":\"%s\",\"text\":\"Eerste.\"}".formatted(caseId)));
        String second = id(http.post("/api/v1/reacties", mo, "{\"caseId\":\"%s\",\"text\":\"Tweede.\"}".formatted(caseId)));

        http.put("/api/v1/reacties/" + first + "/herkenbaar", mo, "");
        var twice = http.put("/api/v1/reacties/" + first + "/herkenbaar", mo, "");
        http.put("/api/v1/reacties/" + first + "/herkenbaar", ilse, "");
        var own = http.put("/api/v1/reacties/" + first + "/herkenbaar", anna, "");

        assertThat(twice.json().get("recognitions").asInt()).isEqualTo(1);
        assertThat(own.status()).isEqualTo(409);
        assertThat(ids(http.get(list() + "&sort=nieuw", anna).json())).containsExactly(second, first);
        assertThat(ids(http.get(list() + "&sort=herkenbaar", anna).json())).containsExactly(first, second);
        assertThat(http.get("/api/v1/reacties/" + first, mo).json().get("recognisedByMe").asBoolean()).isTrue();

        var undone = http.delete("/api/v1/reacties/" + first + "/herkenbaar", mo).json();
        assertThat(undone.get("recognitions").asInt()).isEqualTo(1);
        assertThat(undone.get("recognisedByMe").asBoolean()).isFalse();

        JsonNode page = http.get(list() + "&size=1&page=1", anna).json();
        assertThat(page.get("total").asLong()).isEqualTo(2);
        assertThat(ids(page)).containsExactly(first);
        assertThat(http.get(list() + "&size=51", anna).status()).isEqualTo(422);
        assertThat(http.get(list() + "&sort=populair", anna).json().get("errors").get(0).get("field").asString()).isEqualTo("sort");
    }

    @Test
    void badTextIsAClearProblemAndNothingIsStored() {
        String anna = voter("gemeente-amsterdam", "anna", "A", null);

        var empty = http.post("/api/v1/reacties", anna, "{\"caseId\":\"%s\",\"text\":\"   \"}".formatted(caseId));
        var tooLong = http.post("/api/v1/reacties", anna, "{\"caseId\":\"%s\",\"text\":\"%s\"}".formatted(caseId, "x".repeat(1001)));
        var personal = http.post("/api/v1/reacties", anna,
                "{\"caseId\":\"%s\",\"text\":\"Bel haar op 06-12345678, BSN 123456782.\"}".formatted(caseId));
        var noCase = http.post("/api/v1/reacties", anna, "{\"text\":\"Waarom?\"}");

        assertThat(empty.status()).isEqualTo(422);
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.json().get("errors").get(0).get("message").asString()).contains("1000");
        assertThat(personal.status()).isEqualTo(422);
        assertThat(personal.json().get("type").asString()).endsWith("persoonsgegevens");
        assertThat(personal.json().get("errors")).extracting(e -> e.get("message").asString())
                .anySatisfy(m -> assertThat(m).contains("telefoonnummer"))
                .anySatisfy(m -> assertThat(m).contains("burgerservicenummer"))
                .allSatisfy(m -> assertThat(m).doesNotContain("12345678"));
        assertThat(noCase.json().get("errors").get(0).get("field").asString()).isEqualTo("caseId");
        assertThat(http.get(list(), anna).json().get("total").asLong()).isZero();
    }

    @Test
    void postingTooFastIsRefusedWithWhenToTryAgain() {
        String pim = voter("uwv", "pim-" + UUID.randomUUID(), "A", null);

        List<Integer> statuses = java.util.stream.IntStream.range(0, 6).mapToObj(i -> http.post("/api/v1/reacties", pim,
                "{\"caseId\":\"%s\",\"text\":\"Bericht %d.\"}".formatted(caseId, i)).status()).toList();

        assertThat(statuses).containsExactly(201, 201, 201, 201, 201, 429);
        var refused = http.post("/api/v1/reacties", pim, "{\"caseId\":\"%s\",\"text\":\"Nog een.\"}".formatted(caseId));
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.header("Retry-After")).isPresent();
    }

    @Test
    void authorsEditAndDeleteTheirOwnOnly() {
        String anna = voter("gemeente-amsterdam", "anna", "A", null);
        String mo = voter("gemeente-amsterdam", "mo", "B", null);
        String reaction = id(http.post("/api/v1/reacties", anna, "{\"caseId\":\"%s\",\"text\":\"Eerst.\"}".formatted(caseId)));
        http.post("/api/v1/reacties/" + reaction + "/antwoorden", mo, "{\"text\":\"Waarom?\"}");

        assertThat(http.put("/api/v1/reacties/" + reaction, mo, "{\"text\":\"Gekaapt.\"}").status()).isEqualTo(403);
        var edited = http.put("/api/v1/reacties/" + reaction, anna, "{\"text\":\"Beter zo.\"}").json();
        assertThat(edited.get("text").asString()).isEqualTo("Beter zo.");
        assertThat(edited.get("editedAt").isNull()).isFalse();

        assertThat(http.delete("/api/v1/reacties/" + reaction, mo).status()).isEqualTo(403);
        assertThat(http.delete("/api/v1/reacties/" + reaction, anna).status()).isEqualTo(204);
        JsonNode kept = http.get(list(), mo).json().get("items").get(0);
        assertThat(kept.get("deleted").asBoolean()).isTrue();
        assertThat(kept.get("text").isNull()).isTrue();
        assertThat(kept.get("replies")).hasSize(1);
        assertThat(moderatedEvents(reaction, 2)).extracting(e -> e.value().contains("\"EDITED\"") ? "EDITED" : "DELETED")
                .containsExactly("EDITED", "DELETED");
    }

    /** The outbox relay marks each edit's event as sent moments after it is saved; that is nobody's conflict. */
    @Test
    void anAuthorEditingAgainRightAfterEachEditKeepsEveryEditAndCanThenDelete() {
        String anna = voter("gemeente-amsterdam", "anna", "A", null);
        String reaction = id(http.post("/api/v1/reacties", anna, "{\"caseId\":\"%s\",\"text\":\"Eerst.\"}".formatted(caseId)));

        List<Integer> answers = new ArrayList<>();
        for (int edit = 1; edit <= 40; edit++) {
            answers.add(http.put("/api/v1/reacties/" + reaction, anna, "{\"text\":\"Versie %d.\"}".formatted(edit)).status());
        }
        int deleted = http.delete("/api/v1/reacties/" + reaction, anna).status();

        assertThat(answers).containsOnly(200);
        assertThat(deleted).isEqualTo(204);
        assertThat(moderatedEvents(reaction, 41)).filteredOn(e -> e.value().contains("\"EDITED\"")).hasSize(40);
    }

    @Test
    void aModeratorOfTheOrganisationHidesAndRestoresReportedReactionsWithAReason() {
        String anna = voter("gemeente-amsterdam", "anna", "A", null);
        String ilse = voter("gemeente-amsterdam", "ilse", "B", null);
        String wendy = voter("werkzaak-rivierenland", "wendy", "B", null);
        String reaction = id(http.post("/api/v1/reacties", anna,
                "{\"caseId\":\"%s\",\"text\":\"Die klant is lui.\",\"nationwide\":true}".formatted(caseId)));
        String mo = issuers.token("gemeente-amsterdam", "mo", "professional", "moderator");
        String bas = issuers.token("werkzaak-rivierenland", "bas", "professional", "moderator");

        assertThat(http.post("/api/v1/reacties/" + reaction + "/meldingen", ilse, "{\"reason\":\"Niet respectvol.\"}").status()).isEqualTo(202);
        assertThat(http.post("/api/v1/reacties/" + reaction + "/meldingen", wendy, "{\"reason\":\"Stigmatiserend.\"}").status()).isEqualTo(202);
        assertThat(http.post("/api/v1/reacties/" + reaction + "/meldingen", wendy, "{\"reason\":\"\"}").status()).isEqualTo(422);

        JsonNode queue = http.get("/api/v1/reacties/moderatie", mo).json();
        assertThat(queue).anySatisfy(item -> {
            assertThat(item.get("id").asString()).isEqualTo(reaction);
            assertThat(item.get("openReports").asInt()).isEqualTo(2);
        });
        assertThat(http.get("/api/v1/reacties/moderatie", bas).json()).noneMatch(item -> item.get("id").asString().equals(reaction));
        assertThat(http.post("/api/v1/reacties/" + reaction + "/verbergen", bas, "{\"reason\":\"x\"}").status()).isEqualTo(404);
        assertThat(http.post("/api/v1/reacties/" + reaction + "/verbergen", ilse, "{\"reason\":\"x\"}").status()).isEqualTo(403);
        assertThat(http.post("/api/v1/reacties/" + reaction + "/verbergen", mo, "{}").status()).isEqualTo(422);

        var hidden = http.post("/api/v1/reacties/" + reaction + "/verbergen", mo, "{\"reason\":\"Stigmatiserend over de klant.\"}");

        assertThat(hidden.status()).isEqualTo(200);
        assertThat(hidden.json().get("openReports").asInt()).isZero();
        assertThat(hidden.json().get("audit")).extracting(entry -> entry.get("action").asString())
                .containsExactly("GEPLAATST", "GEMELD", "GEMELD", "VERBORGEN");
        JsonNode forWendy = http.get("/api/v1/reacties/" + reaction, wendy).json();
        assertThat(forWendy.get("hidden").asBoolean()).isTrue();
        assertThat(forWendy.get("text").isNull()).isTrue();
        assertThat(http.get("/api/v1/reacties/" + reaction, anna).json().get("text").asString()).isEqualTo("Die klant is lui.");
        assertThat(http.post("/api/v1/reacties/" + reaction + "/verbergen", mo, "{\"reason\":\"nog eens\"}").status()).isEqualTo(409);

        var restored = http.post("/api/v1/reacties/" + reaction + "/herstellen", mo, "{\"reason\":\"Na overleg aangepast.\"}");
        assertThat(restored.json().get("hidden").asBoolean()).isFalse();
        assertThat(moderatedEvents(reaction, 2)).extracting(ConsumerRecord::value)
                .anySatisfy(v -> assertThat(v).contains("\"HIDDEN\"")).anySatisfy(v -> assertThat(v).contains("\"RESTORED\""));
    }

    @Test
    void eachReactionIsAnnouncedWithAPseudonymousAuthorAndWithoutItsText() {
        String anna = voter("gemeente-amsterdam", "anna", "A", "jobcoach");
        String reaction = id(http.post("/api/v1/reacties", anna,
                "{\"caseId\":\"%s\",\"text\":\"Geheime uitleg.\",\"nationwide\":true}".formatted(caseId)));

        var events = kafka.read(Topics.REACTION_POSTED, record -> reaction.equals(record.key()), 1);

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.value()).doesNotContain("Geheime").doesNotContain("anna")
                    .contains("\"author\":\"" + pseudonyms.of("gemeente-amsterdam", subject("anna")) + "\"")
                    .contains("\"authorOption\":\"A\"").contains("\"function\":\"jobcoach\"")
                    .contains("\"visibility\":\"LANDELIJK\"").contains("\"textLength\":15");
            assertThat(KafkaProbe.header(event, "ce_tenant")).isEqualTo("gemeente-amsterdam");
            assertThat(KafkaProbe.header(event, "ce_type")).isEqualTo("nl.kenniskompas.reaction-posted.v1");
        });
    }

    @Test
    void professionalsProposeAndSupportThirdOptionsAndRedacteurenSeeThemRanked() {
        String anna = voter("gemeente-amsterdam", "anna", "A", null);
        String wendy = voter("werkzaak-rivierenland", "wendy", "B", null);
        String umar = voter("uwv", "umar", "B", null);
        String jobcoaching = id(http.post("/api/v1/reacties/derde-opties", anna,
                "{\"caseId\":\"%s\",\"title\":\"Jobcoaching op de werkplek\",\"explanation\":\"Begeleiding bij het werk zelf.\"}".formatted(caseId)));
        String proefplaatsing = id(http.post("/api/v1/reacties/derde-opties", wendy,
                "{\"caseId\":\"%s\",\"title\":\"Proefplaatsing\",\"explanation\":\"Eerst twee maanden proberen.\"}".formatted(caseId)));

        http.put("/api/v1/reacties/derde-opties/" + proefplaatsing + "/steun", umar, "");
        http.put("/api/v1/reacties/derde-opties/" + proefplaatsing + "/steun", anna, "");
        assertThat(http.put("/api/v1/reacties/derde-opties/" + jobcoaching + "/steun", anna, "").status()).isEqualTo(409);

        JsonNode forEditors = http.get("/api/v1/reacties/derde-opties/redactie?kopkraker=" + caseId,
                issuers.token("uwv", "rita", "redacteur")).json().get(caseId);
        assertThat(forEditors).extracting(p -> p.get("title").asString()).containsExactly("Proefplaatsing", "Jobcoaching op de werkplek");
        assertThat(forEditors.get(0).get("support").asInt()).isEqualTo(2);
        assertThat(http.get("/api/v1/reacties/derde-opties/redactie", anna).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/reacties/derde-opties?kopkraker=" + caseId, umar).json().get(0).get("supportedByMe").asBoolean()).isTrue();
        assertThat(http.post("/api/v1/reacties/derde-opties", anna,
                "{\"caseId\":\"%s\",\"title\":\"Mail j.jansen@uwv.nl\",\"explanation\":\"x\"}".formatted(caseId)).status()).isEqualTo(422);
    }

    /**
     * A professional who voted: their vote-cast event is mirrored before the test goes on. Each test has its own
     * people (the user name plus the test's case), so posting limits of one test do not reach another.
     */
    private String voter(String tenant, String user, String option, String function) {
        vote(tenant, user, option, function);
        String token = issuers.token(tenant, subject(user), "professional");
        await().atMost(Duration.ofSeconds(20)).until(() -> http.get(list(), token).status() == 200);
        return token;
    }

    private String subject(String user) {
        return user + "." + caseId;
    }

    private void vote(String tenant, String user, String option, String function) {
        String voter = pseudonyms.of(tenant, subject(user));
        String data = "{\"caseId\":\"%s\",\"caseVersion\":1,\"voter\":\"%s\",\"optionId\":\"%s\",\"previousOptionId\":null,\"ballotVersion\":%d,\"castAt\":\"2026-11-25T10:00:00Z\",\"function\":%s,\"yearsInField\":null}"
                .formatted(caseId, voter, option, BALLOT_VERSIONS.incrementAndGet(), function == null ? "null" : "\"" + function + "\"");
        kafka.publish(Topics.VOTE_CAST, tenant + ":" + caseId + ":" + voter, "nl.kenniskompas.vote-cast.v1", tenant, data);
    }

    private List<ConsumerRecord<String, String>> moderatedEvents(String reaction, int atLeast) {
        return kafka.read(Topics.REACTION_MODERATED, record -> reaction.equals(record.key()), atLeast);
    }

    private String list() {
        return "/api/v1/reacties?kopkraker=" + caseId;
    }

    private static String id(Http.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asString();
    }

    private static List<String> ids(JsonNode page) {
        return page.get("items").valueStream().map(item -> item.get("id").asString()).toList();
    }
}
