package nl.kenniskompas.infra.fault;

import nl.kenniskompas.infra.PlatformSettings;
import nl.kenniskompas.infra.Ports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * {@code infra/bin/fault-test}: the fault scenario ({@link FaultScenario}) on a platform of its own, on free ports and
 * in a temporary directory, so it never touches a running {@code ./kenniskompas}. Prints what it compared; exits 0 when
 * every check held, 1 when one failed, 2 on bad arguments. A hard deadline ends the run (and the JVM) even if a step
 * hangs.
 * <pre>
 *   --root DIR            the checkout whose jars to start (default: the current directory)
 *   --broker-down SECONDS how long the broker stays away (default 30)
 *   --deadline SECONDS    the whole run (default 720)
 *   --keep                keep the temporary directory (logs, data) afterwards
 * </pre>
 */
public final class FaultTest {

    private FaultTest() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of("");
        FaultPhases phases = FaultPhases.command();
        boolean keep = false;
        try {
            List<String> list = List.of(args);
            for (int i = 0; i < list.size(); i++) {
                switch (list.get(i)) {
                    case "--root" -> root = Path.of(list.get(++i));
                    case "--broker-down" -> phases = phases.withBrokerDown(Duration.ofSeconds(Long.parseLong(list.get(++i))));
                    case "--deadline" -> phases = phases.withDeadline(Duration.ofSeconds(Long.parseLong(list.get(++i))));
                    case "--keep" -> keep = true;
                    default -> throw new IllegalArgumentException("Unknown option " + list.get(i)
                            + " (known: --root, --broker-down, --deadline, --keep)");
                }
            }
        } catch (RuntimeException e) {
            System.err.println("fault-test: " + e.getMessage());
            System.exit(2);
            return;
        }
        Path dir = Files.createTempDirectory("kk-fault-test-");
        System.setProperty("kk.logs.dir", dir.resolve("logs").toString());
        PlatformSettings settings = PlatformSettings.defaults(root).withDataDir(dir.resolve("data"))
                .withLogsDir(dir.resolve("logs")).withPorts(Ports.free()).withJarsCopiedTo(dir.resolve("jars"));
        hardDeadline(phases.deadline().plusSeconds(90));
        System.out.println("Fault test on a platform of its own in " + dir + " (deadline "
                + phases.deadline().toSeconds() + " s)");
        FaultReport report = FaultScenario.run(settings, phases, System.out::println);
        deleteQuietly(dir.resolve("jars"));
        System.out.println();
        System.out.print(report.render());
        if (keep || !report.passed()) {
            System.out.println("Logs and data kept in " + dir);
        } else {
            deleteQuietly(dir);
        }
        System.exit(report.passed() ? 0 : 1);
    }

    /** The scenario stops its platform at its own deadline; if even that hangs, this ends the JVM. */
    private static void hardDeadline(Duration after) {
        Thread killer = new Thread(() -> {
            try {
                Thread.sleep(after.toMillis());
                System.err.println("fault-test: hard deadline of " + after.toSeconds() + " s passed; killing the"
                        + " platform's processes and exiting");
                // The children run in sessions of their own: they would outlive a halted JVM.
                ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
                Runtime.getRuntime().halt(3);
            } catch (InterruptedException ignored) {
                // never interrupted
            }
        }, "fault-test-hard-deadline");
        killer.setDaemon(true);
        killer.start();
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }
}
