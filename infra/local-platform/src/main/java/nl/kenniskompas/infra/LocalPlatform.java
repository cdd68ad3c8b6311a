package nl.kenniskompas.infra;

import org.apache.kafka.clients.admin.Admin;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * README command 1: starts Kafka, the store, the identity provider, the services and the gateway, each only when
 * the one before is ready, and stops them in reverse order. Tests start the same platform through this class.
 */
public final class LocalPlatform implements AutoCloseable {

    public static final String IDENTITY_PROVIDER = "dev-identity-provider";
    public static final String GATEWAY = "gateway";
    public static final List<String> SERVICES = List.of(
            "case-service", "vote-service", "discussion-service", "dilemma-intake-service", "keuzehulp-service");

    private final PlatformSettings settings;
    private final Consumer<String> out;
    private final Object lock = new Object();
    /** In start order; each stage stops as a whole, in reverse. */
    private final List<List<Component>> stages = new ArrayList<>();
    /** How to start each child-process component again, by name (see {@link #start(String)}). */
    private final Map<String, Restart> restarts = new ConcurrentHashMap<>();
    /** Stopped or killed on purpose ({@link #stop(String)}, {@link #kill(String)}): their exit is no news. */
    private final Set<Component> stoppedOnPurpose = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;
    private boolean stopped;
    private Duration startupTime;

    public LocalPlatform(PlatformSettings settings, Consumer<String> out) {
        this.settings = settings;
        this.out = out;
    }

    public static void main(String[] args) {
        PlatformSettings settings;
        try {
            settings = commandLineSettings(Arrays.asList(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        // Library logs (the store, the Kafka admin client) go to <logs>/launcher.log and mongo.log, not the terminal.
        System.setProperty("kk.logs.dir", settings.logsDir().toString());
        LocalPlatform platform = new LocalPlatform(settings, System.out::println);
        Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "stop-platform"));
        try {
            platform.start();
        } catch (PlatformStartException e) {
            System.err.println();
            System.err.println("Kenniskompas did not start: " + e.getMessage());
            System.exit(1);
        }
        System.out.println(StartupReport.of(platform,
                Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime())));
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** README command 1: the options given, and demo votes so a first look at the stemoverzicht shows figures. */
    static PlatformSettings commandLineSettings(List<String> args) {
        return PlatformSettings.fromArgs(args).withDemoData();
    }

    /** Starts everything, or stops what it started and throws {@link PlatformStartException}. */
    public LocalPlatform start() {
        Instant began = Instant.now();
        settings.ports().requireAllFree();
        requireBuilt();
        createDirectories();
        out.accept("Starting Kenniskompas (logs in " + settings.logsDir() + ")");
        try {
            stage("Kafka broker on " + settings.kafkaBootstrapServers(), () -> {
                KafkaBroker broker = started(() -> KafkaBroker.start(settings));
                restarts.put(KafkaBroker.NAME, () -> {
                    KafkaBroker again = KafkaBroker.start(settings, true);
                    return new Restart.Started(again, () -> again.awaitReady(deadline(), this::abortIfStopping));
                });
                broker.awaitReady(deadline(), this::abortIfStopping);
                try (Admin admin = broker.admin(Duration.ofSeconds(30))) {
                    KafkaTopics.ensure(admin);
                }
            });
            stage("MongoDB wire-protocol server on port " + settings.ports().mongo(),
                    () -> started(() -> MongoStore.start(settings)).awaitReady());
            stage("identity provider on " + settings.issuerBase(), () -> BootApp.awaitReady(
                    List.of(started(() -> bootApp(IDENTITY_PROVIDER, IDENTITY_PROVIDER,
                            settings.ports().identityProvider(), Map.of()))),
                    deadline(), this::abortIfStopping));
            stage(String.join(", ", SERVICES), () -> BootApp.awaitReady(
                    SERVICES.stream()
                            .map(service -> started(() -> bootApp(service, service, settings.ports().service(service),
                                    Map.of("MONGODB_URI", settings.mongoUri(database(service))))))
                            .toList(),
                    deadline(), this::abortIfStopping));
            stage("gateway on " + settings.gatewayUrl(), () -> BootApp.awaitReady(
                    List.of(started(() -> bootApp(GATEWAY, GATEWAY, settings.ports().gateway(), serviceUrls()))),
                    deadline(), this::abortIfStopping));
        } catch (RuntimeException e) {
            close();
            throw e instanceof PlatformStartException ? e : new PlatformStartException(e.toString(), e);
        }
        startupTime = Duration.between(began, Instant.now());
        watchForUnexpectedExits();
        return this;
    }

    /** Stops everything in reverse order of start; safe to call more than once and from a shutdown hook. */
    @Override
    public void close() {
        synchronized (lock) {
            stopping = true;
            if (stopped) {
                return;
            }
            stopped = true;
            if (stages.isEmpty()) {
                return;
            }
            out.accept("Stopping Kenniskompas");
            for (int i = stages.size() - 1; i >= 0; i--) {
                stopTogether(stages.get(i));
            }
            stages.clear();
            out.accept("Stopped.");
        }
    }

    public PlatformSettings settings() {
        return settings;
    }

    /**
     * Stops one component the way Ctrl-C would (SIGTERM, a controlled shutdown), and leaves the rest running: to see
     * what the others do without it. {@link #start(String)} brings it back.
     *
     * @param name {@code kafka}, a service, the identity provider or a gateway
     */
    public void stop(String name) {
        Component component = running(name);
        stoppedOnPurpose.add(component);
        out.accept("  stopping " + name + " on purpose");
        component.stop();
    }

    /** SIGKILL for one component: a crash, with no shutdown hook and no goodbye to the broker or the store. */
    public void kill(String name) {
        Component component = running(name);
        stoppedOnPurpose.add(component);
        out.accept("  killing  " + name + " (SIGKILL) on purpose");
        component.kill();
    }

    /**
     * Starts a component that was stopped or killed, with the same ports, data, environment and options as at the
     * first start, and returns when it is ready again.
     */
    public void start(String name) {
        Restart restart = restarts.get(name);
        if (restart == null) {
            throw new IllegalArgumentException("No component " + name + " to start again (known: " + restarts.keySet()
                    + ")");
        }
        Instant began = Instant.now();
        synchronized (lock) {
            abortIfStopping();
            Component old = component(name);
            if (old.isAlive()) {
                throw new IllegalStateException(name + " is still running; stop or kill it first");
            }
        }
        out.accept("  starting " + name + " again");
        Restart.Started started;
        synchronized (lock) {
            abortIfStopping();
            started = restart.start();
            replace(component(name), started.component());
        }
        watch(started.component());
        started.awaitReady().run();
        out.accept(String.format("  ready    %s again (%.1f s)", name,
                Duration.between(began, Instant.now()).toMillis() / 1000.0));
    }

    /**
     * One more gateway instance on a free port, routing to the same services: the gateway keeps nothing but its rate
     * limit buckets, so instances are interchangeable (as replicas behind a load balancer would be). Stopped with the
     * platform. Returns its base URL.
     */
    public String addGateway() {
        String name;
        synchronized (lock) {
            abortIfStopping();
            long gateways = stages.stream().flatMap(List::stream)
                    .filter(component -> component.name().startsWith(GATEWAY)).count();
            name = GATEWAY + "-" + (gateways + 1);
        }
        int port = Ports.freePort();
        Instant began = Instant.now();
        out.accept("  starting " + name + " on http://localhost:" + port);
        BootApp gateway;
        synchronized (lock) {
            abortIfStopping();
            gateway = bootApp(name, GATEWAY, port, serviceUrls());
            stages.get(stages.size() - 1).add(gateway);
        }
        watch(gateway);
        BootApp.awaitReady(List.of(gateway), deadline(), this::abortIfStopping);
        out.accept(String.format("  ready    %s (%.1f s)", name, Duration.between(began, Instant.now()).toMillis()
                / 1000.0));
        return "http://localhost:" + port;
    }

    /** How to start a component again; {@code awaitReady} returns when it serves. */
    private interface Restart {
        Started start();

        record Started(Component component, Runnable awaitReady) {
        }
    }

    private Component component(String name) {
        synchronized (lock) {
            return stages.stream().flatMap(List::stream).filter(component -> component.name().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No component " + name + " in this platform"));
        }
    }

    private Component running(String name) {
        Component component = component(name);
        if (!component.isAlive()) {
            throw new IllegalStateException(name + " is not running");
        }
        return component;
    }

    private void replace(Component old, Component replacement) {
        for (List<Component> stage : stages) {
            int index = stage.indexOf(old);
            if (index >= 0) {
                stage.set(index, replacement);
                return;
            }
        }
        throw new IllegalStateException(old.name() + " is not part of this platform");
    }

    public Duration startupTime() {
        return startupTime;
    }

    /** Resident memory per component: the launcher itself (with the store in it) and each child process. */
    public Map<String, Long> residentMemory() {
        Map<String, Long> rss = new LinkedHashMap<>();
        ResidentMemory.bytes(ProcessHandle.current().pid()).ifPresent(bytes -> rss.put("launcher + mongo", bytes));
        synchronized (lock) {
            for (List<Component> stage : stages) {
                for (Component component : stage) {
                    component.pid().stream()
                            .mapToObj(ResidentMemory::bytes)
                            .forEach(bytes -> bytes.ifPresent(value -> rss.put(component.name(), value)));
                }
            }
        }
        return rss;
    }

    /** The process ids of the child processes, by component name. */
    public Map<String, Long> childProcesses() {
        Map<String, Long> pids = new LinkedHashMap<>();
        synchronized (lock) {
            stages.forEach(stage -> stage.forEach(component ->
                    component.pid().ifPresent(pid -> pids.put(component.name(), pid))));
        }
        return pids;
    }

    private void stage(String description, Runnable startAndAwait) {
        synchronized (lock) {
            abortIfStopping();
            stages.add(new ArrayList<>());
        }
        Instant began = Instant.now();
        out.accept("  starting " + description);
        startAndAwait.run();
        out.accept(String.format("  ready    %s (%.1f s)", description,
                Duration.between(began, Instant.now()).toMillis() / 1000.0));
    }

    /**
     * Registers a component of the current stage under the lock {@link #close()} takes, so a Ctrl-C during start-up
     * cannot miss a process that was just spawned.
     */
    private <T extends Component> T started(Supplier<T> starter) {
        synchronized (lock) {
            abortIfStopping();
            T component = starter.get();
            stages.get(stages.size() - 1).add(component);
            return component;
        }
    }

    /**
     * @param name   the instance's name (its log and data dir)
     * @param module the jar to run and whose {@link PlatformSettings#options(String) options} apply
     */
    private BootApp bootApp(String name, String module, int port, Map<String, String> extra) {
        Map<String, String> environment = new HashMap<>();
        environment.put("SERVER_PORT", Integer.toString(port));
        environment.put("KAFKA_BOOTSTRAP_SERVERS", settings.kafkaBootstrapServers());
        environment.put("KK_DATA_DIR", settings.dataDir(name).toString());
        environment.put("KK_ISSUER_BASE", settings.issuerBase());
        environment.put("KK_WEB_ORIGIN", settings.webOrigin());
        environment.put("KK_PSEUDONYM_SECRET", PseudonymSecret.of(settings.dataDir()));
        environment.putAll(extra);
        restarts.put(name, () -> {
            BootApp again = BootApp.start(name, settings.jar(module), port, environment, settings.options(module),
                    true, settings);
            return new Restart.Started(again, () -> BootApp.awaitReady(List.of(again), deadline(),
                    this::abortIfStopping));
        });
        return BootApp.start(name, settings.jar(module), port, environment, settings.options(module), false, settings);
    }

    /** {@code kk-case} for case-service: the default in each service's own configuration. */
    static String database(String service) {
        return "kk-" + service.replaceFirst("-service$", "");
    }

    private Map<String, String> serviceUrls() {
        Map<String, String> urls = new HashMap<>();
        for (String service : SERVICES) {
            String variable = service.toUpperCase(Locale.ROOT).replace('-', '_') + "_URL";
            urls.put(variable, "http://localhost:" + settings.ports().service(service));
        }
        return urls;
    }

    private void requireBuilt() {
        List<String> missing = new ArrayList<>();
        List<String> modules = new ArrayList<>(List.of(IDENTITY_PROVIDER, GATEWAY));
        modules.addAll(SERVICES);
        for (String module : modules) {
            if (!Files.isRegularFile(settings.jar(module))) {
                missing.add(settings.jar(module).toString());
            }
        }
        if (!Files.isDirectory(settings.kafkaLibs())) {
            missing.add(settings.kafkaLibs() + "/");
        }
        if (!missing.isEmpty()) {
            throw new PlatformStartException("Not built yet: " + String.join(", ", missing)
                    + ". Run mvn -B -DskipTests install at the repository root (./kenniskompas does this for you).");
        }
    }

    private void createDirectories() {
        try {
            Files.createDirectories(settings.dataDir());
            Files.createDirectories(settings.logsDir());
        } catch (IOException e) {
            throw new PlatformStartException("Could not create " + settings.dataDir() + " or " + settings.logsDir(), e);
        }
    }

    private Instant deadline() {
        return Instant.now().plus(settings.startTimeout());
    }

    private void abortIfStopping() {
        if (stopping) {
            throw new PlatformStartException("Stopped while starting.");
        }
    }

    private void stopTogether(List<Component> stage) {
        List<Thread> threads = new ArrayList<>();
        for (Component component : stage) {
            Thread thread = new Thread(() -> stopAndReport(component), "stop-" + component.name());
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void stopAndReport(Component component) {
        Instant began = Instant.now();
        try {
            component.stop();
            out.accept(String.format("  stopped  %s (%.1f s)", component.name(),
                    Duration.between(began, Instant.now()).toMillis() / 1000.0));
        } catch (RuntimeException e) {
            out.accept("  could not stop " + component.name() + ": " + e);
        }
    }

    /** A service that dies after start-up is worth a line in the terminal, not just in its log. */
    private void watchForUnexpectedExits() {
        synchronized (lock) {
            stages.forEach(stage -> stage.forEach(this::watch));
        }
    }

    private void watch(Component component) {
        ChildProcess process = component instanceof BootApp app ? app.process()
                : component instanceof KafkaBroker broker ? broker.process() : null;
        if (process != null) {
            process.process().onExit().thenAccept(exited -> {
                if (!stopping && !stoppedOnPurpose.contains(component)) {
                    out.accept("! " + component.name() + " exited with code " + exited.exitValue()
                            + "; see " + process.logFile());
                }
            });
        }
    }
}
