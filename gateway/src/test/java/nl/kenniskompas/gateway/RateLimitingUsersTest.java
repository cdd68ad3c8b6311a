package nl.kenniskompas.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitingUsersTest extends WithLiveServices {

    @Test
    void stopsAUserOverTheLimitWhileAColleagueStillPasses() {
        String eager = issuers.token("werkzaak-rivierenland", "eager-user");
        String colleague = issuers.token("werkzaak-rivierenland", "calm-colleague");
        for (int i = 0; i < USER_BURST; i++) {
            client.get().uri("/api/v1/kopkrakers").header(HttpHeaders.AUTHORIZATION, bearer(eager))
                    .exchange().expectStatus().isOk();
        }

        client.get().uri("/api/v1/kopkrakers").header(HttpHeaders.AUTHORIZATION, bearer(eager))
                .exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.RETRY_AFTER,
                        seconds -> assertThat(Long.parseLong(seconds)).isPositive())
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:kenniskompas:problem:rate-limited")
                .jsonPath("$.status").isEqualTo(429)
                .jsonPath("$.limit").isEqualTo("user");

        client.get().uri("/api/v1/kopkrakers").header(HttpHeaders.AUTHORIZATION, bearer(colleague))
                .exchange().expectStatus().isOk();
    }

    @Test
    void doesNotCountPublicCalls() {
        for (int i = 0; i < USER_BURST * 2; i++) {
            client.get().uri("/api/v1/tenants").exchange().expectStatus().isOk();
        }
    }
}
