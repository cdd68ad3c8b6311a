package nl.kenniskompas.kopkraker.redactie;

import nl.kenniskompas.events.Topics;
import nl.kenniskompas.platform.testing.AtOnce;
import nl.kenniskompas.platform.testing.Http;
import nl.kenniskompas.platform.testing.KafkaProbe;
import nl.kenniskompas.platform.testing.SharedInfrastructure;
import nl.kenniskompas.platform.testing.ServiceIntegrationTest;
import nl.kenniskompas.platform.testing.TestIssuers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The editor's workflow over HTTP: roles, the format gate, the release moment, illegal moves and the audit trail. */
@ServiceIntegrationTest
class EditingKopkrakersIT {

    private static final String REDACTIE = "/api/v1/redactie/kopkrakers";
    private final String rita = TestIssuers.shared().token("uwv", "rita", "redacteur");
    private final String anna = TestIssuers.shared().token("gemeente-amsterdam", "anna", "professional");
    @LocalServerPort
    int port;
    private Http http;

    @BeforeEach
    void connect() {
        http = Http.at(port);
    }

    @Test
    void aProfessionalMayNotUseTheEditor() {
        assertThat(http.get(REDACTIE, anna).status()).isEqualTo(403);
        assertThat(http.get(REDACTIE + "/jeanne", anna).status()).isEqualTo(403);
        assertThat(http.post(REDACTIE, anna, content("Ans", 140)).status()).isEqualTo(403);
        assertThat(http.put(REDACTIE + "/jeanne", anna, content("Ans", 140)).status()).isEqualTo(403);
        var move = http.post(REDACTIE + "/jeanne/overgangen", anna, "{\"to\":\"ARCHIVED\"}");
        assertThat(move.status()).isEqualTo(403);
        assertThat(move.isProblem()).isTrue();
    }

    @Test
    void aDraftGoesThroughReviewIntoTheScheduleAndIsReleasedAtItsMoment() {
        var created = http.post(REDACTIE, rita, content("Ans de Vries", 100));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.header("Location")).hasValue(REDACTIE + "/" + id);
        // A draft may be incomplete; the answer says what still breaks the format.
        assertThat(created.json().get("problems").findValuesAsString("field")).contains("background");

        var refused = move(id, "IN_REVIEW", null);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").get(0).get("message").asString())
                .startsWith("Huidige situatie met dilemma:");

        assertThat(http.put(REDACTIE + "/" + id, rita, content("Ans de Vries", 145)).json().get("problems")).isEmpty();
        assertThat(move(id, "IN_REVIEW", null).json().get("status").asString()).isEqualTo("IN_REVIEW");

        var inThePast = move(id, "SCHEDULED", Instant.now().minusSeconds(60));
        assertThat(inThePast.status()).isEqualTo(422);
        assertThat(inThePast.json().get("errors").get(0).get("field").asString()).isEqualTo("releaseAt");

        JsonNode scheduled = move(id, "SCHEDULED", Instant.now().plusSeconds(2)).json();
        assertThat(scheduled.get("status").asString()).isEqualTo("SCHEDULED");
        assertThat(http.get("/api/v1/kopkrakers/" + id, anna).status()).isEqualTo(404);

        await().atMost(Duration.ofSeconds(20)).until(() -> http.get("/api/v1/kopkrakers/" + id, anna).status() == 200);
        JsonNode history = http.get(REDACTIE + "/" + id, rita).json().get("history");
        assertThat(history.findValuesAsString("to")).containsExactly("IN_REVIEW", "SCHEDULED", "PUBLISHED");
        assertThat(history.get(0).get("by").asString()).isEqualTo("rita");
        assertThat(history.get(0).get("from").asString()).isEqualTo("DRAFT");
        assertThat(history.get(0).get("at").asString()).isNotBlank();

        assertThat(move(id, "ARCHIVED", null).json().get("status").asString()).isEqualTo("ARCHIVED");
        assertThat(http.get("/api/v1/kopkrakers/" + id, anna).status()).isEqualTo(404);
        // vote-service learns from this event that the case takes no more votes.
        var archived = new KafkaProbe(SharedInfrastructure.kafkaBootstrapServers())
                .read(Topics.CASE_ARCHIVED, record -> id.equals(record.key()), 1);
        assertThat(archived).singleElement().satisfies(event -> {
            assertThat(event.value()).contains("\"caseId\":\"" + id + "\"").contains("\"version\":1");
            assertThat(KafkaProbe.header(event, "ce_type")).isEqualTo("nl.kenniskompas.case-archived.v1");
        });
    }

    @Test
    void correctingALiveKopkrakerMakesANewVersionAndKeepsTheOld() {
        String id = live("Dirk");

        var corrected = http.put(REDACTIE + "/" + id, rita, content("Dirk", 146)
                .replace("\"literature\":[]", "\"literature\":[],\"inspiredBy\":[\"praktijkdilemma-7\"]"));
        var otherOptions = http.put(REDACTIE + "/" + id, rita, content("Dirk", 146).replace("\"id\":\"B\"", "\"id\":\"C\""));
        var tooLong = http.put(REDACTIE + "/" + id, rita, content("Dirk", 171));

        assertThat(corrected.status()).isEqualTo(200);
        assertThat(corrected.json().get("version").asInt()).isEqualTo(2);
        assertThat(http.get("/api/v1/kopkrakers/" + id, anna).json().get("version").asInt()).isEqualTo(2);
        assertThat(otherOptions.status()).isEqualTo(422);
        assertThat(otherOptions.json().get("errors").get(0).get("field").asString()).isEqualTo("options");
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(http.get(REDACTIE + "/" + id, rita).json().get("version").asInt()).isEqualTo(2);
        var announced = new KafkaProbe(SharedInfrastructure.kafkaBootstrapServers())
                .read(Topics.CASE_PUBLISHED, record -> id.equals(record.key()), 2);
        assertThat(announced).extracting(record -> record.value().contains("\"version\":2")).containsExactly(false, true);
        assertThat(announced.get(1).value()).contains("\"inspiredBy\":[\"praktijkdilemma-7\"]");
    }

    /** The outbox relay marks each announced version as sent moments after it is saved; that is nobody's conflict. */
    @Test
    void aLiveKopkrakerCorrectedAgainRightAfterEachCorrectionTakesEveryOneAndThenArchives() {
        String id = live("Gerda");

        List<Integer> answers = new ArrayList<>();
        for (int correction = 0; correction < 12; correction++) {
            answers.add(http.put(REDACTIE + "/" + id, rita, content("Gerda", 146 + correction)).status());
        }
        var archived = move(id, "ARCHIVED", null);

        assertThat(answers).containsOnly(200);
        assertThat(archived.status()).isEqualTo(200);
        assertThat(archived.json().get("version").asInt()).isEqualTo(13);
        assertThat(archived.json().get("status").asString()).isEqualTo("ARCHIVED");
    }

    @Test
    void redacteurenCreatingAtTheSameMomentEachGetTheirOwnNumber() throws Exception {
        List<java.util.concurrent.Callable<Http.Reply>> creations = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            creations.add(() -> http.post(REDACTIE, rita, content("Tegelijk", 145)));
        }

        List<Http.Reply> created = AtOnce.results(4, creations);

        assertThat(created).extracting(Http.Reply::status).containsOnly(201);
        assertThat(created).extracting(reply -> reply.json().get("number").asInt()).doesNotHaveDuplicates();
        assertThat(created).extracting(reply -> reply.json().get("id").asString()).doesNotHaveDuplicates();
    }

    @Test
    void anIllegalMoveIsA409AndChangesNothing() {
        String id = http.post(REDACTIE, rita, content("Bert", 140)).json().get("id").asString();

        var reply = move(id, "SCHEDULED", Instant.now().plusSeconds(3600));

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.json().get("detail").asString()).isEqualTo("Van concept naar ingepland kan niet.");
        assertThat(http.get(REDACTIE + "/" + id, rita).json().get("status").asString()).isEqualTo("DRAFT");
        assertThat(http.post(REDACTIE + "/" + id + "/overgangen", rita, "{\"to\":\"PUBLISHED\"}").status()).isEqualTo(409);
    }

    @Test
    void aCaseInReviewCannotBeRevisedAndUnknownFieldsAreRefused() {
        String id = http.post(REDACTIE, rita, content("Els", 145)).json().get("id").asString();
        move(id, "IN_REVIEW", null);
        var inReview = http.put(REDACTIE + "/" + id, rita, content("Els", 146));
        assertThat(inReview.status()).isEqualTo(409);
        assertThat(inReview.json().get("detail").asString()).contains("ter review");

        var unknown = http.post(REDACTIE, rita, content("Cor", 140).replaceFirst("\\{", "{\"kleur\":\"rood\","));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("kleur");
    }

    /** A Kopkraker for this client, through review and the schedule, released a second from now. */
    private String live(String client) {
        String id = http.post(REDACTIE, rita, content(client, 145)).json().get("id").asString();
        move(id, "IN_REVIEW", null);
        move(id, "SCHEDULED", Instant.now().plusSeconds(1));
        await().atMost(Duration.ofSeconds(20)).until(() -> http.get("/api/v1/kopkrakers/" + id, anna).status() == 200);
        return id;
    }

    private Http.Reply move(String id, String to, Instant releaseAt) {
        String at = releaseAt == null ? "" : ",\"releaseAt\":\"" + releaseAt + "\"";
        return http.post(REDACTIE + "/" + id + "/overgangen", rita, "{\"to\":\"" + to + "\"" + at + "}");
    }

    private static String content(String name, int backgroundWords) {
        String words = "woord ".repeat(backgroundWords).strip();
        String section = "Een korte en duidelijke tekst over deze aanpak.";
        String option = """
                {"id":"%s","title":"Aanpak %s","summary":"Kort gezegd.","goodIdea":"%s","howItWorks":"%s",
                 "evidence":"%s","caution":"%s","applyUrl":"https://www.divosa.nl/"}""";
        return """
                {"title":"Een testcasus","profile":{"naam":"%s","leeftijd":"41 jaar","thuissituatie":"Samenwonend",
                 "opleiding":"Mbo-2","werkloosheidsduur":"1 jaar","werkervaring":"Schoonmaak","wensVanDeKlant":"Werken",
                 "belemmeringen":"Rugklachten","sociaalNetwerk":"Groot"},
                 "background":"%s","dilemma":"Ga je dit doen of ga je dat doen?",
                 "options":[%s,%s],"theme":"Snelste route naar werk","concepts":["autonomie"],"audience":"BEIDE",
                 "benefitTypes":[],"literature":[]}"""
                .formatted(name, words, option.formatted("A", "A", section, section, section, section),
                        option.formatted("B", "B", section, section, section, section));
    }
}
