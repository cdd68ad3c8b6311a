package nl.kenniskompas.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The provider on a random port with the default configuration: issuers derived from the request URL, web origin
 * http://localhost:8080, and a fresh data directory (so it generates its signing key). Subclasses share the one
 * running application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class RunningIdentityProvider {

    static final Path DATA_DIR = freshDirectory();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("kk.identity.data-dir", DATA_DIR::toString);
        registry.add("kk.identity.issuer-base", () -> "");
        registry.add("kk.identity.web-origin", () -> WebAppSignIn.WEB_ORIGIN);
    }

    WebAppSignIn browser() {
        return new WebAppSignIn(port);
    }

    private static Path freshDirectory() {
        try {
            return Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-data")), "provider");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
