package nl.kenniskompas.infra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LauncherRefusesATakenPortTest {

    @Test
    void aTakenPortStopsTheStartBeforeAnythingRunsAndSaysWhichComponentWantedIt(@TempDir Path dir) throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            Ports free = Ports.free();
            Ports ports = new Ports(taken.getLocalPort(), free.caseService(), free.voteService(),
                    free.discussionService(), free.dilemmaIntakeService(), free.keuzehulpService(),
                    free.identityProvider(), free.kafka(), free.kafkaController(), free.mongo());
            List<String> output = new ArrayList<>();
            LocalPlatform platform = new LocalPlatform(
                    PlatformSettings.defaults(dir).withPorts(ports), output::add);

            assertThatThrownBy(platform::start)
                    .isInstanceOf(PlatformStartException.class)
                    .hasMessageContaining("port " + taken.getLocalPort() + " (gateway)")
                    .hasMessageContaining("already running");
            assertThat(platform.childProcesses()).isEmpty();
            assertThat(output).isEmpty();
        }
    }

    @Test
    void theCommandLineChoosesTheCheckoutDataAndLogs() {
        PlatformSettings settings = PlatformSettings.fromArgs(
                List.of("--root", "/srv/kk", "--data", "/var/kk/data", "--start-timeout", "300"));

        assertThat(settings.repositoryRoot()).isEqualTo(Path.of("/srv/kk"));
        assertThat(settings.dataDir()).isEqualTo(Path.of("/var/kk/data"));
        assertThat(settings.logsDir()).isEqualTo(Path.of("/srv/kk/logs"));
        assertThat(settings.jar("gateway")).isEqualTo(Path.of("/srv/kk/gateway/target/gateway.jar"));
        assertThat(settings.jar("dev-identity-provider"))
                .isEqualTo(Path.of("/srv/kk/infra/dev-identity-provider/target/dev-identity-provider.jar"));
        assertThat(settings.startTimeout()).hasSeconds(300);
        assertThat(settings.ports()).isEqualTo(Ports.defaults());
    }

    @Test
    void readmeCommandOneSeedsDemoVotesAndTheTestHarnessDoesNot() {
        PlatformSettings command = LocalPlatform.commandLineSettings(List.of("--root", "/srv/kk"));
        PlatformSettings harness = PlatformSettings.defaults(Path.of("/srv/kk"));

        assertThat(command.options("vote-service").environment()).containsEntry("KK_DEMO_VOTES", "true");
        assertThat(command.options("dilemma-intake-service").environment()).containsEntry("KK_DEMO_DILEMMAS", "true");
        assertThat(command.options("keuzehulp-service").environment()).containsEntry("KK_DEMO_CATALOGUES", "true");
        assertThat(harness.options("vote-service").environment()).doesNotContainKey("KK_DEMO_VOTES");
        assertThat(harness.options("dilemma-intake-service").environment()).doesNotContainKey("KK_DEMO_DILEMMAS");
        assertThat(harness.options("keuzehulp-service").environment()).doesNotContainKey("KK_DEMO_CATALOGUES");
    }

    @Test
    void optionsForOneComponentLeaveTheOthersAloneAndALaterValueWins() {
        PlatformSettings settings = PlatformSettings.defaults(Path.of("/srv/kk"))
                .withEnvironment("vote-service", "KK_MINIMUM_GROUP_SIZE", "1")
                .withEnvironment("vote-service", "KK_MINIMUM_GROUP_SIZE", "5")
                .withProperty("gateway", "kenniskompas.rate-limits.per-tenant.capacity", "100000")
                .withJvmOptions("gateway", "-Xmx512m");

        assertThat(settings.options("vote-service").environment()).containsExactly(
                java.util.Map.entry("KK_MINIMUM_GROUP_SIZE", "5"));
        assertThat(settings.options("gateway").propertyArguments())
                .containsExactly("--kenniskompas.rate-limits.per-tenant.capacity=100000");
        assertThat(settings.options("gateway").jvmOptions()).containsExactly("-Xmx512m");
        assertThat(settings.options("case-service")).isEqualTo(ComponentOptions.NONE);
    }

    @Test
    void eachServiceGetsTheDatabaseItsOwnConfigurationDefaultsTo() {
        assertThat(LocalPlatform.database("case-service")).isEqualTo("kk-case");
        assertThat(LocalPlatform.database("dilemma-intake-service")).isEqualTo("kk-dilemma-intake");
    }
}
