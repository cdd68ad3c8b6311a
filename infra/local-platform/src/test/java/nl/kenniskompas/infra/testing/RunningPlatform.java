package nl.kenniskompas.infra.testing;

import nl.kenniskompas.infra.LocalPlatform;
import nl.kenniskompas.infra.PlatformSettings;
import nl.kenniskompas.infra.Ports;
import nl.kenniskompas.infra.Tokens;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The whole platform, started once per test JVM through the launcher's own code, on free ports and in a fresh
 * directory ({@code target/it-platform}: its {@code logs/} stay there for reading after a failure). Stopped when the
 * test run ends, or by the launcher's shutdown hook if the JVM goes first.
 * <p>
 * Use: {@code @ExtendWith(RunningPlatform.Extension.class)} and a {@code RunningPlatform} parameter on a
 * {@code @BeforeAll} method (or on a test).
 * <p>
 * Unlike {@code ./kenniskompas} it seeds no demo votes (tests count exact votes), and it shows groups from one vote
 * on ({@link #DEFAULT_ENVIRONMENT}): the tests cast one to a few votes per case. A test class that needs another
 * setting says so with {@link WithEnvironment} and gets a platform of its own.
 */
public final class RunningPlatform implements AutoCloseable {

    /** What every test platform's components get unless a {@link WithEnvironment} replaces it. */
    public static final List<WithEnvironmentValue> DEFAULT_ENVIRONMENT = List.of(
            new WithEnvironmentValue("vote-service", "KK_MINIMUM_GROUP_SIZE", "1"));

    /** One environment variable for one component. */
    public record WithEnvironmentValue(String component, String name, String value) {
    }

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
        return start(List.of(), Path.of(System.getProperty("kk.platform.dir", "target/it-platform")), "platform");
    }

    /**
     * A platform of its own for a test that needs other settings than the shared one's; the caller closes it.
     * {@link Extension} does this for a class annotated with {@link WithEnvironment}.
     */
    public static RunningPlatform dedicated(List<WithEnvironmentValue> environment) {
        Path parent = Path.of(System.getProperty("kk.platform.dir", "target/it-platform")).toAbsolutePath()
                .getParent();
        String name = "dedicated-" + UUID.randomUUID().toString().substring(0, 8);
        return start(environment, parent.resolve("it-platform-" + name), name);
    }

    private static RunningPlatform start(List<WithEnvironmentValue> overrides, Path dir, String label) {
        Path root = Path.of(System.getProperty("kk.repository.root", "../.."));
        deleteRecursively(dir);
        PlatformSettings settings = PlatformSettings.defaults(root)
                .withDataDir(dir.resolve("data"))
                .withLogsDir(dir.resolve("logs"))
                .withPorts(Ports.free());
        List<WithEnvironmentValue> environment = new ArrayList<>(DEFAULT_ENVIRONMENT);
        environment.addAll(overrides);
        for (WithEnvironmentValue variable : environment) {
            settings = settings.withEnvironment(variable.component(), variable.name(), variable.value());
        }
        // Before the identity provider starts: it signs with this key, so tokens minted here are its own.
        Tokens tokens = Tokens.forPlatform(settings);
        String prefix = "[" + label + "] ";
        LocalPlatform platform = new LocalPlatform(settings, line -> System.out.println(prefix + line));
        Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "stop-test-" + label));
        platform.start();
        System.out.printf("%sup in %.1f s at %s; resident memory %s%n", prefix,
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

    /**
     * Injects the shared platform and stops it when the whole test run (not just one class) is over; a class with
     * {@link WithEnvironment} gets its own, stopped after that class.
     */
    public static final class Extension implements ParameterResolver {

        private static final ExtensionContext.Namespace NAMESPACE =
                ExtensionContext.Namespace.create(RunningPlatform.class);

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == RunningPlatform.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            ExtensionContext annotated = context;
            List<WithEnvironment> environment = List.of();
            for (ExtensionContext current = context; current != null && current != context.getRoot();
                 current = current.getParent().orElse(null)) {
                List<WithEnvironment> found = current.getTestClass()
                        .map(type -> AnnotationSupport.findRepeatableAnnotations(type, WithEnvironment.class))
                        .orElse(List.of());
                if (!found.isEmpty()) {
                    annotated = current;
                    environment = found;
                }
            }
            if (environment.isEmpty()) {
                // Stored in the root context, which closes AutoCloseable values when the test run ends.
                return context.getRoot().getStore(NAMESPACE)
                        .computeIfAbsent(RunningPlatform.class, key -> shared(), RunningPlatform.class);
            }
            List<WithEnvironmentValue> values = environment.stream()
                    .map(variable -> new WithEnvironmentValue(variable.component(), variable.name(), variable.value()))
                    .toList();
            // Stored in the annotated class's context: closed when that class is done.
            return annotated.getStore(NAMESPACE)
                    .computeIfAbsent(values, key -> dedicated(values), RunningPlatform.class);
        }
    }
}
