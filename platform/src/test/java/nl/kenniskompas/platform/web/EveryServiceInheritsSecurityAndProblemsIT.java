package nl.kenniskompas.platform.web;

import nl.kenniskompas.platform.testing.Http;
import nl.kenniskompas.platform.testing.ServiceIntegrationTest;
import nl.kenniskompas.platform.testing.TestIssuers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a service gets from the platform, on a real server: the tenant and roles come from a token of a trusted
 * issuer only, and every refusal is a problem+json that names the problem.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = "spring.application.name=platform-test")
class EveryServiceInheritsSecurityAndProblemsIT {

    private final TestIssuers issuers = TestIssuers.shared();
    @LocalServerPort
    int port;
    private Http http;

    @BeforeEach
    void connect() {
        http = Http.at(port);
    }

    @Test
    void callerComesFromTheTokenOfTheTenantsOwnIssuer() {
        var reply = http.get("/api/v1/echo/caller", issuers.token("uwv", "umar", "professional"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("tenant").asString()).isEqualTo("uwv");
        assertThat(reply.json().get("subject").asString()).isEqualTo("umar");
        assertThat(reply.json().get("roles").toString()).contains("PROFESSIONAL");
    }

    @Test
    void noTokenIsA401Problem() {
        var reply = http.get("/api/v1/echo/caller", null);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.header("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
        assertThat(reply.json().get("detail").asString()).contains("niet aangemeld");
    }

    @Test
    void expiredBadlySignedForeignMismatchedAndMisaddressedTokensAreRefused() {
        String expired = issuers.forUser("uwv", "umar").expiredSince(Duration.ofMinutes(5)).sign();
        String badSignature = issuers.forUser("uwv", "umar").signedByStranger().sign();
        String unknownIssuer = issuers.forUser("uwv", "umar").issuer(issuers.issuer("gemeente-nergenshuizen")).sign();
        String tenantMismatch = issuers.forUser("uwv", "umar").tenantClaim("gemeente-amsterdam").sign();
        String otherApplication = issuers.forUser("uwv", "umar").audience("salarisadministratie").sign();
        String noSubject = issuers.forUser("uwv", "umar").withoutSubject().sign();

        for (String token : new String[]{expired, badSignature, unknownIssuer, tenantMismatch, otherApplication, noSubject}) {
            var reply = http.get("/api/v1/echo/caller", token);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
            assertThat(reply.isProblem()).isTrue();
            assertThat(reply.json().get("detail").asString()).startsWith("Het toegangstoken is niet geldig");
        }
    }

    @Test
    void missingRoleIsA403Problem() {
        var reply = http.get("/api/v1/echo/redactie", issuers.token("uwv", "umar", "professional"));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.json().get("detail").asString()).contains("redacteur");
        assertThat(http.get("/api/v1/echo/redactie", issuers.token("uwv", "rita", "redacteur")).status()).isEqualTo(200);
    }

    @Test
    void malformedJsonIsA400Problem() {
        var reply = http.post("/api/v1/echo/notes", token(), "{\"text\": ");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.json().get("detail").asString()).isEqualTo("De body is geen geldige JSON.");
    }

    @Test
    void unknownFieldIsA400ProblemNamingTheField() {
        var reply = http.post("/api/v1/echo/notes", token(), "{\"text\":\"x\",\"count\":1,\"colour\":\"red\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("colour");
    }

    @Test
    void wrongTypeIsA400ProblemNamingTheField() {
        var reply = http.post("/api/v1/echo/notes", token(), "{\"text\":\"x\",\"count\":\"many\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("count");
    }

    @Test
    void invalidFieldsAreA422ProblemNamingEachField() {
        var reply = http.post("/api/v1/echo/notes", token(), "{\"text\":\"\"}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("text", "count");
    }

    @Test
    void bodyOverTheLimitIsA413Problem() {
        var reply = http.post("/api/v1/echo/notes", token(), "{\"text\":\"" + "x".repeat(70_000) + "\",\"count\":1}");

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.isProblem()).isTrue();
    }

    @Test
    void domainRefusalsAndUnknownPathsAreProblems() {
        var missing = http.get("/api/v1/echo/missing", token());
        var unknownPath = http.get("/api/v1/nowhere", token());

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("detail").asString()).isEqualTo("Deze notitie bestaat niet.");
        assertThat(unknownPath.status()).isEqualTo(404);
        assertThat(unknownPath.isProblem()).as(unknownPath.toString()).isTrue();
    }

    @Test
    void unexpectedFailureIsA500ProblemWithoutInternals() {
        var reply = http.get("/api/v1/echo/crash", token());

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.body()).doesNotContain("internal detail");
    }

    @Test
    void aWriteThatMetAConcurrentChangeIsA409ProblemWithoutInternals() {
        var reply = http.get("/api/v1/echo/raced", token());

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.json().get("type").asString()).endsWith("tegelijk-gewijzigd");
        assertThat(reply.body()).doesNotContain("version 3");
    }

    @Test
    void readinessChecksKafkaAndMongoWithoutAToken() {
        var reply = http.get("/actuator/health/readiness", null);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.body()).contains("\"kafka\"", "\"mongoPing\"");
    }

    private String token() {
        return issuers.token("gemeente-amsterdam", "anna", "professional");
    }
}
