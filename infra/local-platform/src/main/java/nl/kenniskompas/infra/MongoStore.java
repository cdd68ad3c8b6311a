package nl.kenniskompas.infra;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * The MongoDB wire-protocol server (mongo-java-server), in the launcher's JVM, persisting every database to one H2
 * MVStore file under {@code <data>/mongo}. Each service uses its own database on it.
 */
final class MongoStore implements Component {

    static final String NAME = "mongo";

    private final H2Backend backend;
    private final MongoServer server;
    private final int port;

    private MongoStore(H2Backend backend, MongoServer server, int port) {
        this.backend = backend;
        this.server = server;
        this.port = port;
    }

    static MongoStore start(PlatformSettings settings) {
        Path file = settings.dataDir(NAME).resolve("kenniskompas.mv");
        int port = settings.ports().mongo();
        H2Backend backend;
        try {
            Files.createDirectories(file.getParent());
            backend = new H2Backend(file.toString());
        } catch (IOException | RuntimeException e) {
            throw new PlatformStartException("Could not open the store file " + file + ": " + e.getMessage()
                    + " (is another launcher using this data directory?)", e);
        }
        MongoServer server = new MongoServer(backend);
        try {
            server.bind("localhost", port);
        } catch (RuntimeException e) {
            backend.close();
            throw new PlatformStartException("The MongoDB wire-protocol server could not listen on port " + port
                    + ": " + e.getMessage(), e);
        }
        return new MongoStore(backend, server, port);
    }

    /** Ready when a {@code ping} answers through the real driver ({@code hello} is not supported by this server). */
    void awaitReady() {
        try (MongoClient client = MongoClients.create("mongodb://localhost:" + port + "/?serverSelectionTimeoutMS=5000")) {
            Document answer = client.getDatabase("admin").runCommand(new Document("ping", 1));
            if (answer.get("ok", Number.class).doubleValue() != 1.0) {
                throw new PlatformStartException("The MongoDB wire-protocol server answered ping with " + answer.toJson());
            }
        } catch (RuntimeException e) {
            if (e instanceof PlatformStartException) {
                throw e;
            }
            throw new PlatformStartException("The MongoDB wire-protocol server did not answer ping: " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public OptionalLong pid() {
        return OptionalLong.empty();
    }

    @Override
    public void stop() {
        server.shutdownNow();
        // Closing the MVStore writes what is still in memory to the file; the server may have done so already,
        // and closing twice is harmless.
        backend.close();
    }
}
