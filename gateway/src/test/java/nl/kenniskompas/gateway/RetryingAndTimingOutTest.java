package nl.kenniskompas.gateway;

import java.time.Duration;
import java.time.Instant;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

class RetryingAndTimingOutTest extends WithLiveServices {

    @LocalServerPort
    int port;

    @Test
    void retriesAFailingGet() {
        String path = "/api/v1/kopkrakers/flaky/stemoverzicht";
        voteService.answerUnavailableOn(path);

        client.get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, bearer(freshUserToken("gemeente-amsterdam")))
                .exchange()
                .expectStatus().isEqualTo(503);

        assertThat(voteService.calls("GET", path)).as("first try plus 2 retries (application.yml)").isEqualTo(3);
    }

    @Test
    void neverRetriesAVote() {
        String path = "/api/v1/kopkrakers/flaky/stem";
        voteService.answerUnavailableOn(path);

        client.put().uri(path)
                .header(HttpHeaders.AUTHORIZATION, bearer(freshUserToken("gemeente-amsterdam")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"optionId\":\"A\"}")
                .exchange()
                .expectStatus().isEqualTo(503);

        assertThat(voteService.calls("PUT", path)).isEqualTo(1);
    }

    @Test
    void manyCallsInFlightOnOneRouteAreAllServed() {
        // A route with the default 5 s timeout: on a busy CI machine 60 half-second calls to one fake service took
        // longer than the 1 s this class gives the vote-service route, which is not what this test is about.
        String path = "/api/v1/reacties/drukte";
        discussionService.answerSlowlyOn(path, Duration.ofMillis(500));
        int callers = 60; // more than Resilience4j's default bulkhead of 25 calls in flight
        HttpClient http = HttpClient.newHttpClient();

        List<CompletableFuture<HttpResponse<Void>>> calls = IntStream.range(0, callers)
                .mapToObj(i -> http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header(HttpHeaders.AUTHORIZATION, bearer(freshUserToken("uwv"))).build(),
                        HttpResponse.BodyHandlers.discarding()))
                .toList();

        assertThat(calls).extracting(call -> call.join().statusCode()).containsOnly(200);
        assertThat(discussionService.calls("GET", path)).isEqualTo(callers);
    }

    @Test
    void aLiveStreamOutlastsTheResponseTimeout() {
        String path = "/api/v1/kopkrakers/jeanne/stemoverzicht/live";
        voteService.streamSlowlyOn(path, Duration.ofMillis(1300));

        List<String> events = client.mutate().responseTimeout(Duration.ofSeconds(10)).build()
                .get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, bearer(freshUserToken("uwv")))
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseBody()
                .collectList().block(Duration.ofSeconds(10));

        assertThat(events).as("three events 1.3 s apart, past vote-service's 1 s response timeout in this test")
                .containsExactly("{\"event\":1}", "{\"event\":2}", "{\"event\":3}");
    }

    @Test
    void answersAProblemWhenAServiceDoesNotAnswerInTime() {
        String path = "/api/v1/kopkrakers/slow";
        caseService.hangOn(path);
        Instant start = Instant.now();

        client.get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, bearer(freshUserToken("uwv")))
                .exchange()
                .expectStatus().isEqualTo(504)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:kenniskompas:problem:service-timeout")
                .jsonPath("$.service").isEqualTo("case-service")
                .jsonPath("$.instance").isEqualTo(path);

        assertThat(Duration.between(start, Instant.now()))
                .as("the test's 1 s response timeout, not a hang").isLessThan(Duration.ofSeconds(4));
        assertThat(caseService.calls("GET", path)).as("a timeout is not retried").isEqualTo(1);
    }
}
