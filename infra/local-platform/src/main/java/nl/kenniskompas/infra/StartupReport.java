package nl.kenniskompas.infra;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** What the terminal shows once everything is ready. */
final class StartupReport {

    private StartupReport() {
    }

    /** @param since when the launcher's JVM started: the time to be up includes its own start-up */
    static String of(LocalPlatform platform, Instant since) {
        PlatformSettings settings = platform.settings();
        StringBuilder report = new StringBuilder();
        report.append(System.lineSeparator());
        report.append(String.format("Kenniskompas is up in %.1f s. Open %s%n%n",
                Duration.between(since, Instant.now()).toMillis() / 1000.0, settings.gatewayUrl()));

        report.append(String.format("Demo logins (password: %s)%n", DemoUsers.PASSWORD));
        report.append(String.format("  %-8s %-23s %s%n", "user", "organisation", "roles"));
        for (DemoUsers.DemoUser user : DemoUsers.ALL) {
            report.append(String.format("  %-8s %-23s %s%n", user.username(), user.tenant(),
                    String.join(", ", user.roles())));
        }
        report.append(System.lineSeparator());

        report.append(String.format("Access token for scripts: %s%n", tokenCommand(settings)));
        report.append(String.format("Logs:                     %s (one file per component)%n", settings.logsDir()));
        report.append(String.format("Data (kept across runs):  %s%n", settings.dataDir()));

        Map<String, Long> rss = platform.residentMemory();
        long total = rss.values().stream().mapToLong(Long::longValue).sum();
        report.append(String.format("Resident memory:          %s in %d processes (", ResidentMemory.format(total),
                rss.size()));
        report.append(String.join(", ", rss.entrySet().stream()
                .map(entry -> entry.getKey() + " " + ResidentMemory.format(entry.getValue())).toList()));
        report.append(")").append(System.lineSeparator()).append(System.lineSeparator());
        report.append("Stop with Ctrl-C.");
        return report.toString();
    }

    private static String tokenCommand(PlatformSettings settings) {
        Ports defaults = Ports.defaults();
        boolean defaultPorts = settings.ports().identityProvider() == defaults.identityProvider()
                && settings.ports().gateway() == defaults.gateway();
        String command = "infra/bin/token anna";
        return defaultPorts ? command
                : "KK_ISSUER_BASE=" + settings.issuerBase() + " KK_WEB_ORIGIN=" + settings.webOrigin() + " " + command;
    }
}
