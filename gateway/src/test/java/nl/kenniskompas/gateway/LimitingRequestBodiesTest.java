package nl.kenniskompas.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;

class LimitingRequestBodiesTest extends WithLiveServices {

    private static final int LIMIT = 64 * 1024;

    @Test
    void passesABodyWithinTheLimit() {
        client.put().uri("/api/v1/kopkrakers/jeanne/stem")
                .header(HttpHeaders.AUTHORIZATION, bearer(freshUserToken("uwv")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new byte[LIMIT])
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.bodyLength").isEqualTo(LIMIT);
    }

    @Test
    void rejectsADeclaredOversizedBodyWithAProblem() {
        String path = "/api/v1/kopkrakers/declared-too-large/stem";

        client.put().uri(path)
                .header(HttpHeaders.AUTHORIZATION, bearer(freshUserToken("uwv")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new byte[LIMIT + 1])
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:kenniskompas:problem:request-too-large")
                .jsonPath("$.status").isEqualTo(413)
                .jsonPath("$.instance").isEqualTo(path);
        assertThat(voteService.calls("PUT", path)).isZero();
    }

    @Test
    void rejectsAChunkedOversizedBodyWithAProblem() {
        String path = "/api/v1/kopkrakers/chunked-too-large/stem";
        Flux<DataBuffer> chunks = Flux.range(0, 20)
                .map(i -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[8 * 1024]));

        client.put().uri(path)
                .header(HttpHeaders.AUTHORIZATION, bearer(freshUserToken("uwv")))
                .contentType(MediaType.APPLICATION_JSON)
                .body(chunks, DataBuffer.class)
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:kenniskompas:problem:request-too-large");
        assertThat(voteService.calls("PUT", path)).isZero();
    }

    @Test
    void letsAWholeKeuzehulpCatalogueThroughToItsImport() {
        // The demo catalogues are 65–135 KB of CSV; the benchmark found the gateway refusing them at 64 KB.
        byte[] catalogue = new byte[512 * 1024];

        client.post().uri("/api/v1/keuzehulp/beheer/import")
                .header(HttpHeaders.AUTHORIZATION, bearer(freshUserToken("uwv")))
                .contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue(catalogue)
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.bodyLength").isEqualTo(catalogue.length);
        client.post().uri("/api/v1/keuzehulp/beheer/instrumenten")
                .header(HttpHeaders.AUTHORIZATION, bearer(freshUserToken("uwv")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new byte[LIMIT + 1])
                .exchange()
                .expectStatus().isEqualTo(413);
    }
}
