package nl.kenniskompas.infra;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** A Spring Boot fat jar run as {@code java -jar}, configured only through the environment of the contract. */
final class BootApp implements Component {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final String name;
    private final int port;
    private final ChildProcess process;
    private String lastAnswer = "no answer yet";

    private BootApp(String name, int port, ChildProcess process) {
        this.name = name;
        this.port = port;
        this.process = process;
    }

    /**
     * @param options what this component gets beyond {@code environment} (its own environment wins)
     * @param append  keep the log of an earlier run of this component (a restart), else start it empty
     */
    static BootApp start(String name, Path jar, int port, Map<String, String> environment, ComponentOptions options,
                         boolean append, PlatformSettings settings) {
        if (!Files.isRegularFile(jar)) {
            throw new PlatformStartException(name + ": no jar at " + jar + ". Build it first: mvn -B -DskipTests "
                    + "install (./kenniskompas does this when a jar is missing).");
        }
        try {
            Files.createDirectories(settings.dataDir(name));
        } catch (IOException e) {
            throw new PlatformStartException("Could not create " + settings.dataDir(name), e);
        }
        List<String> rest = new ArrayList<>(options.jvmOptions());
        rest.add("-jar");
        rest.add(jar.toString());
        rest.addAll(options.propertyArguments());
        Map<String, String> fullEnvironment = new java.util.HashMap<>(environment);
        fullEnvironment.putAll(options.environment());
        List<String> command = JavaCommand.with("64m", "256m", rest);
        return new BootApp(name, port, ChildProcess.start(command, fullEnvironment, settings.logFile(name), append));
    }

    /** Polls every app's readiness until all answer 200, one exits, or the deadline passes. */
    static void awaitReady(List<BootApp> apps, Instant deadline, Readiness.Abort abort) {
        List<BootApp> pending = new ArrayList<>(apps);
        while (!pending.isEmpty()) {
            abort.check();
            for (BootApp app : List.copyOf(pending)) {
                if (!app.process.isAlive()) {
                    throw new PlatformStartException(app.name + " exited with code " + app.process.exitValue()
                            + " while starting.\n" + app.process.failureSummary());
                }
                if (app.isReady()) {
                    pending.remove(app);
                }
            }
            if (pending.isEmpty()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                BootApp late = pending.get(0);
                throw new PlatformStartException(late.name + " was not ready in time (GET " + late.readinessUrl()
                        + ": " + late.lastAnswer + ").\n" + late.process.failureSummary());
            }
            Readiness.pause();
        }
    }

    private boolean isReady() {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(readinessUrl()))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
            lastAnswer = response.statusCode() + " " + response.body();
            return response.statusCode() == 200;
        } catch (IOException e) {
            lastAnswer = "no answer (" + e.getClass().getSimpleName() + ")";
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformStartException("Interrupted while waiting for " + name);
        }
    }

    String readinessUrl() {
        return "http://localhost:" + port + "/actuator/health/readiness";
    }

    int port() {
        return port;
    }

    ChildProcess process() {
        return process;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public OptionalLong pid() {
        return OptionalLong.of(process.pid());
    }

    @Override
    public void stop() {
        process.stop(Duration.ofSeconds(20));
    }

    @Override
    public void kill() {
        process.kill();
    }

    @Override
    public boolean isAlive() {
        return process.isAlive();
    }
}
