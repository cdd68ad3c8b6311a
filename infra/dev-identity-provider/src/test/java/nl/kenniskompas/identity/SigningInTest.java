package nl.kenniskompas.identity;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;

import static org.assertj.core.api.Assertions.assertThat;

class SigningInTest extends RunningIdentityProvider {

    @Test
    void aModeratorGetsAnAccessTokenFromTheIssuerOfTheirTenant() {
        WebAppSignIn browser = browser();
        String issuer = browser.issuer("gemeente-amsterdam");

        Map<String, Object> tokens = browser.tokensFor("mo", "gemeente-amsterdam");

        // Discovery, JWKS and the iss check, as the gateway and services will do it.
        JwtDecoder issuersDecoder = JwtDecoders.fromIssuerLocation(issuer);
        Jwt accessToken = issuersDecoder.decode((String) tokens.get("access_token"));
        assertThat(accessToken.getHeaders()).containsEntry("alg", "RS256");
        assertThat(accessToken.getIssuer()).hasToString(issuer);
        assertThat(accessToken.getSubject()).isEqualTo("mo");
        assertThat(accessToken.getClaimAsString("tenant")).isEqualTo("gemeente-amsterdam");
        assertThat(accessToken.getClaimAsStringList("roles")).containsExactly("professional", "moderator");
        assertThat(accessToken.getClaimAsString("name")).isEqualTo("Mo El Amrani");
        assertThat(Duration.between(accessToken.getIssuedAt(), accessToken.getExpiresAt())).isEqualTo(Duration.ofMinutes(30));

        Jwt idToken = issuersDecoder.decode((String) tokens.get("id_token"));
        assertThat(idToken.getAudience()).containsExactly(WebAppSignIn.CLIENT_ID);
        assertThat(idToken.getClaimAsString("name")).isEqualTo("Mo El Amrani");
        assertThat(idToken.getClaimAsString("tenant")).isEqualTo("gemeente-amsterdam");
    }

    @Test
    void theWebAppCanReadTheUserInfoWithTheAccessToken() {
        WebAppSignIn browser = browser();
        String accessToken = (String) browser.tokensFor("ravi", "gemeente-amsterdam").get("access_token");

        HttpResponse<String> userInfo = browser.send(HttpRequest
                .newBuilder(URI.create(browser.issuer("gemeente-amsterdam") + "/userinfo"))
                .header("Authorization", "Bearer " + accessToken)
                .build());

        assertThat(userInfo.statusCode()).as(userInfo.body()).isEqualTo(200);
        assertThat(WebAppSignIn.json(userInfo.body()))
                .containsEntry("sub", "ravi")
                .containsEntry("name", "Ravi Ramsaran")
                .containsEntry("tenant", "gemeente-amsterdam")
                .containsEntry("roles", List.of("analist"));
    }

    @Test
    void aUserOfAnotherTenantGetsAccessDeniedInsteadOfACode() {
        WebAppSignIn browser = browser();

        WebAppSignIn.AuthorizationResponse response = browser.authorize("uwv", "anna");

        assertThat(response.params())
                .containsEntry("error", "access_denied")
                .containsEntry("state", response.state())
                .doesNotContainKey("code");
        assertThat(response.params().get("error_description"))
                .isEqualTo("anna belongs to tenant gemeente-amsterdam and cannot sign in through the issuer of tenant uwv");
    }

    @Test
    void afterAnAccessDeniedTheBrowserIsSignedOutSoAnotherUserCanSignIn() {
        WebAppSignIn browser = browser();
        browser.authorize("uwv", "anna");

        WebAppSignIn.AuthorizationResponse response = browser.authorize("uwv", "umar");

        assertThat(response.params()).containsKey("code").doesNotContainKey("error");
    }

    @Test
    void theCodeExchangeRequiresTheMatchingPkceVerifier() {
        WebAppSignIn browser = browser();
        WebAppSignIn.AuthorizationResponse response = browser.authorize("uwv", "rita");

        HttpResponse<String> exchange = browser.exchangeCode("uwv", response.code(), WebAppSignIn.randomUrlSafe(48));

        assertThat(exchange.statusCode()).isEqualTo(400);
        assertThat(WebAppSignIn.json(exchange.body())).containsEntry("error", "invalid_grant");
    }

    @Test
    void theWebAppRenewsItsAccessTokenWithARotatingRefreshToken() {
        WebAppSignIn browser = browser();
        Map<String, Object> tokens = browser.tokensFor("bas", "werkzaak-rivierenland");
        String refreshToken = (String) tokens.get("refresh_token");
        assertThat(refreshToken).isNotBlank();

        HttpResponse<String> refreshed = browser.refresh("werkzaak-rivierenland", refreshToken);

        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        Map<String, Object> renewed = WebAppSignIn.json(refreshed.body());
        assertThat(renewed.get("refresh_token")).isNotNull().isNotEqualTo(refreshToken);
        Jwt accessToken = JwtDecoders.fromIssuerLocation(browser.issuer("werkzaak-rivierenland"))
                .decode((String) renewed.get("access_token"));
        assertThat(accessToken.getSubject()).isEqualTo("bas");
        assertThat(accessToken.getClaimAsStringList("roles"))
                .containsExactly("professional", "moderator", "instrumentbeheerder");
        assertThat(browser.refresh("werkzaak-rivierenland", refreshToken).statusCode())
                .as("a used refresh token is spent").isEqualTo(400);
    }

    @Test
    void aRefreshTokenIsRefusedAtTheIssuerOfAnotherTenant() {
        WebAppSignIn browser = browser();
        String refreshToken = (String) browser.tokensFor("wendy", "werkzaak-rivierenland").get("refresh_token");

        HttpResponse<String> refreshed = browser.refresh("uwv", refreshToken);

        assertThat(refreshed.statusCode()).isEqualTo(400);
        assertThat(WebAppSignIn.json(refreshed.body())).containsEntry("error", "invalid_grant");
    }
}
