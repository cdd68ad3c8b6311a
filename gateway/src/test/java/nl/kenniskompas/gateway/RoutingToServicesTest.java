package nl.kenniskompas.gateway;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

class RoutingToServicesTest extends WithLiveServices {

    @ParameterizedTest
    @CsvSource({
            "GET, /api/v1/kopkrakers/jeanne/stem,          vote-service",
            "PUT, /api/v1/kopkrakers/jeanne/stem,          vote-service",
            "GET, /api/v1/kopkrakers/jeanne/stemoverzicht, vote-service",
            "GET, /api/v1/kopkrakers/jeanne/stemoverzicht/organisaties/uwv, vote-service",
            "GET, /api/v1/stemmen/mijn,                    vote-service",
            "GET, /api/v1/stemmen/ping,                    vote-service",
            "GET, /api/v1/kopkrakers/jeanne/stemoverzicht/live,   vote-service",
            "GET, /api/v1/kopkrakers/jeanne/stemoverzicht/export, vote-service",
            "GET, /api/v1/profiel,                         vote-service",
            "PUT, /api/v1/profiel,                         vote-service",
            "GET, /api/v1/profiel/waarden,                 vote-service",
            "GET, /api/v1/kopkrakers,                      case-service",
            "GET, /api/v1/kopkrakers/jeanne,               case-service",
            "GET, /api/v1/kopkrakers/jeanne/stemmen,       case-service",
            "POST, /api/v1/redactie/kopkrakers/jeanne/overgangen, case-service",
            "GET, /api/v1/reacties,                        discussion-service",
            "POST, /api/v1/reacties/r1/antwoorden,         discussion-service",
            "GET, /api/v1/praktijkdilemmas/d1,             dilemma-intake-service",
            "GET, /api/v1/keuzehulp/instrumenten,          keuzehulp-service"})
    void sendsEachPathToItsService(String method, String path, String service) {
        client.method(HttpMethod.valueOf(method)).uri(path)
                .header(HttpHeaders.AUTHORIZATION, bearer(freshUserToken("gemeente-amsterdam")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.service").isEqualTo(service)
                .jsonPath("$.method").isEqualTo(method)
                .jsonPath("$.path").isEqualTo(path);
    }

    @Test
    void relaysTheAuthorizationHeaderUnchanged() {
        String token = freshUserToken("werkzaak-rivierenland");

        client.get().uri("/api/v1/kopkrakers/jeanne")
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.headers.authorization").isEqualTo(bearer(token));
    }

    @Test
    void forwardsTraceContextAndForwardedHeaders() {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

        client.get().uri("/api/v1/keuzehulp/instrumenten")
                .header(HttpHeaders.AUTHORIZATION, bearer(freshUserToken("uwv")))
                .header("traceparent", traceparent)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.headers.traceparent").isEqualTo(traceparent)
                .jsonPath("$.headers['x-forwarded-for']").isNotEmpty()
                .jsonPath("$.headers['x-forwarded-proto']").isEqualTo("http")
                .jsonPath("$.headers['x-forwarded-host']").value(host -> assertThat((String) host).startsWith("localhost"));
    }

    @Test
    void answersAnUnknownApiPathWithANotFoundProblem() {
        client.get().uri("/api/v1/bestaat-niet")
                .header(HttpHeaders.AUTHORIZATION, bearer(freshUserToken("uwv")))
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("about:blank")
                .jsonPath("$.title").isEqualTo("Not Found")
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.detail").isNotEmpty()
                .jsonPath("$.instance").isEqualTo("/api/v1/bestaat-niet");
    }
}
