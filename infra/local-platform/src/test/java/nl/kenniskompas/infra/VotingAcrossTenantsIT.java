package nl.kenniskompas.infra;

import nl.kenniskompas.infra.testing.Api;
import nl.kenniskompas.infra.testing.RunningPlatform;
import nl.kenniskompas.infra.testing.Tally;
import nl.kenniskompas.infra.testing.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static nl.kenniskompas.infra.testing.TestUsers.ANNA;
import static nl.kenniskompas.infra.testing.TestUsers.MO;
import static nl.kenniskompas.infra.testing.TestUsers.UMAR;
import static nl.kenniskompas.infra.testing.TestUsers.WENDY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * End to end through the gateway, with real tokens from the identity provider: professionals of three tenants vote on
 * Kopkraker Jeanne and each sees their own organisation's and the nationwide numbers (docs/api-v1-kopkrakers.md).
 */
@ExtendWith(RunningPlatform.Extension.class)
class VotingAcrossTenantsIT {

    private static final String JEANNE = "/api/v1/kopkrakers/jeanne";
    private static final String VOTE = JEANNE + "/stem";
    private static final String OVERVIEW = JEANNE + "/stemoverzicht";
    /** Jeanne's options, in the case's order. */
    private static final List<String> OPTIONS = List.of("A", "B");

    private static RunningPlatform platform;
    private static Api api;

    @BeforeAll
    static void platform(RunningPlatform running) {
        platform = running;
        api = running.api();
    }

    @Test
    void professionalsOfThreeTenantsVoteAndEachSeesTheirOrganisationAndTheNationwideNumbers() {
        Api.Response first = vote(ANNA, "B");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().path("caseId").asString()).isEqualTo("jeanne");
        assertThat(first.json().path("optionId").asString()).isEqualTo("B");

        Api.Response changed = vote(ANNA, "A");
        assertThat(changed.json().path("optionId").asString()).as(changed.toString()).isEqualTo("A");

        Api.Response once = vote(MO, "B");
        Api.Response again = vote(MO, "B");
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().path("optionId").asString()).isEqualTo("B");
        assertThat(castAt(again)).as("repeating the same vote changes nothing").isEqualTo(castAt(once));

        assertThat(vote(WENDY, "A").status()).isEqualTo(200);
        assertThat(vote(UMAR, "B").status()).isEqualTo(200);

        assertThat(myVote(ANNA)).isEqualTo("A");
        assertThat(myVote(MO)).isEqualTo("B");

        // Expectations from every professional's own vote, so votes cast by other tests count too.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            Map<String, Tally> byTenant = new HashMap<>();
            Tally nationwide = Tally.empty();
            for (String user : TestUsers.PROFESSIONALS) {
                String option = myVote(user);
                if (option != null) {
                    byTenant.compute(DemoUsers.named(user).tenant(),
                            (tenant, tally) -> (tally == null ? Tally.empty() : tally).plus(option));
                    nationwide = nationwide.plus(option);
                }
            }
            assertOverview(ANNA, "gemeente-amsterdam", "Gemeente Amsterdam", byTenant, nationwide);
            assertOverview(MO, "gemeente-amsterdam", "Gemeente Amsterdam", byTenant, nationwide);
            assertOverview(WENDY, "werkzaak-rivierenland", "Werkzaak Rivierenland", byTenant, nationwide);
            assertOverview(UMAR, "uwv", "UWV", byTenant, nationwide);
        });
    }

    @Test
    void aProfessionalWhoHasNotVotedMayNotSeeTheOverview() {
        Api.Response response = api.get(OVERVIEW, token(TestUsers.NEVER_VOTES));

        assertProblem(response, 403);
    }

    @Test
    void myVoteIsNotFoundBeforeIHaveVoted() {
        assertProblem(api.get(VOTE, token(TestUsers.NEVER_VOTES)), 404);
    }

    @Test
    void someoneWithoutTheProfessionalRoleMayNotVote() {
        assertProblem(vote("ravi", "A"), 403);
    }

    /**
     * Another tenant's data does not exist for a caller: 404, never 403 (which would confirm it exists). Add a case
     * here for each tenant-scoped resource later issues add (reactions, intake reports, reviews …).
     */
    @Nested
    class TenantIsolation {

        @Test
        void anotherOrganisationsFiguresAreNotFound() {
            vote(ANNA, "A");
            vote(UMAR, "B");

            assertProblem(api.get(OVERVIEW + "/organisaties/uwv", token(ANNA)), 404);
            assertProblem(api.get(OVERVIEW + "/organisaties/gemeente-amsterdam", token(UMAR)), 404);
            assertProblem(api.get(OVERVIEW + "/organisaties/bestaat-niet", token(ANNA)), 404);
        }

        @Test
        void myOwnOrganisationsFiguresAreThere() {
            vote(ANNA, "A");

            Api.Response own = api.get(OVERVIEW + "/organisaties/gemeente-amsterdam", token(ANNA));
            assertThat(own.status()).as(own.toString()).isEqualTo(200);
            assertThat(own.json().path("tenant").asString()).isEqualTo("gemeente-amsterdam");
        }

        @Test
        void theTenantComesFromTheTokenNotFromAHeaderOrParameterTheClientSets() {
            vote(ANNA, "A");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                for (HttpRequest.Builder spoofed : new HttpRequest.Builder[] {
                        api.request(OVERVIEW).header("X-Tenant", "uwv"),
                        api.request(OVERVIEW).header("X-Tenant-Id", "uwv"),
                        api.request(OVERVIEW + "?tenant=uwv") }) {
                    Api.Response response = api.send(spoofed.header("Authorization", "Bearer " + token(ANNA)).GET());
                    assertThat(response.status()).as(response.toString()).isEqualTo(200);
                    assertThat(response.json().path("organisation").path("tenant").asString())
                            .isEqualTo("gemeente-amsterdam");
                }
            });
        }

        @Test
        void aTokenOfOneTenantClaimingAnotherTenantIsRejected() {
            String annaClaimingUwv = platform.tokens().forUser(ANNA).tenantClaim("uwv").sign();

            assertProblem(api.get(OVERVIEW, annaClaimingUwv), 401);
            assertProblem(api.putJson(VOTE, annaClaimingUwv, "{\"optionId\":\"A\"}"), 401);
        }
    }

    @Nested
    class Authentication {

        @Test
        void aRequestWithoutATokenGets401() {
            assertProblem(api.get(JEANNE), 401);
            assertProblem(api.send(api.request(VOTE).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"optionId\":\"A\"}"))), 401);
        }

        @Test
        void aTokenWithABadSignatureGets401() {
            String forged = platform.tokens().forUser(ANNA).signedByStranger().sign();

            assertProblem(api.get(JEANNE, forged), 401);
            assertProblem(api.putJson(VOTE, forged, "{\"optionId\":\"A\"}"), 401);
        }

        @Test
        void anExpiredTokenSignedByTheIdentityProviderGets401() {
            String expired = platform.tokens().forUser(ANNA).expiredSince(Duration.ofMinutes(10)).sign();

            assertProblem(api.get(JEANNE, expired), 401);
            assertProblem(api.putJson(VOTE, expired, "{\"optionId\":\"A\"}"), 401);
        }

        @Test
        void aTokenFromAnUnknownIssuerGets401() {
            String unknownTenant = platform.tokens().forUser(ANNA)
                    .issuer(platform.issuer("gemeente-onbekend")).tenantClaim("gemeente-onbekend").sign();
            String elsewhere = platform.tokens().forUser(ANNA).issuer("https://login.example.org/gemeente-amsterdam")
                    .sign();

            assertProblem(api.get(JEANNE, unknownTenant), 401);
            assertProblem(api.get(JEANNE, elsewhere), 401);
            assertProblem(api.putJson(VOTE, elsewhere, "{\"optionId\":\"A\"}"), 401);
        }

        @Test
        void aTokenSignedByTheIdentityProvidersKeyAndValidInEveryWayIsAccepted() {
            String minted = platform.tokens().forUser(ANNA).sign();

            Api.Response response = api.get(JEANNE, minted);
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
        }
    }

    /** Bad input is a 4xx problem that names the problem, never a 500 and never a partial write. */
    @Nested
    class BadInput {

        @Test
        void malformedJsonIs400() {
            assertUnchanged(UMAR, () -> assertProblem(api.putJson(VOTE, token(UMAR), "{\"optionId\": "), 400));
        }

        @Test
        void anUnknownOptionIs422NamingTheField() {
            assertUnchanged(UMAR, () -> {
                Api.Response response = api.putJson(VOTE, token(UMAR), "{\"optionId\":\"C\"}");
                assertProblem(response, 422);
                assertThat(response.json().path("errors").path(0).path("field").asString()).isEqualTo("optionId");
            });
        }

        @Test
        void aMissingOptionIs422NamingTheField() {
            assertUnchanged(UMAR, () -> {
                Api.Response response = api.putJson(VOTE, token(UMAR), "{}");
                assertProblem(response, 422);
                assertThat(response.json().path("errors").path(0).path("field").asString()).isEqualTo("optionId");
            });
        }

        @Test
        void anUnknownFieldIs400NamingTheField() {
            assertUnchanged(UMAR, () -> {
                Api.Response response = api.putJson(VOTE, token(UMAR), "{\"optionId\":\"A\",\"extra\":1}");
                assertProblem(response, 400);
                assertThat(response.json().path("errors").path(0).path("field").asString()).isEqualTo("extra");
            });
        }

        @Test
        void anUnknownCaseIs404() {
            assertProblem(api.putJson("/api/v1/kopkrakers/bestaat-niet/stem", token(UMAR), "{\"optionId\":\"A\"}"),
                    404);
            assertProblem(api.get("/api/v1/kopkrakers/bestaat-niet", token(UMAR)), 404);
        }

        @Test
        void aBodyOverTheSizeLimitIs413() {
            String huge = "{\"optionId\":\"A\",\"toelichting\":\"" + "x".repeat(1024 * 1024) + "\"}";

            assertUnchanged(UMAR, () -> assertProblem(api.putJson(VOTE, token(UMAR), huge), 413));
        }
    }

    /** To the millisecond, the precision the store keeps. */
    private static Instant castAt(Api.Response vote) {
        return Instant.parse(vote.json().path("castAt").asString()).truncatedTo(ChronoUnit.MILLIS);
    }

    private static Api.Response vote(String user, String optionId) {
        return api.putJson(VOTE, token(user), "{\"optionId\":\"" + optionId + "\"}");
    }

    /** The user's current option, or null if they have not voted (404). */
    private static String myVote(String user) {
        Api.Response response = api.get(VOTE, token(user));
        if (response.status() == 404) {
            return null;
        }
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().path("optionId").asString();
    }

    private static String token(String user) {
        return platform.demoLogin().tokenFor(user);
    }

    private static void assertOverview(String user, String tenant, String tenantName, Map<String, Tally> byTenant,
                                       Tally nationwide) {
        Api.Response response = api.get(OVERVIEW, token(user));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode overview = response.json();
        assertThat(overview.path("caseId").asString()).isEqualTo("jeanne");

        int minimumGroupSize = overview.path("minimumGroupSize").asInt();
        assertThat(minimumGroupSize).as("the test platform's minimum group size").isEqualTo(1);

        JsonNode organisation = overview.path("organisation");
        assertThat(organisation.path("tenant").asString()).isEqualTo(tenant);
        assertThat(organisation.path("name").asString()).isEqualTo(tenantName);
        assertSection(user + "'s organisation", organisation, minimumGroupSize,
                byTenant.getOrDefault(tenant, Tally.empty()));
        assertSection(user + "'s nationwide", overview.path("nationwide"), minimumGroupSize, nationwide);
    }

    /**
     * A section shows its counts only when every option of the case has at least the minimum group size
     * (docs/api-v1-stemoverzicht.md); a zero next to a count gives votes away as surely as a one.
     */
    private static void assertSection(String description, JsonNode section, int minimumGroupSize, Tally expected) {
        boolean showable = OPTIONS.stream().allMatch(option ->
                expected.counts().getOrDefault(option, 0) >= minimumGroupSize);
        if (!showable) {
            assertThat(section.path("suppressed").asBoolean()).as(description + " suppressed: " + section).isTrue();
            assertThat(section.path("total").isNull()).as(description + " total hidden: " + section).isTrue();
            assertThat(section.path("options")).as(description + " options hidden").isEmpty();
            return;
        }
        assertThat(section.path("suppressed").asBoolean()).as(description + " shown: " + section).isFalse();
        assertThat(Tally.of(section)).as(description).isEqualTo(expected);
        assertThat(section.path("total").asInt()).as(description + " total").isEqualTo(expected.total());
        section.path("options").forEach(option -> assertThat(option.path("percentage").decimalValue())
                .as(description + " percentage of " + option.path("optionId").asString())
                .isEqualByComparingTo(expected.percentage(option.path("optionId").asString())));
    }

    private static void assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("status").asInt()).as(response.toString()).isEqualTo(status);
        assertThat(problem.path("title").asString()).as(response.toString()).isNotBlank();
    }

    private static void assertUnchanged(String user, Runnable badRequests) {
        String before = myVote(user);
        badRequests.run();
        assertThat(myVote(user)).as("%s's vote after a rejected request", user).isEqualTo(before);
    }
}
