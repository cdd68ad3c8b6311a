package nl.kenniskompas.identity.token;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.ParseException;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RSA signing key, kept as a JWK JSON document (private parts and {@code kid} included) so tokens survive a
 * restart and tests can sign tokens with the same key.
 */
public final class SigningKeyFile {

    private static final Logger log = LoggerFactory.getLogger(SigningKeyFile.class);

    private SigningKeyFile() {
    }

    /** Reads the key from the file, or generates one and writes it there first. */
    public static RSAKey loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                RSAKey key = read(file);
                log.info("Signing with key {} from {}", key.getKeyID(), file.toAbsolutePath());
                return key;
            }
            RSAKey key = generate();
            write(key, file);
            log.info("Generated signing key {} in {}", key.getKeyID(), file.toAbsolutePath());
            return key;
        } catch (IOException | ParseException | JOSEException e) {
            throw new IllegalStateException("Cannot use signing key file " + file.toAbsolutePath(), e);
        }
    }

    private static RSAKey read(Path file) throws IOException, ParseException {
        RSAKey key = RSAKey.parse(Files.readString(file));
        if (!key.isPrivate()) {
            throw new IllegalStateException(file.toAbsolutePath() + " holds no private key");
        }
        if (key.getKeyID() == null) {
            throw new IllegalStateException(file.toAbsolutePath() + " has no kid");
        }
        return key;
    }

    private static RSAKey generate() throws JOSEException {
        return new RSAKeyGenerator(2048)
                .keyID(UUID.randomUUID().toString())
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256)
                .generate();
    }

    // Write then move, so a crash never leaves half a key that the next start would fail to parse.
    private static void write(RSAKey key, Path file) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path partial = Files.createTempFile(directory, "signing-key", ".partial");
        Files.writeString(partial, key.toJSONString());
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
    }
}
