package nl.kenniskompas.gateway;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import nl.kenniskompas.platform.testing.TestIssuers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Every service URL points at a closed port: each route's fallback answers a problem instead of an error. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class FallingBackWhenServicesAreDownTest {

    private static final TestIssuers issuers = TestIssuers.shared();

    @Autowired
    WebTestClient client;

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    @DynamicPropertySource
    static void servicesDown(DynamicPropertyRegistry registry) {
        registry.add("KK_ISSUER_BASE", issuers::base);
        for (String service : new String[] {"CASE", "VOTE", "DISCUSSION", "DILEMMA_INTAKE", "KEUZEHULP"}) {
            registry.add(service + "_SERVICE_URL", FakeService::closedPortUrl);
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "/api/v1/kopkrakers/jeanne/stem,          vote-service",
            "/api/v1/kopkrakers/jeanne,               case-service",
            "/api/v1/reacties,                        discussion-service",
            "/api/v1/praktijkdilemmas,                dilemma-intake-service",
            "/api/v1/keuzehulp/instrumenten,          keuzehulp-service"})
    void answersServiceUnavailableNamingTheService(String path, String service) {
        client.get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + issuers.token("gemeente-amsterdam", "anna"))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "10")
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:kenniskompas:problem:service-unavailable")
                .jsonPath("$.title").isEqualTo("Service Unavailable")
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .contains(service))
                .jsonPath("$.service").isEqualTo(service)
                .jsonPath("$.instance").isEqualTo(path);
    }

    @Test
    void fallsBackForAVoteToo() {
        client.put().uri("/api/v1/kopkrakers/jeanne/stem")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + issuers.token("werkzaak-rivierenland", "wendy"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"optionId\":\"A\"}")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.service").isEqualTo("vote-service");
    }

    @Test
    void opensTheCircuitAfterRepeatedFailures() {
        String token = issuers.token("uwv", "umar");
        for (int i = 0; i < 10; i++) {
            client.get().uri("/api/v1/praktijkdilemmas/d" + i)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .exchange()
                    .expectStatus().isEqualTo(503);
        }

        assertThat(circuitBreakers.circuitBreaker("dilemmaIntakeService").getState())
                .as("10 failed calls of at least 10 (application.yml)").isEqualTo(CircuitBreaker.State.OPEN);
        client.get().uri("/api/v1/praktijkdilemmas")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.type").isEqualTo("urn:kenniskompas:problem:service-unavailable");
    }

    @Test
    void hidesTheFallbackFromDirectCalls() {
        client.get().uri("/fallback/case-service")
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
