package nl.kenniskompas.gateway;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

class ServingPublicResourcesTest extends WithLiveServices {

    @Test
    void servesTheWebAppAtTheRoot() {
        client.get().uri("/")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).value(html -> assertThat(html).contains("kenniskompas-test-page"));
    }

    @Test
    void listsTheTenantsWithoutAToken() {
        client.get().uri("/api/v1/tenants")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.clientId").isEqualTo("kenniskompas-web")
                .jsonPath("$.tenants.length()").isEqualTo(3)
                .jsonPath("$.tenants[0].id").isEqualTo("gemeente-amsterdam")
                .jsonPath("$.tenants[0].name").isEqualTo("Gemeente Amsterdam")
                .jsonPath("$.tenants[0].type").isEqualTo("GEMEENTE")
                .jsonPath("$.tenants[0].issuer").isEqualTo(issuers.issuer("gemeente-amsterdam"))
                .jsonPath("$.tenants[1].id").isEqualTo("werkzaak-rivierenland")
                .jsonPath("$.tenants[1].type").isEqualTo("REGIONALE_WERKORGANISATIE")
                .jsonPath("$.tenants[2].id").isEqualTo("uwv")
                .jsonPath("$.tenants[2].issuer").isEqualTo(issuers.issuer("uwv"));
    }

    @Test
    void listsTheTenantsEvenWithAnExpiredToken() {
        String stale = issuers.forUser("uwv", "returning-user").expiredSince(Duration.ofHours(2)).sign();

        client.get().uri("/api/v1/tenants")
                .header(HttpHeaders.AUTHORIZATION, bearer(stale))
                .exchange()
                .expectStatus().isOk();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/keuzehulp/publiek/uwv/instrumenten", "/api/v1/keuzehulp/publiek/beoordelingslinks/abc"})
    void passesTheKeuzehulpsPublicPagesWithoutAToken(String path) {
        client.get().uri(path)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.service").isEqualTo("keuzehulp-service")
                .jsonPath("$.headers.authorization").doesNotExist();
    }

    @Test
    void keepsTheRestOfTheKeuzehulpBehindSignIn() {
        client.get().uri("/api/v1/keuzehulp/instrumenten").exchange().expectStatus().isUnauthorized();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health/liveness", "/actuator/health/readiness", "/actuator/prometheus",
            "/v3/api-docs"})
    void answersOperationalEndpointsWithoutAToken(String path) {
        client.get().uri(path).exchange().expectStatus().isOk();
    }

    @Test
    void acceptsAValidTokenOfEveryTenant() {
        for (String tenant : new String[] {"gemeente-amsterdam", "werkzaak-rivierenland", "uwv"}) {
            client.get().uri("/api/v1/kopkrakers")
                    .header(HttpHeaders.AUTHORIZATION, bearer(freshUserToken(tenant)))
                    .exchange()
                    .expectStatus().isOk();
        }
    }
}
