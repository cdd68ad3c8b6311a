package nl.kenniskompas.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The secret behind voters' pseudonyms for this local platform: made once, kept with the data. Services refuse to
 * start without one, so no deployment can run on a secret that is public in the repository.
 */
final class PseudonymSecret {

    private PseudonymSecret() {
    }

    static String of(Path dataDir) {
        Path file = dataDir.resolve("pseudonym-secret");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dataDir);
                byte[] secret = new byte[32];
                new SecureRandom().nextBytes(secret);
                Files.writeString(file, HexFormat.of().formatHex(secret));
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create " + file, e);
        }
    }
}
