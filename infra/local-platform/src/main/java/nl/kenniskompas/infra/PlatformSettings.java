package nl.kenniskompas.infra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Where the platform finds its jars and keeps its data and logs, and on which ports it listens.
 *
 * @param repositoryRoot the checkout whose modules' {@code target/*.jar} are started
 * @param dataDir        survives restarts: Kafka log dirs, the store's H2 file, each app's {@code KK_DATA_DIR}
 * @param logsDir        one {@code <component>.log} per component
 * @param startTimeout   how long one stage (broker, identity provider, services, gateway) may take to be ready
 */
public record PlatformSettings(Path repositoryRoot, Path dataDir, Path logsDir, Ports ports, Duration startTimeout) {

    public PlatformSettings {
        repositoryRoot = repositoryRoot.toAbsolutePath().normalize();
        dataDir = dataDir.toAbsolutePath().normalize();
        logsDir = logsDir.toAbsolutePath().normalize();
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
                            settings.startTimeout);
                }
                case "--data" -> settings.withDataDir(Path.of(value));
                case "--logs" -> settings.withLogsDir(Path.of(value));
                case "--start-timeout" -> new PlatformSettings(settings.repositoryRoot, settings.dataDir,
                        settings.logsDir, settings.ports, Duration.ofSeconds(Long.parseLong(value)));
                default -> throw new IllegalArgumentException("Unknown option " + option
                        + " (known: --root, --data, --logs, --start-timeout)");
            };
        }
        return settings;
    }

    public PlatformSettings withDataDir(Path dir) {
        return new PlatformSettings(repositoryRoot, dir, logsDir, ports, startTimeout);
    }

    public PlatformSettings withLogsDir(Path dir) {
        return new PlatformSettings(repositoryRoot, dataDir, dir, ports, startTimeout);
    }

    public PlatformSettings withPorts(Ports ports) {
        return new PlatformSettings(repositoryRoot, dataDir, logsDir, ports, startTimeout);
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
