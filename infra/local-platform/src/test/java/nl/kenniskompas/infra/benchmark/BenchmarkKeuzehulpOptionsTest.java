package nl.kenniskompas.infra.benchmark;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The command line, the probe CSV and the results file of benchmark-keuzehulp, without running it. */
class BenchmarkKeuzehulpOptionsTest {

    @Test
    void theDefaultsAreTheIssuesFigures() {
        BenchmarkKeuzehulp.Options options = BenchmarkKeuzehulp.parse(List.of("--root", "/srv/kk"));

        assertThat(options.tenants()).isEqualTo(400);
        assertThat(options.instruments()).isEqualTo(90);
        assertThat(options.rate()).isEqualTo(500);
        assertThat(options.lightRate()).isLessThan(options.rate());
        assertThat(options.jvmOptions()).isEmpty();
        assertThat(options.out()).isEqualTo(Path.of("/srv/kk/benchmark-results"));
        assertThat(options.warmUp().plus(options.measure()).multipliedBy(6)).isLessThan(Duration.ofMinutes(5));
    }

    @Test
    void otherJvmOptionsCanBeGivenPerComponent() {
        BenchmarkKeuzehulp.Options options = BenchmarkKeuzehulp.parse(List.of("--jvm-options",
                "keuzehulp-service=-XX:TieredStopAtLevel=4 -Xmx512m", "--jvm-options", "gateway=-XX:TieredStopAtLevel=4"));

        assertThat(options.jvmOptions()).containsEntry("keuzehulp-service", List.of("-XX:TieredStopAtLevel=4", "-Xmx512m"))
                .containsEntry("gateway", List.of("-XX:TieredStopAtLevel=4"));
        assertThatThrownBy(() -> BenchmarkKeuzehulp.parse(List.of("--jvm-options", "-Xmx1g")))
                .hasMessageContaining("COMPONENT=OPTIONS");
    }

    @Test
    void anUnknownOptionOrTooFewOrganisationsIsRefused() {
        assertThatThrownBy(() -> BenchmarkKeuzehulp.parse(List.of("--viewers", "3")))
                .hasMessageContaining("Unknown option --viewers");
        assertThatThrownBy(() -> BenchmarkKeuzehulp.parse(List.of("--tenants", "2")))
                .hasMessageContaining("at least 3 tenants");
        assertThatThrownBy(() -> BenchmarkKeuzehulp.parse(List.of("--rate")))
                .hasMessageContaining("Missing value after --rate");
    }

    @Test
    void theProbeFillsEveryColumnOfTheCsvHeader() {
        String[] lines = BenchmarkKeuzehulp.PROBE_CSV.split("\r\n");

        assertThat(lines).hasSize(2);
        String[] header = lines[0].split(";", -1);
        String[] row = lines[1].split(";", -1);
        assertThat(header).hasSize(41).contains("b1_kost_het_iets", "werkwijze_tags", "doelgroepen");
        assertThat(row).hasSameSizeAs(header);
        for (int i = 0; i < header.length; i++) {
            if (!header[i].equals("sjabloon")) {
                assertThat(row[i]).as(header[i]).isNotBlank();
            }
        }
    }

    @Test
    void otherJavaProcessesAreNamedByJarOrMainClass() {
        assertThat(BenchmarkKeuzehulp.javaLabel(List.of("-Xmx1g", "-jar", "/x/target/gateway.jar"))).isEqualTo("gateway.jar");
        assertThat(BenchmarkKeuzehulp.javaLabel(List.of("-classpath", "/usr/share/maven/boot/plexus-classworlds-2.x.jar",
                "org.codehaus.plexus.classworlds.launcher.Launcher"))).isEqualTo("Maven");
        assertThat(BenchmarkKeuzehulp.javaLabel(List.of("-cp", "libs/*", "kafka.Kafka", "server.properties")))
                .isEqualTo("Kafka broker");
    }

    @Test
    void slowSecondsAreCountedAndTheWorstNamed() {
        long[] maxMicros = {4_000, 1_500_000, 9_000, 12_000, 2_100_000};

        assertThat(BenchmarkKeuzehulp.slowSeconds(maxMicros))
                .isEqualTo("3 of 5 seconds had a search over 10 ms (slowest: 2,100 ms in second 5, 1,500 ms in second"
                        + " 2, 12 ms in second 4)");
        assertThat(BenchmarkKeuzehulp.slowSeconds(new long[] {3_000, 9_999})).isEqualTo("no second had a search over"
                + " 10 ms");
    }

    @Test
    void theResultsNameWhereTheTargetsComeFrom() {
        Results results = new Results("issue 7, item 10");
        results.target("p99 < 10 ms", "p99 **4.0 ms**", true);

        assertThat(results.markdown("Benchmark")).contains("## Targets (issue 7, item 10)").contains("| yes |");
        assertThat(results.allTargetsMet()).isTrue();
        assertThat(new Results().markdown("Benchmark")).contains("## Targets (issue 4, item 4)");
    }
}
