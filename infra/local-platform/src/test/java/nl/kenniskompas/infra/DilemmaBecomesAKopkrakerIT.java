package nl.kenniskompas.infra;

import nl.kenniskompas.infra.testing.Api;
import nl.kenniskompas.infra.testing.RunningPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * End to end across services, only through the gateway and Kafka: a professional hands in a praktijkdilemma, a
 * redacteur names it in a new version of a published Kopkraker, and the intake marks it used from {@code case-published}
 * — case-service never calls the intake.
 */
@ExtendWith(RunningPlatform.Extension.class)
class DilemmaBecomesAKopkrakerIT {

    private static final List<String> CONTENT = List.of("title", "profile", "background", "dilemma", "options", "theme",
            "concepts", "audience", "benefitTypes", "literature", "inspiredBy");
    private static final List<String> OPTION = List.of("id", "title", "summary", "goodIdea", "howItWorks", "evidence",
            "caution", "applyUrl");

    @Test
    void aDilemmaNamedByAPublishedKopkrakerIsMarkedUsed(RunningPlatform platform) {
        Api api = platform.api();
        String anna = platform.demoLogin().tokenFor("anna");
        String rita = platform.demoLogin().tokenFor("rita");
        Api.Response submitted = api.postJson("/api/v1/praktijkdilemmas/inzendingen", anna, """
                {"consent":true,"background":{"function":"klantmanager"},"dilemmas":[{"problem":"Eerst taal of eerst werk?",
                 "approach1":"Taaltraject eerst","approach2":"Werk met taal op de werkplek","knowledgeSources":["eigen-ervaring"],
                 "chosenApproach":2}]}""");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        String dilemmaId = submitted.json().get("dilemmaIds").get(0).asString();

        // The last published Kopkraker but Jeanne (other tests vote on her), as the editor sees it.
        String caseId = null;
        for (JsonNode kopkraker : api.get("/api/v1/redactie/kopkrakers", rita).json()) {
            if ("PUBLISHED".equals(kopkraker.get("status").asString()) && !"jeanne".equals(kopkraker.get("id").asString())) {
                caseId = kopkraker.get("id").asString();
            }
        }
        assertThat(caseId).as("a published Kopkraker besides Jeanne").isNotNull();
        JsonNode edited = api.get("/api/v1/redactie/kopkrakers/" + caseId, rita).json();
        ObjectNode content = JsonMapper.builder().build().createObjectNode();
        CONTENT.forEach(field -> content.set(field, edited.get(field)));
        ArrayNode options = content.putArray("options");
        edited.get("options").forEach(option -> {
            ObjectNode copy = options.addObject();
            OPTION.forEach(field -> copy.set(field, option.get(field)));
        });
        content.putArray("inspiredBy").add(dilemmaId);

        Api.Response newVersion = api.putJson("/api/v1/redactie/kopkrakers/" + caseId, rita, content.toString());

        assertThat(newVersion.status()).as(newVersion.toString()).isEqualTo(200);
        String kopkraker = caseId;
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode dilemma = api.get("/api/v1/praktijkdilemmas/" + dilemmaId, rita).json();
            assertThat(dilemma.get("status").get("code").asString()).isEqualTo("GEBRUIKT");
            assertThat(dilemma.get("kopkrakers").get(0).get("caseId").asString()).isEqualTo(kopkraker);
        });
    }
}
