package nl.kenniskompas.identity.token;

import java.nio.file.Files;
import java.nio.file.Path;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SigningKeyFileTest {

    @TempDir
    Path dataDir;

    @Test
    void createsTheKeyFileWithItsDirectoriesWhenAbsent() throws Exception {
        Path file = dataDir.resolve("identity").resolve("signing-key.json");

        RSAKey created = SigningKeyFile.loadOrCreate(file);

        RSAKey stored = RSAKey.parse(Files.readString(file));
        assertThat(stored.getKeyID()).isNotBlank().isEqualTo(created.getKeyID());
        assertThat(stored.isPrivate()).isTrue();
    }

    @Test
    void reusesTheKeyFileOnTheNextStart() {
        Path file = dataDir.resolve("signing-key.json");
        RSAKey firstStart = SigningKeyFile.loadOrCreate(file);

        RSAKey secondStart = SigningKeyFile.loadOrCreate(file);

        assertThat(secondStart.getKeyID()).isEqualTo(firstStart.getKeyID());
        assertThat(secondStart.getModulus()).isEqualTo(firstStart.getModulus());
    }

    @Test
    void usesAKeyFileThatATestWroteBeforehand() throws Exception {
        RSAKey testKey = new RSAKeyGenerator(2048).keyID("test-key").generate();
        Path file = dataDir.resolve("signing-key.json");
        Files.writeString(file, testKey.toJSONString());

        RSAKey used = SigningKeyFile.loadOrCreate(file);

        assertThat(used.getKeyID()).isEqualTo("test-key");
        assertThat(used.toRSAPublicKey()).isEqualTo(testKey.toRSAPublicKey());
    }

    @Test
    void refusesAKeyFileWithoutThePrivateKey() throws Exception {
        RSAKey publicOnly = new RSAKeyGenerator(2048).keyID("public-only").generate().toPublicJWK();
        Path file = dataDir.resolve("signing-key.json");
        Files.writeString(file, publicOnly.toJSONString());

        assertThatThrownBy(() -> SigningKeyFile.loadOrCreate(file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no private key");
    }
}
