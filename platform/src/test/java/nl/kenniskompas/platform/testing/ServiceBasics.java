package nl.kenniskompas.platform.testing;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What every service must do from its first day, checked on the real service: report ready only when Kafka and
 * MongoDB answer, guard its API, publish metrics and an OpenAPI document. A service's test extends this.
 */
@ServiceIntegrationTest
public abstract class ServiceBasics {

    @LocalServerPort
    protected int port;

    @Test
    void becomesReadyWhenKafkaAndMongoAnswer() {
        // A service with a stream is ready only once the stream runs, a few seconds after the context started.
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Http.at(port).get("/actuator/health/readiness", null).status() == 200);

        var readiness = Http.at(port).get("/actuator/health/readiness", null);
        assertThat(readiness.body()).contains("\"kafka\"", "\"mongoPing\"");
        assertThat(Http.at(port).get("/actuator/health/liveness", null).status()).isEqualTo(200);
    }

    @Test
    void apiNeedsAToken() {
        var reply = Http.at(port).get("/api/v1/anything", null);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.isProblem()).isTrue();
    }

    @Test
    void publishesMetricsAndAnOpenApiDocument() {
        assertThat(Http.at(port).get("/actuator/prometheus", null).body()).contains("jvm_memory_used_bytes");
        assertThat(Http.at(port).get("/v3/api-docs", null).json().get("openapi").asString()).startsWith("3.");
    }
}
