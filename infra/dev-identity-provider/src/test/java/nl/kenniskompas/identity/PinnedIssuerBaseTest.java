package nl.kenniskompas.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code KK_ISSUER_BASE} set, issuers are exactly {@code <base>/<tenant>} whatever host name a caller used,
 * and a key file written before start is the key tokens are signed with.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PinnedIssuerBaseTest {

    static final String ISSUER_BASE = "http://idp.kenniskompas.test:9000";
    static final RSAKey TEST_KEY = generateKey();
    static final Path DATA_DIR = dataDirWithKeyFile(TEST_KEY);

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void pinnedIssuerAndKeyFile(DynamicPropertyRegistry registry) {
        registry.add("kk.identity.issuer-base", () -> ISSUER_BASE + "/");
        registry.add("kk.identity.data-dir", DATA_DIR::toString);
        registry.add("kk.identity.web-origin", () -> WebAppSignIn.WEB_ORIGIN + "/");
    }

    @Test
    void discoveryAnswersWithThePinnedIssuer() {
        WebAppSignIn browser = new WebAppSignIn(port);

        Map<String, Object> discovery = WebAppSignIn.json(
                browser.get(browser.issuer("uwv") + "/.well-known/openid-configuration").body());

        assertThat(discovery)
                .containsEntry("issuer", ISSUER_BASE + "/uwv")
                .containsEntry("token_endpoint", ISSUER_BASE + "/uwv/oauth2/token");
    }

    @Test
    void tokensCarryThePinnedIssuerAndAreSignedWithThePreparedKey() throws JOSEException {
        Map<String, Object> tokens = new WebAppSignIn(port).tokensFor("pieter", "uwv");

        Jwt accessToken = NimbusJwtDecoder.withPublicKey(TEST_KEY.toRSAPublicKey()).build()
                .decode((String) tokens.get("access_token"));
        assertThat(accessToken.getHeaders()).containsEntry("kid", TEST_KEY.getKeyID());
        assertThat(accessToken.getIssuer()).hasToString(ISSUER_BASE + "/uwv");
        assertThat(accessToken.getClaimAsString("tenant")).isEqualTo("uwv");
        assertThat(accessToken.getClaimAsStringList("roles")).containsExactly("platformbeheerder", "analist");
    }

    private static RSAKey generateKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("prepared-by-test").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path dataDirWithKeyFile(RSAKey key) {
        try {
            Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-data")), "pinned");
            Path keyFile = Files.createDirectories(dataDir.resolve("identity")).resolve("signing-key.json");
            Files.writeString(keyFile, key.toJSONString());
            return dataDir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
