package nl.kenniskompas.dilemma.intake;

import nl.kenniskompas.platform.testing.Http;
import nl.kenniskompas.platform.testing.ServiceIntegrationTest;
import nl.kenniskompas.platform.testing.TestIssuers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** README command 1 starts with a filled inbox: demo forms from every demo organisation, some already triaged. */
@ServiceIntegrationTest
@TestPropertySource(properties = "kenniskompas.demo-dilemmas.enabled=true")
class DemoDilemmasIT {

    @LocalServerPort
    int port;

    @Test
    void theDemoFillsTheInboxAndTheReport() {
        Http http = Http.at(port);
        String rita = TestIssuers.shared().token("uwv", "rita", "redacteur");

        await().until(() -> http.get("/api/v1/praktijkdilemmas?per=100", rita).json().get("total").asInt() > 0);
        JsonNode inbox = http.get("/api/v1/praktijkdilemmas?per=100", rita).json();
        JsonNode report = http.get("/api/v1/praktijkdilemmas/rapportage", rita).json();

        assertThat(inbox.get("total").asInt()).isEqualTo(7);
        assertThat(inbox.get("items")).extracting(item -> item.get("organisation").get("id").asString())
                .contains("gemeente-amsterdam", "werkzaak-rivierenland", "uwv");
        assertThat(inbox.get("perStatus").get("IN_BEHANDELING").asInt()).isEqualTo(2);
        assertThat(inbox.get("perStatus").get("NIET_GEBRUIKT").asInt()).isEqualTo(1);
        assertThat(report.get("respondents").asInt()).isEqualTo(6);
        assertThat(report.get("dilemmas").asInt()).isEqualTo(7);
    }
}
