package nl.kenniskompas.infra;

import nl.kenniskompas.infra.testing.RunningPlatform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code infra/bin/rebuild-stemoverzicht} against the running platform, signed in as its platformbeheerder. */
@ExtendWith(RunningPlatform.Extension.class)
class RebuildingTheStemoverzichtIT {

    private static RunningPlatform platform;

    @BeforeAll
    static void platform(RunningPlatform running) {
        platform = running;
        // A vote, so the replay has something to count.
        assertThat(running.api().putJson("/api/v1/kopkrakers/jeanne/stem", running.demoLogin().tokenFor("umar"),
                "{\"optionId\":\"B\"}").status()).isEqualTo(200);
    }

    @Test
    void theCommandRebuildsTheProjectionAndReportsItEqualToTheBallots() throws Exception {
        Run run = command();

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("\"equal\":true").contains("\"rebuiltInMs\"");
    }

    @Test
    void withCheckItOnlyCompares() throws Exception {
        Run run = command("--check");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("\"equal\":true").doesNotContain("rebuiltInMs");
    }

    private record Run(int exitCode, String output) {
    }

    private static Run command(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(platform.settings().repositoryRoot().resolve("infra/bin/rebuild-stemoverzicht").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("KK_VOTE_SERVICE_URL", "http://localhost:" + platform.settings().ports().voteService());
        builder.environment().put("KK_ISSUER_BASE", platform.settings().issuerBase());
        builder.environment().put("KK_WEB_ORIGIN", platform.settings().webOrigin());
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("rebuild-stemoverzicht did not finish within 5 minutes");
        }
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
