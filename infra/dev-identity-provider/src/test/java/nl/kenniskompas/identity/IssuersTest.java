package nl.kenniskompas.identity;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class IssuersTest extends RunningIdentityProvider {

    @ParameterizedTest
    @ValueSource(strings = {"gemeente-amsterdam", "werkzaak-rivierenland", "uwv"})
    void discoveryOfEachTenantNamesThatTenantsIssuer(String tenant) {
        String issuer = "http://localhost:" + port + "/" + tenant;

        HttpResponse<String> discovery = browser().get(issuer + "/.well-known/openid-configuration");

        assertThat(discovery.statusCode()).isEqualTo(200);
        assertThat(WebAppSignIn.json(discovery.body()))
                .containsEntry("issuer", issuer)
                .containsEntry("authorization_endpoint", issuer + "/oauth2/authorize")
                .containsEntry("token_endpoint", issuer + "/oauth2/token")
                .containsEntry("jwks_uri", issuer + "/oauth2/jwks");
    }

    @Test
    void aPathThatIsNoTenantHasNoIssuer() {
        WebAppSignIn browser = browser();

        assertThat(browser.get(browser.issuer("gemeente-utrecht") + "/.well-known/openid-configuration").statusCode())
                .isEqualTo(404);
        assertThat(browser.get("http://localhost:" + port + "/oauth2/jwks").statusCode()).isEqualTo(404);
    }

    @Test
    void theGeneratedSigningKeyIsKeptInTheDataDirectoryAndPublished() throws Exception {
        Path keyFile = DATA_DIR.resolve("identity").resolve("signing-key.json");
        RSAKey stored = RSAKey.parse(Files.readString(keyFile));

        HttpResponse<String> jwks = browser().get(browser().issuer("uwv") + "/oauth2/jwks");

        List<String> publishedKeyIds = JWKSet.parse(jwks.body()).getKeys().stream().map(JWK::getKeyID).toList();
        assertThat(publishedKeyIds).containsExactly(stored.getKeyID());
        assertThat(jwks.body()).doesNotContain("\"d\"");
    }

    @Test
    void theWebAppMayCallTheTokenEndpointFromItsOrigin() {
        HttpResponse<String> preflight = browser().send(HttpRequest
                .newBuilder(URI.create(browser().issuer("uwv") + "/oauth2/token"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", WebAppSignIn.WEB_ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .build());

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(WebAppSignIn.WEB_ORIGIN);
    }

    @Test
    void otherOriginsMayNot() {
        HttpResponse<String> preflight = browser().send(HttpRequest
                .newBuilder(URI.create(browser().issuer("uwv") + "/oauth2/token"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://elsewhere.example")
                .header("Access-Control-Request-Method", "POST")
                .build());

        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void healthProbesNeedNoToken() {
        WebAppSignIn browser = browser();
        String actuator = "http://localhost:" + port + "/actuator/health/";

        for (String probe : List.of("liveness", "readiness")) {
            HttpResponse<String> health = browser.get(actuator + probe);
            assertThat(health.statusCode()).as(probe).isEqualTo(200);
            assertThat(WebAppSignIn.json(health.body())).as(probe).isEqualTo(Map.of("status", "UP"));
        }
    }

    @Test
    void theLoginPageNamesTheOrganisationAndItsDemoAccounts() {
        WebAppSignIn browser = browser();
        browser.startAuthorization("werkzaak-rivierenland", WebAppSignIn.challengeOf("verifier"), "state");

        String loginPage = browser.get("http://localhost:" + port + "/login").body();

        assertThat(loginPage).contains("Werkzaak Rivierenland", "wendy", "bas").doesNotContain("anna");
    }
}
