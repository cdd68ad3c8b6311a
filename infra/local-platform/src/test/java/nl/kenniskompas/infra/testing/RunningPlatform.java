package nl.kenniskompas.infra.testing;

import nl.kenniskompas.infra.LocalPlatform;
import nl.kenniskompas.infra.PlatformSettings;
import nl.kenniskompas.infra.Ports;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The whole platform, started once per test JVM through the launcher's own code, on free ports and in a fresh
 * directory ({@code target/it-platform}: its {@code logs/} stay there for reading after a failure). Stopped when the
 * test run ends, or by the launcher's shutdown hook if the JVM goes first.
 * <p>
 * Use: {@code @ExtendWith(RunningPlatform.Extension.class)} and a {@code RunningPlatform} parameter on a
 * {@code @BeforeAll} method (or on a test).
 */
public final class RunningPlatform implements AutoCloseable {

    private static RunningPlatform shared;
    private static RuntimeException failedToStart;

    private final LocalPlatform platform;
    private final Tokens tokens;
    private final DemoLogin demoLogin;
    private final Api api;

    private RunningPlatform(LocalPlatform platform, Tokens tokens) {
        this.platform = platform;
        this.tokens = tokens;
        this.demoLogin = new DemoLogin(platform.settings());
        this.api = new Api(platform.settings().gatewayUrl());
    }

    public static synchronized RunningPlatform shared() {
        if (failedToStart != null) {
            throw new IllegalStateException("The platform failed to start earlier in this run", failedToStart);
        }
        if (shared == null) {
            try {
                shared = start();
            } catch (RuntimeException e) {
                failedToStart = e;
                throw e;
            }
        }
        return shared;
    }

    private static RunningPlatform start() {
        Path root = Path.of(System.getProperty("kk.repository.root", "../.."));
        Path dir = Path.of(System.getProperty("kk.platform.dir", "target/it-platform"));
        deleteRecursively(dir);
        PlatformSettings settings = PlatformSettings.defaults(root)
                .withDataDir(dir.resolve("data"))
                .withLogsDir(dir.resolve("logs"))
                .withPorts(Ports.free());
        Tokens tokens = Tokens.writeIdentityProviderKey(
                settings.dataDir(LocalPlatform.IDENTITY_PROVIDER).resolve("identity/signing-key.json"),
                settings.issuerBase());
        LocalPlatform platform = new LocalPlatform(settings, line -> System.out.println("[platform] " + line));
        Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "stop-test-platform"));
        platform.start();
        System.out.printf("[platform] up in %.1f s at %s; resident memory %s%n",
                platform.startupTime().toMillis() / 1000.0, settings.gatewayUrl(), platform.residentMemory());
        return new RunningPlatform(platform, tokens);
    }

    public PlatformSettings settings() {
        return platform.settings();
    }

    public LocalPlatform launcher() {
        return platform;
    }

    public String gatewayUrl() {
        return settings().gatewayUrl();
    }

    /** HTTP against the gateway. */
    public Api api() {
        return api;
    }

    /** Real tokens through the identity provider's sign-in. */
    public DemoLogin demoLogin() {
        return demoLogin;
    }

    /** Forged and broken tokens, signed with the identity provider's key or a stranger's. */
    public Tokens tokens() {
        return tokens;
    }

    public String issuer(String tenant) {
        return settings().issuerBase() + "/" + tenant;
    }

    public Admin kafkaAdmin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings().kafkaBootstrapServers()));
    }

    /** The readiness URL of every Spring Boot app of the platform, by name. */
    public Map<String, String> readinessUrls() {
        Ports ports = settings().ports();
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put(LocalPlatform.IDENTITY_PROVIDER, readiness(ports.identityProvider()));
        LocalPlatform.SERVICES.forEach(service -> urls.put(service, readiness(ports.service(service))));
        urls.put(LocalPlatform.GATEWAY, readiness(ports.gateway()));
        return urls;
    }

    private static String readiness(int port) {
        return "http://localhost:" + port + "/actuator/health/readiness";
    }

    @Override
    public void close() {
        platform.close();
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Injects the shared platform and stops it when the whole test run (not just one class) is over. */
    public static final class Extension implements ParameterResolver {

        private static final ExtensionContext.Namespace NAMESPACE =
                ExtensionContext.Namespace.create(RunningPlatform.class);

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == RunningPlatform.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            // Stored in the root context, which closes AutoCloseable values when the test run ends.
            return context.getRoot().getStore(NAMESPACE)
                    .computeIfAbsent(RunningPlatform.class, key -> shared(), RunningPlatform.class);
        }
    }
}
