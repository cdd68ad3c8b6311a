package nl.kenniskompas.dilemma.intake;

import nl.kenniskompas.events.Topics;
import nl.kenniskompas.platform.pseudonym.Pseudonyms;
import nl.kenniskompas.platform.testing.Http;
import nl.kenniskompas.platform.testing.KafkaProbe;
import nl.kenniskompas.platform.testing.ServiceIntegrationTest;
import nl.kenniskompas.platform.testing.SharedInfrastructure;
import nl.kenniskompas.platform.testing.TestIssuers;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static nl.kenniskompas.dilemma.DilemmaForms.dilemma;
import static nl.kenniskompas.dilemma.DilemmaForms.form;
import static nl.kenniskompas.dilemma.DilemmaForms.oneDilemma;
import static nl.kenniskompas.dilemma.DilemmaForms.submit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The intake form against the real broker and store: what is accepted is stored and announced once per dilemma,
 * what is refused leaves nothing behind, and who sent it is nowhere — not in the store, not in the events.
 */
@ServiceIntegrationTest
class HandingInADilemmaIT {

    private static final String INTAKE = "/api/v1/praktijkdilemmas/inzendingen";
    /** Names that would point at a person, in any casing, anywhere in a stored document or event. */
    private static final List<String> IDENTITY_FIELDS = List.of("subject", "sub", "user", "userid", "username", "author",
            "voter", "pseudonym", "name", "email", "submittedat", "createdby", "ip");

    private final TestIssuers issuers = TestIssuers.shared();
    private final KafkaProbe kafka = new KafkaProbe(SharedInfrastructure.kafkaBootstrapServers());
    private final JsonMapper json = JsonMapper.builder().build();
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Pseudonyms pseudonyms;
    @LocalServerPort
    int port;
    private Http http;

    @BeforeEach
    void client() {
        http = Http.at(port);
    }

    @Test
    void theQuestionnaireOffersTnosCategories() {
        JsonNode questionnaire = http.get("/api/v1/praktijkdilemmas/vragenlijst", professional("gemeente-amsterdam")).json();

        assertThat(questionnaire.get("functions")).hasSize(9);
        assertThat(questionnaire.get("educationLevels")).hasSize(4);
        assertThat(questionnaire.get("knowledgeSources")).hasSize(8);
        assertThat(questionnaire.get("knowledgeSources").get(0).get("label").asString()).isEqualTo("Mijn eigen ervaring");
        assertThat(questionnaire.get("consent").asString()).contains("anoniem");
        assertThat(questionnaire.get("limits").get("dilemmas").asInt()).isEqualTo(2);
    }

    @Test
    void twoDilemmasAreStoredTogetherAndEachIsAnnounced() {
        String form = form("{\"function\":\"anders\",\"functionOther\":\"Werkconsulent\",\"yearsInField\":\"20+\"}",
                dilemma("Eerst schulden of eerst werk?", "[\"eigen-ervaring\",\"anders\"],\"otherKnowledgeSource\":\"Een webinar\"", 1),
                dilemma("Sollicitatieplicht bij 63 jaar?", "[\"interne-beleidsrichtlijnen\"]", 2));

        List<String> ids = submit(http, professional("uwv"), form);

        assertThat(ids).hasSize(2).allMatch(id -> id.matches("PD-\\d{4,}"));
        List<ConsumerRecord<String, String>> events = kafka.read(Topics.DILEMMA_SUBMITTED, record -> ids.contains(record.key()), 2);
        assertThat(events).hasSize(2);
        JsonNode first = json.readTree(events.stream().filter(e -> e.key().equals(ids.get(0))).findFirst().orElseThrow().value());
        JsonNode second = json.readTree(events.stream().filter(e -> e.key().equals(ids.get(1))).findFirst().orElseThrow().value());
        assertThat(first.get("submissionId").asString()).isEqualTo(second.get("submissionId").asString());
        assertThat(first.get("dilemmasInSubmission").asInt()).isEqualTo(2);
        assertThat(first.get("function").asString()).isEqualTo("anders");
        assertThat(first.get("functionOther").asString()).isEqualTo("Werkconsulent");
        assertThat(first.get("knowledgeSources")).extracting(JsonNode::asString).containsExactly("eigen-ervaring", "anders");
        assertThat(first.get("otherKnowledgeSource").asString()).isEqualTo("Een webinar");
        assertThat(second.get("chosenApproach").asInt()).isEqualTo(2);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        assertThat(first.get("submittedOn").asString()).isEqualTo(today.toString());
        assertThat(KafkaProbe.header(events.get(0), "ce_tenant")).isEqualTo("uwv");
        assertThat(KafkaProbe.header(events.get(0), "ce_type")).isEqualTo("nl.kenniskompas.dilemma-submitted.v1");
        // The moment is not told, only the day: in the envelope and in the record's own timestamp.
        var midnight = today.atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant();
        assertThat(KafkaProbe.header(events.get(0), "ce_time")).isEqualTo(midnight.toString());
        assertThat(events.get(0).timestamp()).isEqualTo(midnight.toEpochMilli());
    }

    @Test
    void nothingThatIdentifiesTheRespondentIsStoredOrEmitted() {
        String subject = "anna-" + UUID.randomUUID();
        String token = issuers.token("gemeente-amsterdam", subject, "professional");
        long before = mongo.getCollection("submissions").countDocuments();
        // A client that sends who it is anyway is refused, naming the field: it is not part of the form.
        var withName = http.post(INTAKE, token, oneDilemma().replace("{\"consent\":true,", "{\"consent\":true,\"email\":\"anna@example.org\","));
        assertThat(withName.status()).isEqualTo(400);
        assertThat(withName.json().get("errors").get(0).get("field").asString()).isEqualTo("email");
        assertThat(mongo.getCollection("submissions").countDocuments()).isEqualTo(before);

        List<String> ids = submit(http, token, oneDilemma());

        Document stored = mongo.getCollection("submissions").find(new Document("dilemmaIds", ids.get(0))).first();
        assertThat(stored).isNotNull();
        String storedJson = stored.toJson();
        String pseudonym = pseudonyms.of("gemeente-amsterdam", subject);
        assertThat(storedJson).doesNotContain(subject, pseudonym, "Anna de Vries", "anna@example.org");
        assertThat(fieldNames(json.readTree(storedJson))).doesNotContainAnyElementsOf(IDENTITY_FIELDS);
        assertThat(stored.get("tenant")).isEqualTo("gemeente-amsterdam");

        ConsumerRecord<String, String> event = kafka.read(Topics.DILEMMA_SUBMITTED, record -> record.key().equals(ids.get(0)), 1).get(0);
        StringBuilder everything = new StringBuilder(event.value());
        event.headers().forEach(header -> everything.append(header.key()).append(new String(header.value())));
        assertThat(everything.toString()).doesNotContain(subject, pseudonym, "Anna de Vries", "anna@example.org");
        assertThat(fieldNames(json.readTree(event.value()))).doesNotContainAnyElementsOf(IDENTITY_FIELDS);
    }

    @Test
    void badFormsAreRefusedNamingTheFieldAndLeaveNothingBehind() {
        String token = professional("werkzaak-rivierenland");
        long submissionsBefore = mongo.getCollection("submissions").countDocuments();
        String valid = dilemma("Wat eerst?", "[\"internet\"]", 1);

        var noConsent = http.post(INTAKE, token, oneDilemma().replace("\"consent\":true", "\"consent\":false"));
        var oneApproach = http.post(INTAKE, token, form("null", valid.replace("Direct een werkervaringsplek zoeken", "")));
        var unknownSource = http.post(INTAKE, token, form("null", valid, dilemma("En dan?", "[\"internet\",\"wikipedia\"]", 1)));
        var overLong = http.post(INTAKE, token, form("null", dilemma("x".repeat(2001), "[\"internet\"]", 1)));
        var personalData = http.post(INTAKE, token, form("null", valid, dilemma("Mevrouw woont Dorpsstraat 12, 4001 AB Tiel.", "[\"internet\"]", 1)));
        var notJson = http.post(INTAKE, token, "{\"consent\":true,\"dilemmas\":[");

        assertProblem(noConsent, 422, "consent");
        assertProblem(oneApproach, 422, "dilemmas[0].approach2");
        assertProblem(unknownSource, 422, "dilemmas[1].knowledgeSources[1]");
        assertProblem(overLong, 422, "dilemmas[0].problem");
        assertProblem(personalData, 422, "dilemmas[1].problem");
        assertThat(personalData.json().get("type").asString()).endsWith("persoonsgegevens");
        assertThat(personalData.body()).doesNotContain("4001 AB");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.isProblem()).isTrue();
        assertThat(mongo.getCollection("submissions").countDocuments()).isEqualTo(submissionsBefore);
    }

    @Test
    void aScriptCannotFloodTheIntakeButTheLimitDoesNotNeedTheStoredForm() {
        String token = professional("gemeente-amsterdam");
        for (int i = 0; i < 3; i++) {
            submit(http, token, oneDilemma());
        }

        var fourth = http.post(INTAKE, token, oneDilemma());

        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.header("Retry-After")).isPresent();
        // A colleague is not held up by it.
        assertThat(http.post(INTAKE, professional("gemeente-amsterdam"), oneDilemma()).status()).isEqualTo(201);
    }

    @Test
    void onlyProfessionalsHandInDilemmas() {
        var redacteur = http.post(INTAKE, issuers.token("uwv", "rita", "redacteur"), oneDilemma());
        var anonymous = http.post(INTAKE, null, oneDilemma());

        assertThat(redacteur.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
    }

    private String professional(String tenant) {
        return issuers.token(tenant, "professional-" + UUID.randomUUID(), "professional");
    }

    private static void assertProblem(Http.Reply reply, int status, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.json().get("errors")).extracting(error -> error.get("field").asString()).contains(field);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        collect(node, names);
        return names;
    }

    private static void collect(JsonNode node, List<String> names) {
        if (node.isObject()) {
            node.properties().forEach(entry -> {
                names.add(entry.getKey().toLowerCase(Locale.ROOT));
                collect(entry.getValue(), names);
            });
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, names));
        }
    }
}
