package nl.kenniskompas.gateway;

import nl.kenniskompas.platform.testing.TestIssuers;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** No identity provider listens at KK_ISSUER_BASE: the gateway starts anyway and says what is wrong. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class StartingWithoutIdentityProviderTest {

    private static final String ISSUER_BASE_DOWN = FakeService.closedPortUrl();

    @Autowired
    WebTestClient client;

    @DynamicPropertySource
    static void identityProviderDown(DynamicPropertyRegistry registry) {
        registry.add("KK_ISSUER_BASE", () -> ISSUER_BASE_DOWN);
    }

    @Test
    void servesPublicEndpoints() {
        client.get().uri("/api/v1/tenants").exchange().expectStatus().isOk();
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
    }

    @Test
    void answersServiceUnavailableForATokenItCannotCheckYet() {
        String token = TestIssuers.shared().forUser("uwv", "umar").issuer(ISSUER_BASE_DOWN + "/uwv").sign();

        client.get().uri("/api/v1/kopkrakers")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:kenniskompas:problem:identity-provider-unavailable")
                .jsonPath("$.status").isEqualTo(503);
    }
}
