package nl.kenniskompas.keuzehulp.demo;

import nl.kenniskompas.platform.testing.Http;
import nl.kenniskompas.platform.testing.ServiceIntegrationTest;
import nl.kenniskompas.platform.testing.TestIssuers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;


import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** README command 1 gives every demo organisation its own catalogue, loaded through the CSV import. */
@ServiceIntegrationTest
@TestPropertySource(properties = "kenniskompas.demo-catalogues.enabled=true")
class DemoCataloguesIT {

    @LocalServerPort
    int port;

    private static long published(String tenant) {
        try {
            return nl.kenniskompas.keuzehulp.catalogue.CatalogueCsv.parse(new org.springframework.core.io.ClassPathResource(
                    "catalogus/" + tenant + ".csv").getContentAsByteArray()).rows().stream()
                    .filter(row -> row.status().equals("gepubliceerd")).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void eachDemoOrganisationSearchesItsOwnCatalogue() {
        Http http = Http.at(port);
        for (String tenant : java.util.List.of("gemeente-amsterdam", "werkzaak-rivierenland", "uwv")) {
            long count = published(tenant);
            String token = TestIssuers.shared().token(tenant, "demo-test", "professional");
            assertThat(count).isBetween(40L, 90L);
            await().until(() -> http.get("/api/v1/keuzehulp/instrumenten?per=1", token).json().get("total").asInt() == count);
        }
        String uwv = TestIssuers.shared().token("uwv", "demo-test", "professional");
        var ww = http.get("/api/v1/keuzehulp/instrumenten?uitkering=ww&per=100", uwv).json();
        assertThat(ww.get("total").asInt()).isGreaterThan(10);
        assertThat(http.get("/api/v1/keuzehulp/instrumenten?werkwijze=sollicitatievaardigheden", uwv).json().get("total").asInt())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void theDemoHasReviewsFromColleaguesAndClientsThroughTheUsualRules() {
        Http http = Http.at(port);
        String werkzaak = TestIssuers.shared().token("werkzaak-rivierenland", "demo-test", "professional");
        await().until(() -> http.get("/api/v1/keuzehulp/instrumenten?zoek=Budgetbegeleiding", werkzaak).json().get("total").asInt() == 1);
        String id = http.get("/api/v1/keuzehulp/instrumenten?zoek=Budgetbegeleiding", werkzaak).json().get("items").get(0).get("id").asString();

        var detail = http.get("/api/v1/keuzehulp/instrumenten/" + id, werkzaak).json();

        assertThat(detail.get("professionalReviews").get("summary").get("count").asInt()).isEqualTo(4);
        assertThat(detail.get("professionalReviews").get("summary").get("average").asDouble()).isEqualTo(4.0);
        // Two client reviews: below the minimum of three, so listed without an average.
        assertThat(detail.get("clientReviews").get("summary").get("count").asInt()).isEqualTo(2);
        assertThat(detail.get("clientReviews").get("summary").get("average").isNull()).isTrue();
        String moderator = TestIssuers.shared().token("werkzaak-rivierenland", "demo-moderator", "moderator");
        var toModerate = http.get("/api/v1/keuzehulp/beoordelingen", moderator).json();
        assertThat(toModerate.size()).isGreaterThan(5);
        assertThat(toModerate.valueStream().map(review -> review.get("text").asString()))
                .as("a text with a ';' in it, whole").contains("Lange wachtlijst; intussen loopt de klant vast in het traject naar werk.");
    }
}
