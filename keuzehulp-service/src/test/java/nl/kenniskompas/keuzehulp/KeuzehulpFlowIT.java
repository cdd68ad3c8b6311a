package nl.kenniskompas.keuzehulp;

import nl.kenniskompas.events.Topics;
import nl.kenniskompas.keuzehulp.catalogue.CsvRows;
import nl.kenniskompas.platform.testing.AtOnce;
import nl.kenniskompas.platform.testing.Http;
import nl.kenniskompas.platform.testing.KafkaProbe;
import nl.kenniskompas.platform.testing.ServiceIntegrationTest;
import nl.kenniskompas.platform.testing.SharedInfrastructure;
import nl.kenniskompas.platform.testing.TestIssuers;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Keuzehulp against the real broker and store: a beheerder loads a catalogue from a spreadsheet (all or nothing),
 * professionals search it with facets and review it, clients review through a single-use link, and no organisation
 * ever sees another's instruments or reviews.
 */
@ServiceIntegrationTest
class KeuzehulpFlowIT {

    private static final String SEARCH = "/api/v1/keuzehulp/instrumenten";
    private static final String IMPORT = "/api/v1/keuzehulp/beheer/import";

    private final TestIssuers issuers = TestIssuers.shared();
    private final KafkaProbe kafka = new KafkaProbe(SharedInfrastructure.kafkaBootstrapServers());
    @Autowired
    MongoTemplate mongo;
    @LocalServerPort
    int port;
    private Http http;
    private String tenant;
    private String beheerder;
    private String professional;

    @BeforeEach
    void anOrganisation() {
        http = Http.at(port);
        // Each test its own organisation's catalogue: the three test tenants, in turn, with fresh keys.
        tenant = List.of("gemeente-amsterdam", "werkzaak-rivierenland", "uwv").get((int) (System.nanoTime() % 3));
        beheerder = issuers.token(tenant, "beheerder-" + UUID.randomUUID(), "instrumentbeheerder", "professional");
        professional = issuers.token(tenant, "professional-" + UUID.randomUUID(), "professional");
    }

    @Test
    void aCatalogueImportedFromASpreadsheetIsSearchableWithFacetCounts() {
        String prefix = prefix();
        Map<String, String> young = CsvRows.publishable(prefix + "-jong");
        young.put("naam", prefix + " Jongerenloket");
        young.put("leeftijd", "16-18|19-21|22-26");
        young.put("doelen", "scholing");
        Map<String, String> everyone = CsvRows.publishable(prefix + "-iedereen");
        everyone.put("naam", prefix + " Budgetcursus");
        everyone.put("leeftijd", "");
        everyone.put("doelen", "schulden");
        Map<String, String> concept = CsvRows.publishable(prefix + "-concept");
        concept.put("status", "concept");

        Http.Reply imported = importCsv(beheerder, CsvRows.csv(List.of(young, everyone, concept)));

        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().get("created").asInt()).isEqualTo(3);
        JsonNode adults = http.get(SEARCH + "?zoek=" + prefix + "&leeftijd=27-55", professional).json();
        assertThat(names(adults)).containsExactly(prefix + " Budgetcursus");
        JsonNode ages = facet(adults, "leeftijd");
        assertThat(value(ages, "16-18").get("count").asInt()).isEqualTo(2);
        assertThat(value(ages, "27-55").get("selected").asBoolean()).isTrue();
        JsonNode goals = facet(http.get(SEARCH + "?zoek=" + prefix, professional).json(), "doel");
        assertThat(value(goals, "scholing").get("count").asInt()).isEqualTo(1);
        assertThat(value(goals, "motivatie").get("count").asInt()).isZero();
        assertThat(http.get(SEARCH + "?zoek=" + prefix + "&leeftijd=40", professional).json().get("errors").get(0).get("field")
                .asString()).isEqualTo("leeftijd");
        var published = kafka.read(Topics.INSTRUMENT_PUBLISHED, record -> record.key().startsWith(tenant + ":")
                && record.value().contains(prefix), 2);
        assertThat(published).hasSize(2);
    }

    @Test
    void aSpreadsheetWithOneBadRowImportsNothingAndNamesEveryProblem() {
        String prefix = prefix();
        Map<String, String> good = CsvRows.publishable(prefix + "-goed");
        Map<String, String> badCosts = CsvRows.publishable(prefix + "-fout");
        badCosts.put("kosten", "duur");
        badCosts.put("leeftijd", "16-18|jong");
        badCosts.put("links", "Folder|Site=ftp://example.org");
        Map<String, String> noCard = CsvRows.publishable(prefix + "-zonder-kaart");
        noCard.put("b1_voor_wie", "");
        long before = mongo.count(new org.springframework.data.mongodb.core.query.Query(), "instruments");

        Http.Reply refused = importCsv(beheerder, CsvRows.csv(List.of(good, badCosts, noCard, good)));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("type").asString()).endsWith("import-geweigerd");
        assertThat(refused.json().get("errors")).extracting(error -> error.get("field").asString())
                .containsExactlyInAnyOrder("rij 3: kosten", "rij 3: leeftijd", "rij 3: links", "rij 3: links", "rij 4: b1_voor_wie", "rij 5: id");
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), "instruments")).isEqualTo(before);
        assertThat(importCsv(beheerder, "naam;doel\r\nx;y\r\n").json().get("errors").get(0).get("field").asString()).isEqualTo("rij 1");
        assertThat(importCsv(professional, CsvRows.csv(List.of(good))).status()).isEqualTo(403);
    }

    @Test
    void theExportReadsBackIntoTheSameCatalogue() {
        String prefix = prefix();
        importCsv(beheerder, CsvRows.csv(List.of(CsvRows.publishable(prefix + "-a"), CsvRows.publishable(prefix + "-b"))));

        Http.Reply export = http.get("/api/v1/keuzehulp/beheer/export", beheerder);
        Http.Reply again = importCsv(beheerder, export.body());

        assertThat(export.contentType()).startsWith("text/csv");
        assertThat(export.body()).contains(prefix + "-a;gepubliceerd;");
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().get("created").asInt()).isZero();
    }

    @Test
    void anotherOrganisationsInstrumentsAndReviewsDoNotExist() {
        String prefix = prefix();
        importCsv(beheerder, CsvRows.csv(List.of(CsvRows.publishable(prefix + "-eigen"))));
        String id = http.get(SEARCH + "?zoek=" + prefix, professional).json().get("items").get(0).get("id").asString();
        String other = List.of("gemeente-amsterdam", "werkzaak-rivierenland", "uwv").stream().filter(t -> !t.equals(tenant)).findFirst().orElseThrow();
        String outsider = issuers.token(other, "buiten-" + UUID.randomUUID(), "professional", "instrumentbeheerder", "moderator");
        String review = http.put(SEARCH + "/" + id + "/beoordelingen/mijn", professional,
                "{\"general\":3,\"result\":3,\"execution\":3,\"text\":null}").json().get("id").asString();

        assertThat(http.get(SEARCH + "?zoek=" + prefix, outsider).json().get("total").asInt()).isZero();
        assertThat(http.get(SEARCH + "/" + id, outsider).status()).isEqualTo(404);
        assertThat(http.put(SEARCH + "/" + id + "/beoordelingen/mijn", outsider, "{\"general\":3,\"result\":3,\"execution\":3}").status()).isEqualTo(404);
        assertThat(http.post(SEARCH + "/" + id + "/beoordelingslinks", outsider, "").status()).isEqualTo(404);
        assertThat(http.put("/api/v1/keuzehulp/beheer/instrumenten/" + id, outsider, "{}").status()).isEqualTo(404);
        assertThat(http.put("/api/v1/keuzehulp/beoordelingen/" + review + "/verborgen", outsider, "{\"hidden\":true,\"reason\":\"x\"}").status())
                .isEqualTo(404);
    }

    @Test
    void professionalsRateOnThreeScoresAndExtremesNeedAReason() {
        String id = publishedInstrument();

        var noReason = http.put(SEARCH + "/" + id + "/beoordelingen/mijn", professional, "{\"general\":5,\"result\":4,\"execution\":4}");
        var outOfRange = http.put(SEARCH + "/" + id + "/beoordelingen/mijn", professional, "{\"general\":6,\"result\":0,\"execution\":3}");
        var personal = http.put(SEARCH + "/" + id + "/beoordelingen/mijn", professional,
                "{\"general\":4,\"result\":4,\"execution\":4,\"text\":\"Bel mij op 06-12345678\"}");
        var fine = http.put(SEARCH + "/" + id + "/beoordelingen/mijn", professional,
                "{\"general\":5,\"result\":4,\"execution\":5,\"text\":\"Klanten vinden snel werk.\"}");
        var toModerate = http.get("/api/v1/keuzehulp/beoordelingen", issuers.token(tenant, "moderator-" + UUID.randomUUID(), "moderator"));
        var replaced = http.put(SEARCH + "/" + id + "/beoordelingen/mijn", professional,
                "{\"general\":4,\"result\":4,\"execution\":4,\"text\":null}");

        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("text");
        assertThat(outOfRange.json().get("errors")).extracting(e -> e.get("field").asString()).containsExactlyInAnyOrder("general", "result");
        assertThat(personal.json().get("type").asString()).endsWith("persoonsgegevens");
        assertThat(fine.status()).isEqualTo(200);
        assertThat(replaced.json().get("id").asString()).isEqualTo(fine.json().get("id").asString());
        JsonNode detail = http.get(SEARCH + "/" + id, professional).json();
        assertThat(detail.get("professionalReviews").get("summary").get("count").asInt()).isEqualTo(1);
        // One review is below the minimum of three: no average yet.
        assertThat(detail.get("professionalReviews").get("summary").get("average").isNull()).isTrue();
        assertThat(detail.get("professionalReviews").get("items").get(0).get("mine").asBoolean()).isTrue();
        for (int i = 0; i < 2; i++) {
            http.put(SEARCH + "/" + id + "/beoordelingen/mijn", issuers.token(tenant, "collega-" + UUID.randomUUID(), "professional"),
                    "{\"general\":2,\"result\":2,\"execution\":2}");
        }
        assertThat(http.get(SEARCH + "/" + id, professional).json().get("professionalReviews").get("summary").get("average").asDouble())
                .isEqualTo(2.7);
        assertThat(toModerate.json().valueStream()
                .filter(review -> review.get("instrumentId").asString().equals(id)).toList())
                .as("what the review is about, by name").singleElement()
                .satisfies(review -> assertThat(review.get("instrumentName").asString()).isEqualTo(detail.get("instrument").get("name").asString()));
        var events = kafka.read(Topics.INSTRUMENT_REVIEWED, record -> record.value().contains(id), 4);
        assertThat(events).allSatisfy(event -> assertThat(event.value()).doesNotContain("Klanten vinden"));
    }

    @Test
    void aReviewChangedRightAfterSavingIsNotRefusedBecauseItsEventWasBeingSent() {
        // The outbox relay removes a sent event from the review moments after each save; a change arriving then is
        // the person's own latest word, not a conflict with someone else (CI once answered it with a 409).
        String id = publishedInstrument();
        String moderator = issuers.token(tenant, "moderator-" + UUID.randomUUID(), "moderator");
        List<Integer> statuses = new ArrayList<>();
        String reviewId = null;
        for (int score = 2; score <= 4; score++) {
            for (int again = 0; again < 3; again++) {
                Http.Reply reply = http.put(SEARCH + "/" + id + "/beoordelingen/mijn", professional,
                        "{\"general\":" + score + ",\"result\":3,\"execution\":3}");
                statuses.add(reply.status());
                reviewId = reply.status() == 200 ? reply.json().get("id").asString() : reviewId;
            }
        }
        for (int i = 0; i < 6; i++) {
            statuses.add(http.put("/api/v1/keuzehulp/beoordelingen/" + reviewId + "/verborgen", moderator,
                    "{\"hidden\":" + (i % 2 == 0) + ",\"reason\":\"controle\"}").status());
        }

        assertThat(statuses).containsOnly(200);
        assertThat(http.get(SEARCH + "/" + id, professional).json().get("professionalReviews").get("items").get(0).get("general").asInt())
                .isEqualTo(4);
    }

    @Test
    void anInstrumentChangedRightAfterItsLastChangeIsNotRefusedNorHalfImported() {
        String prefix = prefix();
        String csv = CsvRows.csv(List.of(CsvRows.publishable(prefix + "-a"), CsvRows.publishable(prefix + "-b")));
        importCsv(beheerder, csv);
        String id = http.get(SEARCH + "?zoek=" + prefix + "-a", professional).json().get("items").get(0).get("id").asString();
        String path = "/api/v1/keuzehulp/beheer/instrumenten/" + id;
        String content = http.get(path, beheerder).json().get("content").toString();
        List<Integer> statuses = new ArrayList<>();

        for (int i = 0; i < 4; i++) {
            statuses.add(importCsv(beheerder, csv).status());
            statuses.add(http.put(path, beheerder, content).status());
            statuses.add(http.post(path + "/intrekking", beheerder, "{\"reason\":\"controle\"}").status());
            statuses.add(http.put(path, beheerder, content).status());
            statuses.add(http.post(path + "/publicatie", beheerder, "").status());
        }

        assertThat(statuses).containsOnly(200);
        assertThat(http.get(path, beheerder).json().get("status").asString()).isEqualTo("GEPUBLICEERD");
    }

    @Test
    void theVocabularyAndTheSearchSpellAFacetsKindAlike() {
        publishedInstrument();
        Map<String, String> vocabulary = new java.util.HashMap<>();
        http.get("/api/v1/keuzehulp/vocabulaire", professional).json().valueStream()
                .forEach(facet -> vocabulary.put(facet.get("name").asString(), facet.get("kind").asString()));
        Map<String, String> search = new java.util.HashMap<>();
        http.get(SEARCH, professional).json().get("facets").valueStream()
                .forEach(facet -> search.put(facet.get("name").asString(), facet.get("kind").asString()));

        assertThat(vocabulary).containsEntry("leeftijd", "klant").containsEntry("categorie", "route");
        assertThat(search).isEqualTo(vocabulary);
    }

    @Test
    void aClientReviewsOnceThroughALinkWithoutAnAccount() throws Exception {
        String id = publishedInstrument();
        JsonNode link = http.post(SEARCH + "/" + id + "/beoordelingslinks", professional, "").json();
        String token = link.get("token").asString();
        String path = "/api/v1/keuzehulp/publiek/beoordelingslinks/" + token;

        assertThat(http.get(path, null).json().get("instrument").asString()).isNotBlank();
        assertThat(anonymousPost(path, "{\"score\":9}").statusCode()).isEqualTo(422);
        assertThat(anonymousPost(path, "{\"score\":4,\"text\":\"Fijn, ik heb nu een baan.\"}").statusCode()).isEqualTo(201);
        HttpResponse<String> second = anonymousPost(path, "{\"score\":1,\"text\":\"Nog een keer\"}");
        assertThat(second.statusCode()).isEqualTo(410);
        assertThat(second.body()).contains("link-gebruikt");
        JsonNode clients = http.get(SEARCH + "/" + id, professional).json().get("clientReviews");
        assertThat(clients.get("summary").get("count").asInt()).isEqualTo(1);
        assertThat(clients.get("items").get(0).get("text").asString()).isEqualTo("Fijn, ik heb nu een baan.");
        assertThat(http.get(SEARCH + "/" + id, professional).json().get("professionalReviews").get("summary").get("count").asInt()).isZero();
    }

    @Test
    void anExpiredLinkIsRefused() throws Exception {
        String id = publishedInstrument();
        String token = http.post(SEARCH + "/" + id + "/beoordelingslinks", professional, "").json().get("token").asString();
        mongo.getCollection("review-links").updateMany(new Document("instrumentId", id),
                new Document("$set", new Document("expiresAt", Date.from(Instant.now().minusSeconds(60)))));

        HttpResponse<String> late = anonymousPost("/api/v1/keuzehulp/publiek/beoordelingslinks/" + token, "{\"score\":3}");

        assertThat(late.statusCode()).isEqualTo(410);
        assertThat(late.body()).contains("link-verlopen");
        assertThat(anonymousPost("/api/v1/keuzehulp/publiek/beoordelingslinks/bestaat-niet", "{\"score\":3}").statusCode()).isEqualTo(404);
    }

    @Test
    void aCopiedTemplateRemembersItsOriginAndNoticesAChange() {
        JsonNode templates = http.get("/api/v1/keuzehulp/sjablonen", professional).json();
        assertThat(templates.size()).isGreaterThan(10);
        String templateId = templates.get(0).get("id").asString();
        String instrumentBeheerder = issuers.token("werkzaak-rivierenland", "kopie-" + UUID.randomUUID(), "instrumentbeheerder");
        // Each run a fresh organisation would be cleaner; the template's key is the copy's key, so allow "already there".
        Http.Reply copy = http.post("/api/v1/keuzehulp/sjablonen/" + templateId + "/kopie", instrumentBeheerder, "");
        assertThat(copy.status()).as(copy.toString()).isIn(201, 409);
        String copyId = http.get("/api/v1/keuzehulp/beheer/instrumenten", instrumentBeheerder).json().valueStream()
                .filter(instrument -> instrument.get("key").asString().equals(templateId)).findFirst().orElseThrow().get("id").asString();
        http.post("/api/v1/keuzehulp/beheer/instrumenten/" + copyId + "/publicatie", instrumentBeheerder, "");
        String pieter = issuers.token("uwv", "pieter", "platformbeheerder");
        JsonNode content = templates.get(0).get("content");

        var changed = http.put("/api/v1/keuzehulp/sjablonen/" + templateId, pieter,
                content.toString().replaceFirst("\"goal\":\"", "\"goal\":\"Bijgewerkt: "));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        JsonNode detail = http.get(SEARCH + "/" + copyId, instrumentBeheerder).json();
        assertThat(detail.get("template").get("id").asString()).isEqualTo(templateId);
        assertThat(detail.get("template").get("changed").asBoolean()).isTrue();
        assertThat(http.put("/api/v1/keuzehulp/sjablonen/" + templateId, instrumentBeheerder, content.toString()).status()).isEqualTo(403);
    }

    @Test
    void twoPlatformbeheerdersChangingATemplateAtTheSameMomentBothHaveEveryChangeSaved() throws Exception {
        JsonNode template = http.get("/api/v1/keuzehulp/sjablonen", professional).json().get(1);
        String path = "/api/v1/keuzehulp/sjablonen/" + template.get("id").asString();
        String content = template.get("content").toString();
        List<java.util.concurrent.Callable<List<Integer>>> people = new ArrayList<>();
        for (int person = 0; person < 2; person++) {
            String token = issuers.token("uwv", "beheerder-" + person, "platformbeheerder");
            String name = "Versie " + person + "-";
            people.add(() -> {
                List<Integer> answers = new ArrayList<>();
                for (int change = 0; change < 6; change++) {
                    answers.add(http.put(path, token, content.replaceFirst("\"goal\":\"", "\"goal\":\"" + name + change + ": ")).status());
                }
                return answers;
            });
        }

        List<Integer> answers = AtOnce.results(2, people).stream().flatMap(List::stream).toList();

        assertThat(answers).containsOnly(200);
        JsonNode after = http.get("/api/v1/keuzehulp/sjablonen", professional).json().get(1);
        assertThat(after.get("version").asLong()).isEqualTo(template.get("version").asLong() + 12);
    }

    @Test
    void thePublicCatalogueShowsB1CardsWithoutAnAccount() {
        String prefix = prefix();
        importCsv(beheerder, CsvRows.csv(List.of(CsvRows.publishable(prefix + "-publiek"))));

        JsonNode page = http.get("/api/v1/keuzehulp/publiek/" + tenant + "/instrumenten", null).json();

        JsonNode card = page.get("items").valueStream().filter(item -> item.get("name").asString().contains(prefix)).findFirst().orElseThrow();
        assertThat(card.get("b1").get("kostHetIets").asString()).contains("uitkering");
        assertThat(http.get("/api/v1/keuzehulp/publiek/onbekend/instrumenten", null).status()).isEqualTo(404);
        assertThat(http.get(SEARCH, null).status()).isEqualTo(401);
    }

    private String publishedInstrument() {
        String prefix = prefix();
        importCsv(beheerder, CsvRows.csv(List.of(CsvRows.publishable(prefix + "-x"))));
        return http.get(SEARCH + "?zoek=" + prefix, professional).json().get("items").get(0).get("id").asString();
    }

    private Http.Reply importCsv(String token, String csv) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + IMPORT))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
            return new Http.Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(), response);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> anonymousPost(String path, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String prefix() {
        return "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("items").forEach(item -> names.add(item.get("name").asString()));
        return names;
    }

    private static JsonNode facet(JsonNode page, String name) {
        return page.get("facets").valueStream().filter(facet -> facet.get("name").asString().equals(name)).findFirst().orElseThrow();
    }

    private static JsonNode value(JsonNode facet, String code) {
        return facet.get("values").valueStream().filter(value -> value.get("code").asString().equals(code)).findFirst().orElseThrow();
    }
}
