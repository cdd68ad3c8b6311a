package nl.kenniskompas.gateway;

import java.time.Duration;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

class RejectingInvalidTokensTest extends WithLiveServices {

    static Stream<Arguments> invalidTokens() {
        return Stream.of(
                Arguments.of("token-expired", (Supplier<String>) () ->
                        issuers.forUser("uwv", "expired-user").expiredSince(Duration.ofMinutes(5)).sign()),
                Arguments.of("token-bad-signature", (Supplier<String>) () ->
                        issuers.forUser("uwv", "forger").signedByStranger().sign()),
                Arguments.of("token-unknown-issuer", (Supplier<String>) () ->
                        issuers.forUser("uwv", "stranger").issuer(issuers.issuer("onbekende-organisatie")).sign()),
                Arguments.of("token-tenant-mismatch", (Supplier<String>) () ->
                        issuers.forUser("gemeente-amsterdam", "impostor").tenantClaim("uwv").sign()),
                Arguments.of("token-invalid", (Supplier<String>) () -> "not-a-jwt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidTokens")
    void rejectsAnInvalidTokenWithAProblemSayingWhy(String kind, Supplier<String> token) {
        String path = "/api/v1/kopkrakers/rejected-" + kind;

        client.get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, bearer(token.get()))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE,
                        header -> assertThat(header).startsWith("Bearer error=\"invalid_token\""))
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:kenniskompas:problem:" + kind)
                .jsonPath("$.title").isEqualTo("Unauthorized")
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.detail").isNotEmpty()
                .jsonPath("$.instance").isEqualTo(path);

        assertThat(caseService.calls("GET", path)).isZero();
    }

    @Test
    void rejectsARequestWithoutTokenWithAProblem() {
        client.get().uri("/api/v1/kopkrakers")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:kenniskompas:problem:token-missing")
                .jsonPath("$.detail").isNotEmpty();
    }

    @Test
    void rejectsAValidTokenWhereNobodyMayGoWithAForbiddenProblem() {
        client.get().uri("/actuator/env")
                .header(HttpHeaders.AUTHORIZATION, bearer(freshUserToken("uwv")))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(403);
    }
}
