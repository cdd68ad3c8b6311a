package nl.kenniskompas.infra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Where the platform finds its jars and keeps its data and logs, and on which ports it listens.
 *
 * @param repositoryRoot the checkout whose modules' {@code target/*.jar} are started
 * @param dataDir        survives restarts: Kafka log dirs, the store's H2 file, each app's {@code KK_DATA_DIR}
 * @param logsDir        one {@code <component>.log} per component
 * @param startTimeout   how long one stage (broker, identity provider, services, gateway) may take to be ready
 * @param components     per component name ({@code vote-service}, {@code gateway}: every gateway instance, {@code
 *                       kafka}): what it gets beyond the contract's environment
 */
public record PlatformSettings(Path repositoryRoot, Path dataDir, Path logsDir, Ports ports, Duration startTimeout,
                               Map<String, ComponentOptions> components) {

    /** README command 1 seeds votes so the stemoverzicht has something to show; tests count exact votes instead. */
    public static final String DEMO_VOTES = "KK_DEMO_VOTES";
    public static final String DEMO_DILEMMAS = "KK_DEMO_DILEMMAS";
    public static final String DEMO_CATALOGUES = "KK_DEMO_CATALOGUES";

    public PlatformSettings {
        repositoryRoot = repositoryRoot.toAbsolutePath().normalize();
        dataDir = dataDir.toAbsolutePath().normalize();
        logsDir = logsDir.toAbsolutePath().normalize();
        components = Map.copyOf(components);
    }

    public PlatformSettings(Path repositoryRoot, Path dataDir, Path logsDir, Ports ports, Duration startTimeout) {
        this(repositoryRoot, dataDir, logsDir, ports, startTimeout, Map.of());
    }

    /** The local run: {@code ./data} and {@code ./logs} under the checkout, the contract's ports. */
    public static PlatformSettings defaults(Path repositoryRoot) {
        return new PlatformSettings(repositoryRoot, repositoryRoot.resolve("data"), repositoryRoot.resolve("logs"),
                Ports.defaults(), Duration.ofSeconds(180));
    }

    /** {@code --root DIR --data DIR --logs DIR --start-timeout SECONDS}; each optional. */
    public static PlatformSettings fromArgs(List<String> args) {
        PlatformSettings settings = defaults(Path.of(""));
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException("Missing value after " + option);
            }
            String value = args.get(++i);
            settings = switch (option) {
                case "--root" -> {
                    Path root = Path.of(value);
                    yield new PlatformSettings(root, root.resolve("data"), root.resolve("logs"), settings.ports,
                            settings.startTimeout, settings.components);
                }
                case "--data" -> settings.withDataDir(Path.of(value));
                case "--logs" -> settings.withLogsDir(Path.of(value));
                case "--start-timeout" -> new PlatformSettings(settings.repositoryRoot, settings.dataDir,
                        settings.logsDir, settings.ports, Duration.ofSeconds(Long.parseLong(value)), settings.components);
                default -> throw new IllegalArgumentException("Unknown option " + option
                        + " (known: --root, --data, --logs, --start-timeout)");
            };
        }
        return settings;
    }

    public PlatformSettings withDataDir(Path dir) {
        return new PlatformSettings(repositoryRoot, dir, logsDir, ports, startTimeout, components);
    }

    public PlatformSettings withLogsDir(Path dir) {
        return new PlatformSettings(repositoryRoot, dataDir, dir, ports, startTimeout, components);
    }

    public PlatformSettings withPorts(Ports ports) {
        return new PlatformSettings(repositoryRoot, dataDir, logsDir, ports, startTimeout, components);
    }

    public PlatformSettings withStartTimeout(Duration timeout) {
        return new PlatformSettings(repositoryRoot, dataDir, logsDir, ports, timeout, components);
    }

    /** An environment variable for one component (a later value for the same name replaces the earlier one). */
    public PlatformSettings withEnvironment(String component, String name, String value) {
        return withOptions(component, options -> options.withEnvironment(name, value));
    }

    /** A Spring property for one component, passed as {@code --name=value}: it outranks the app's own files. */
    public PlatformSettings withProperty(String component, String name, String value) {
        return withOptions(component, options -> options.withProperty(name, value));
    }

    /** JVM options for one component, after the launcher's lean defaults (so {@code -Xmx1g} replaces the default). */
    public PlatformSettings withJvmOptions(String component, String... options) {
        return withOptions(component, current -> current.withJvmOptions(List.of(options)));
    }

    /**
     * The same settings with the jars and the broker's libraries copied under {@code dir} first. A Spring Boot app
     * loads classes from its jar as it goes: a rebuild of that jar while it runs (someone else's {@code mvn install})
     * breaks it ({@code NoClassDefFoundError}). Runs that last minutes (benchmark, fault test) start from copies.
     */
    public PlatformSettings withJarsCopiedTo(Path dir) {
        PlatformSettings copied = new PlatformSettings(dir, dataDir, logsDir, ports, startTimeout, components);
        List<String> modules = new java.util.ArrayList<>(List.of(LocalPlatform.IDENTITY_PROVIDER, LocalPlatform.GATEWAY));
        modules.addAll(LocalPlatform.SERVICES);
        try {
            for (String module : modules) {
                java.nio.file.Files.createDirectories(copied.jar(module).getParent());
                java.nio.file.Files.copy(jar(module), copied.jar(module),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            java.nio.file.Files.createDirectories(copied.kafkaLibs());
            try (var libs = java.nio.file.Files.list(kafkaLibs())) {
                for (Path lib : libs.toList()) {
                    java.nio.file.Files.copy(lib, copied.kafkaLibs().resolve(lib.getFileName()),
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (java.io.IOException e) {
            throw new PlatformStartException("Could not copy the jars to " + dir + ": " + e.getMessage()
                    + " (built? mvn -B -DskipTests install)", e);
        }
        return copied;
    }

    /** What {@code ./kenniskompas} runs with: demo votes, demo praktijkdilemma's and each organisation's Keuzehulp. */
    public PlatformSettings withDemoData() {
        return withEnvironment("vote-service", DEMO_VOTES, "true").withEnvironment("dilemma-intake-service", DEMO_DILEMMAS, "true")
                .withEnvironment("keuzehulp-service", DEMO_CATALOGUES, "true");
    }

    public ComponentOptions options(String component) {
        return components.getOrDefault(component, ComponentOptions.NONE);
    }

    private PlatformSettings withOptions(String component, UnaryOperator<ComponentOptions> change) {
        Map<String, ComponentOptions> changed = new HashMap<>(components);
        changed.put(component, change.apply(options(component)));
        return new PlatformSettings(repositoryRoot, dataDir, logsDir, ports, startTimeout, changed);
    }

    public String gatewayUrl() {
        return "http://localhost:" + ports.gateway();
    }

    /** {@code KK_ISSUER_BASE}: each tenant's issuer is this plus {@code /<tenant>}. */
    public String issuerBase() {
        return "http://localhost:" + ports.identityProvider();
    }

    /** {@code KK_WEB_ORIGIN}: the web app is served by the gateway. */
    public String webOrigin() {
        return gatewayUrl();
    }

    public String kafkaBootstrapServers() {
        return "localhost:" + ports.kafka();
    }

    public String mongoUri(String database) {
        return "mongodb://localhost:" + ports.mongo() + "/" + database;
    }

    /** Each module's {@code finalName} is its artifactId. */
    public Path jar(String module) {
        String dir = module.equals("dev-identity-provider") ? "infra/" + module : module;
        return repositoryRoot.resolve(dir).resolve("target").resolve(module + ".jar");
    }

    /** Filled by this module's {@code package} (maven-dependency-plugin). */
    public Path kafkaLibs() {
        return repositoryRoot.resolve("infra/local-platform/target/kafka-libs");
    }

    public Path dataDir(String component) {
        return dataDir.resolve(component);
    }

    public Path logFile(String component) {
        return logsDir.resolve(component + ".log");
    }
}
