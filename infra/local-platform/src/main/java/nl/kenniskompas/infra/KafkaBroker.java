package nl.kenniskompas.infra;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * A real Apache Kafka broker, single-node KRaft (broker and controller in one process), run from the Kafka jars in
 * {@code target/kafka-libs}. Its log dirs live under {@code <data>/kafka}, so topics and offsets survive restarts.
 */
final class KafkaBroker implements Component {

    static final String NAME = "kafka";

    private final PlatformSettings settings;
    private final ChildProcess process;

    private KafkaBroker(PlatformSettings settings, ChildProcess process) {
        this.settings = settings;
        this.process = process;
    }

    static KafkaBroker start(PlatformSettings settings) {
        return start(settings, false);
    }

    /** @param restart started again within the same run of the platform (its log is kept) */
    static KafkaBroker start(PlatformSettings settings, boolean restart) {
        Path home = settings.dataDir(NAME);
        Path config = home.resolve("server.properties");
        Path logConfig = home.resolve("logback.xml");
        try {
            Files.createDirectories(home);
            // Rewritten on every start: the ports may differ from the last run, the data does not.
            Files.writeString(config, serverProperties(settings, home.resolve("logs")));
            try (InputStream in = KafkaBroker.class.getResourceAsStream("/kafka-logback.xml")) {
                Files.copy(in, logConfig, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new PlatformStartException("Could not write the Kafka configuration under " + home, e);
        }
        List<String> jvm = concat(settings.options(NAME).jvmOptions(), List.of("-Dlogback.configurationFile=" + logConfig,
                "-cp", settings.kafkaLibs().resolve("*").toString()));
        Path log = settings.logFile(NAME);
        boolean firstStart = !Files.exists(home.resolve("logs/meta.properties"));
        if (firstStart) {
            format(jvm, config, log);
        }
        List<String> command = JavaCommand.with("128m", "512m", concat(jvm, List.of("kafka.Kafka", config.toString())));
        // After formatting, and when restarted within one run, it appends: what came before stays readable.
        return new KafkaBroker(settings, ChildProcess.start(command, settings.options(NAME).environment(), log,
                firstStart || restart));
    }

    /** Once per data dir: the storage gets a cluster id and the controller's metadata log. */
    private static void format(List<String> jvm, Path config, Path log) {
        // What `StorageTool random-uuid` prints; calling it directly saves a JVM start.
        String clusterId = Uuid.randomUuid().toString();
        List<String> command = JavaCommand.with("32m", "256m", concat(jvm, List.of("kafka.tools.StorageTool", "format",
                "--ignore-formatted", "-t", clusterId, "-c", config.toString())));
        ChildProcess formatting = ChildProcess.start(command, Map.of(), log, false);
        try {
            if (!formatting.process().waitFor(60, TimeUnit.SECONDS) || formatting.exitValue() != 0) {
                formatting.stop(Duration.ofSeconds(1));
                throw new PlatformStartException("Formatting the Kafka storage failed.\n"
                        + formatting.failureSummary());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformStartException("Interrupted while formatting the Kafka storage");
        }
    }

    private static String serverProperties(PlatformSettings settings, Path logDirs) {
        int broker = settings.ports().kafka();
        int controller = settings.ports().kafkaController();
        return """
                # Written by the launcher (infra/local-platform) on every start; edits are overwritten.
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@localhost:%d
                listeners=PLAINTEXT://localhost:%d,CONTROLLER://localhost:%d
                advertised.listeners=PLAINTEXT://localhost:%d
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                inter.broker.listener.name=PLAINTEXT
                controller.listener.names=CONTROLLER
                log.dirs=%s
                # Topics come from the launcher's declared list, with explicit partition counts.
                auto.create.topics.enable=false
                num.partitions=1
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                min.insync.replicas=1
                group.initial.rebalance.delay.ms=0
                num.network.threads=2
                num.io.threads=4
                """.formatted(controller, broker, controller, broker, logDirs);
    }

    /** Ready when the broker answers a describeCluster with itself as a node. */
    void awaitReady(Instant deadline, Readiness.Abort abort) {
        try (Admin admin = admin(Duration.ofSeconds(2))) {
            while (true) {
                abort.check();
                if (!process.isAlive()) {
                    throw new PlatformStartException("The Kafka broker exited with code " + process.exitValue()
                            + " while starting.\n" + process.failureSummary());
                }
                try {
                    if (!admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    // not listening yet
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new PlatformStartException("The Kafka broker was not ready in time.\n"
                            + process.failureSummary());
                }
                Readiness.pause();
            }
        }
    }

    Admin admin(Duration timeout) {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis(),
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public OptionalLong pid() {
        return OptionalLong.of(process.pid());
    }

    ChildProcess process() {
        return process;
    }

    @Override
    public void stop() {
        // A controlled shutdown flushes the logs; SIGKILL only if that hangs.
        process.stop(Duration.ofSeconds(60));
    }

    @Override
    public void kill() {
        process.kill();
    }

    @Override
    public boolean isAlive() {
        return process.isAlive();
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
