package nl.kenniskompas.infra;

import nl.kenniskompas.infra.fault.FaultPhases;
import nl.kenniskompas.infra.fault.FaultReport;
import nl.kenniskompas.infra.fault.FaultScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scenario of {@code infra/bin/fault-test} with short phases (broker away 10 s), on a platform of its own: the
 * shared test platform must not lose its broker or vote-service under other tests' feet.
 */
class VotesSurviveABrokerOutageAndAKilledVoteServiceIT {

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void everyVoteAnswered2xxIsCountedExactlyOnceAndNoRequestHangs() {
        Path dir = Path.of(System.getProperty("kk.platform.dir", "target/it-platform")).toAbsolutePath()
                .resolveSibling("fault-platform");
        PlatformSettings settings = PlatformSettings.defaults(Path.of(System.getProperty("kk.repository.root", "../..")))
                .withDataDir(dir.resolve("data")).withLogsDir(dir.resolve("logs")).withPorts(Ports.free());
        deleteRecursively(dir);

        FaultReport report = FaultScenario.run(settings, FaultPhases.ci(), line -> System.out.println("[fault] " + line));
        System.out.print(report.render());

        assertThat(report.failures()).as(report.render()).isEmpty();
        assertThat(report.figure("timeouts")).as("requests without an answer").isZero();
        assertThat(report.figure("503WhileVoteServiceAway")).as("503 answers while vote-service was away").isPositive();
        assertThat(report.figure("2xxWhileBrokerAway")).as("votes accepted while the broker was away").isPositive();
        assertThat(report.figure("changedVotes")).isPositive();
    }

    private static void deleteRecursively(Path dir) {
        if (!java.nio.file.Files.exists(dir)) {
            return;
        }
        try (var paths = java.nio.file.Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
