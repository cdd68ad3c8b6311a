package nl.kenniskompas.dilemma;

import nl.kenniskompas.platform.testing.Http;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Intake forms as the web app sends them, for the integration tests. */
public final class DilemmaForms {

    private DilemmaForms() {
    }

    public static String dilemma(String problem, String sources, int chosen) {
        return """
                {"problem":"%s","approach1":"Eerst de schulden stabiliseren","approach2":"Direct een werkervaringsplek zoeken",
                 "knowledgeSources":%s,"chosenApproach":%d}""".formatted(problem, sources, chosen);
    }

    public static String form(String background, String... dilemmas) {
        return """
                {"consent":true,"background":%s,"dilemmas":[%s],"remark":null}""".formatted(background, String.join(",", dilemmas));
    }

    public static String oneDilemma() {
        return form("{\"function\":\"klantmanager\",\"educationLevel\":\"hbo-wo-bachelor\",\"yearsInField\":\"10-15\"}",
                dilemma("Klant met schulden wil snel aan het werk.", "[\"eigen-ervaring\",\"ervaring-collegas\"]", 2));
    }

    /** Submits and answers the new dilemma ids. */
    public static List<String> submit(Http http, String token, String form) {
        Http.Reply reply = http.post("/api/v1/praktijkdilemmas/inzendingen", token, form);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return StreamSupport.stream(reply.json().get("dilemmaIds").spliterator(), false).map(JsonNode::asString).toList();
    }
}
