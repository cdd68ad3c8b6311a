package nl.kenniskompas.gateway;

import java.util.UUID;

import nl.kenniskompas.platform.testing.TestIssuers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway in front of five running fake services and the test issuers. Shared by several test classes so they
 * share one application context. Limits are small so tests can reach them: each test uses its own user, and a
 * user's bucket (5 requests) does not refill during a test run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
abstract class WithLiveServices {

    static final TestIssuers issuers = TestIssuers.shared();
    static final FakeService caseService = FakeService.start("case-service");
    static final FakeService voteService = FakeService.start("vote-service");
    static final FakeService discussionService = FakeService.start("discussion-service");
    static final FakeService dilemmaIntakeService = FakeService.start("dilemma-intake-service");
    static final FakeService keuzehulpService = FakeService.start("keuzehulp-service");

    static final int USER_BURST = 5;

    @Autowired
    WebTestClient client;

    @DynamicPropertySource
    static void gatewayInFrontOfFakes(DynamicPropertyRegistry registry) {
        registry.add("KK_ISSUER_BASE", issuers::base);
        registry.add("CASE_SERVICE_URL", caseService::url);
        registry.add("VOTE_SERVICE_URL", voteService::url);
        registry.add("DISCUSSION_SERVICE_URL", discussionService::url);
        registry.add("DILEMMA_INTAKE_SERVICE_URL", dilemmaIntakeService::url);
        registry.add("KEUZEHULP_SERVICE_URL", keuzehulpService::url);
        registry.add("kenniskompas.routes.case-service.response-timeout-ms", () -> "1000");
        registry.add("kenniskompas.routes.vote-service.response-timeout-ms", () -> "1000");
        registry.add("kenniskompas.rate-limits.per-user.capacity", () -> USER_BURST);
        registry.add("kenniskompas.rate-limits.per-user.refill-tokens", () -> 1);
        registry.add("kenniskompas.rate-limits.per-user.refill-period", () -> "1h");
        registry.add("kenniskompas.rate-limits.per-tenant.capacity", () -> 100_000);
    }

    /** A token for a fresh user, so no test shares a rate-limit bucket with another. */
    static String freshUserToken(String tenant) {
        return issuers.token(tenant, "user-" + UUID.randomUUID());
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }
}
