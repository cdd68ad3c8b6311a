package nl.kenniskompas.platform.web;

import nl.kenniskompas.platform.testing.Http;
import nl.kenniskompas.platform.testing.ServiceIntegrationTest;
import nl.kenniskompas.platform.testing.TestIssuers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** When an organisation's identity provider cannot be reached, its users get a 503 problem, not a 500 or a 401. */
@ServiceIntegrationTest
@TestPropertySource(properties = {
        "spring.application.name=platform-test",
        "kenniskompas.tenants[0].id=gemeente-offline",
        "kenniskompas.tenants[0].name=Gemeente Offline",
        "kenniskompas.tenants[0].type=GEMEENTE",
        "kenniskompas.tenants[0].issuer=http://localhost:1/gemeente-offline"})
class IdentityProviderOutageIT {

    @LocalServerPort
    int port;

    @Test
    void anUnreachableIssuerIsA503ProblemWithRetryAfter() {
        String token = TestIssuers.shared().forUser("gemeente-offline", "olga")
                .issuer("http://localhost:1/gemeente-offline").sign();

        var reply = Http.at(port).get("/api/v1/echo/caller", token);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(503);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.header("Retry-After")).isPresent();
        assertThat(reply.json().get("detail").asString()).contains("Gemeente Offline");
    }
}
