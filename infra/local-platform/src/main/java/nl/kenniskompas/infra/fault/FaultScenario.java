package nl.kenniskompas.infra.fault;

import nl.kenniskompas.infra.LocalPlatform;
import nl.kenniskompas.infra.PlatformSettings;
import nl.kenniskompas.infra.Tokens;
import nl.kenniskompas.infra.load.Http;
import nl.kenniskompas.infra.load.Kopkraker;
import nl.kenniskompas.infra.load.Operator;
import nl.kenniskompas.infra.load.Professional;
import nl.kenniskompas.infra.load.Professionals;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Issue 4, item 5: under steady vote load through the gateway, the broker stops for a while and comes back, then
 * vote-service is killed (SIGKILL) and started again. Afterwards every vote answered 2xx must be counted exactly once:
 * the last 2xx answer per professional and case is what {@code GET …/stem} returns and what the projection counts, per
 * case, per organisation and nationwide; {@code controle} finds the projection equal to the ballots; no request hung;
 * clients got 503 while vote-service was away.
 * <p>
 * A request answered 503 or not at all may or may not have been applied; a client would send it again. So after the
 * load, every pair whose last request did not get a 2xx sends its last choice again until it does (a PUT of the same
 * choice is idempotent), which makes the expected state exact.
 */
public final class FaultScenario {

    private static final String VOTE_SERVICE = "vote-service";
    private static final String BROKER = "kafka";
    /** Longer than the gateway's own 5 s route timeout: only a request the gateway failed to end counts as hung. */
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(6);
    private static final int WORKERS = 8;

    private final PlatformSettings settings;
    private final FaultPhases phases;
    private final Consumer<String> out;
    private final Instant began = Instant.now();
    private final FaultReport report = new FaultReport();
    private final AtomicBoolean deadlinePassed = new AtomicBoolean();

    private FaultScenario(PlatformSettings settings, FaultPhases phases, Consumer<String> out) {
        this.settings = settings;
        this.phases = phases;
        this.out = out;
    }

    /**
     * Starts a platform with {@code settings} (free ports and a fresh data dir: it is stopped and killed in parts),
     * runs the scenario and stops the platform. Past {@link FaultPhases#deadline()} the platform is stopped, which
     * ends whatever step was running, and the report says so.
     */
    public static FaultReport run(PlatformSettings settings, FaultPhases phases, Consumer<String> out) {
        return new FaultScenario(settings, phases, out).run();
    }

    private FaultReport run() {
        Tokens tokens = Tokens.forPlatform(settings);
        LocalPlatform platform = new LocalPlatform(settings, line -> say("[platform] " + line.strip()));
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(phases.deadline().toMillis());
                deadlinePassed.set(true);
                say("Deadline of " + phases.deadline().toSeconds() + " s passed: stopping the platform.");
                platform.close();
            } catch (InterruptedException finished) {
                // the run ended in time
            }
        }, "fault-test-deadline");
        watchdog.setDaemon(true);
        watchdog.start();
        Thread stopOnExit = new Thread(platform::close, "fault-test-stop-platform");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        try {
            platform.start();
            scenario(platform, tokens);
        } catch (Exception e) {
            report.fail(deadlinePassed.get()
                    ? "the run did not finish within its deadline of " + phases.deadline().toSeconds() + " s (" + e + ")"
                    : "the run stopped early: " + e);
        } finally {
            watchdog.interrupt();
            platform.close();
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is exiting: the hook runs and finds the platform stopped
            }
        }
        return report;
    }

    private void scenario(LocalPlatform platform, Tokens tokens) throws IOException, InterruptedException {
        String gateway = settings.gatewayUrl();
        String voteService = "http://localhost:" + settings.ports().voteService();
        Http http = new Http(CLIENT_TIMEOUT);
        Duration tokenLife = phases.deadline().plusMinutes(5);

        List<Professional> voters = Professionals.create(tokens, "fault", phases.votersPerTenant() * 3, tokenLife);
        // The first professional's first votes find the Kopkrakers vote-service takes votes on; they count like any.
        List<Kopkraker> kopkrakers = Kopkraker.votable(http, gateway, voters.get(0), phases.cases(),
                Duration.ofSeconds(90));
        if (kopkrakers.size() < phases.cases()) {
            say("Only " + kopkrakers.size() + " published Kopkrakers to vote on (wanted " + phases.cases() + ")");
        }
        List<VoteLoad.Pair> pairs = new ArrayList<>();
        for (Professional voter : voters) {
            for (Kopkraker kopkraker : kopkrakers) {
                pairs.add(new VoteLoad.Pair(pairs.size(), voter, kopkraker));
            }
        }
        Operator operator = new Operator(http, voteService, tokens.forUser("pieter").validFor(tokenLife).sign());

        VoteLoad load = new VoteLoad(http, gateway, pairs, WORKERS, phases.votesPerSecond());
        say(String.format("Load: %.0f votes/s through the gateway by %d professionals of %d tenants on %s",
                phases.votesPerSecond(), voters.size(), Professionals.TENANTS.size(),
                kopkrakers.stream().map(Kopkraker::id).toList()));
        load.start();
        pause(phases.warmUp());

        long brokerStopped = System.currentTimeMillis();
        platform.stop(BROKER);
        say("Broker stopped; it stays away " + phases.brokerDown().toSeconds() + " s");
        pause(phases.brokerDown());
        long brokerRestarting = System.currentTimeMillis();
        platform.start(BROKER);
        long brokerBack = System.currentTimeMillis();
        pause(phases.afterBroker());

        long voteServiceKilled = System.currentTimeMillis();
        platform.kill(VOTE_SERVICE);
        platform.start(VOTE_SERVICE);
        long voteServiceBack = System.currentTimeMillis();
        pause(phases.afterVoteService());
        load.stop();
        long loadStopped = System.currentTimeMillis();
        say("Load stopped");

        // The first professional's votes while finding the Kopkrakers come first in every pair's history.
        List<VoteLoad.Outcome> history = new ArrayList<>();
        for (int first = 0; first < kopkrakers.size(); first++) {
            String option = kopkrakers.get(first).options().get(0);
            history.add(new VoteLoad.Outcome(first, option, 200, option, 0, 0));
        }
        List<VoteLoad.Outcome> outcomes = load.outcomes();
        history.addAll(outcomes);
        List<VoteLoad.Outcome> resent = settle(load, pairs, history);
        Map<Integer, String> expected = lastAnswers(history, resent);

        report.line("Fault test: " + settings.gatewayUrl() + ", logs in " + settings.logsDir());
        report.line(String.format("  phases: warm-up %d s; broker down %d s (stopped at +%.1f s, back at +%.1f s);"
                        + " vote-service killed at +%.1f s, ready again after %.1f s; %d s more load",
                phases.warmUp().toSeconds(), phases.brokerDown().toSeconds(), since(brokerStopped),
                since(brokerBack), since(voteServiceKilled), (voteServiceBack - voteServiceKilled) / 1000.0,
                phases.afterVoteService().toSeconds()));
        countStatuses(outcomes, brokerStopped, brokerRestarting, voteServiceKilled, voteServiceBack);
        report.line(String.format("  pairs (professional x Kopkraker): %d; with a 2xx vote: %d; re-sent after a"
                + " non-2xx last answer: %d", pairs.size(), expected.size(), resent.size()));
        report.check(expected.size() == pairs.size(), "every pair ends with a 2xx vote (" + expected.size() + " of "
                + pairs.size() + ")");

        Operator.Controle controle = awaitDrained(operator);
        report.line(String.format("  outbox drained and projection caught up %.1f s after the load stopped (the"
                + " re-sends included)", (System.currentTimeMillis() - loadStopped) / 1000.0));

        compareMyVotes(http, gateway, pairs, expected);
        compareProjection(http, gateway, pairs, kopkrakers, expected);
        report.line("  controle: " + controle);
        report.check(controle.answered(), "controle answers");
        report.check(controle.pendingEvents() == 0, "controle: no pending events (" + controle.pendingEvents() + ")");
        report.check(controle.equal() && controle.differenceCount() == 0, "controle: projection equals the ballots");
        report.check(controle.ballots() == expected.size() && controle.counted() == expected.size(),
                "controle: ballots " + controle.ballots() + " and counted " + controle.counted() + " = 2xx votes "
                        + expected.size());
    }

    /** Every pair whose last request did not get a 2xx sends its last choice again until it does. */
    private List<VoteLoad.Outcome> settle(VoteLoad load, List<VoteLoad.Pair> pairs, List<VoteLoad.Outcome> outcomes)
            throws InterruptedException {
        Map<Integer, VoteLoad.Outcome> last = new HashMap<>();
        outcomes.forEach(outcome -> last.put(outcome.pair(), outcome));
        List<VoteLoad.Outcome> resent = new ArrayList<>();
        Instant giveUp = Instant.now().plusSeconds(60);
        for (VoteLoad.Outcome outcome : last.values()) {
            if (outcome.ok()) {
                continue;
            }
            VoteLoad.Outcome again;
            do {
                again = load.vote(pairs.get(outcome.pair()), outcome.sent());
                resent.add(again);
                if (!again.ok()) {
                    Thread.sleep(500);
                }
            } while (!again.ok() && Instant.now().isBefore(giveUp));
        }
        return resent;
    }

    /** Per pair, the option of its last 2xx answer. */
    private static Map<Integer, String> lastAnswers(List<VoteLoad.Outcome> outcomes, List<VoteLoad.Outcome> resent) {
        Map<Integer, String> last = new TreeMap<>();
        for (List<VoteLoad.Outcome> list : List.of(outcomes, resent)) {
            for (VoteLoad.Outcome outcome : list) {
                if (outcome.ok()) {
                    last.put(outcome.pair(), outcome.answered());
                }
            }
        }
        return last;
    }

    private void countStatuses(List<VoteLoad.Outcome> outcomes, long brokerStopped, long brokerRestarting,
                               long voteServiceKilled, long voteServiceBack) {
        Map<String, Long> byStatus = outcomes.stream().collect(Collectors.groupingBy(FaultScenario::statusClass,
                TreeMap::new, Collectors.counting()));
        long total = outcomes.size();
        long ok = byStatus.getOrDefault("2xx", 0L);
        long unavailable = byStatus.getOrDefault("503", 0L);
        long hung = byStatus.getOrDefault("timeout", 0L);
        long others = total - ok - unavailable - hung;
        long changes = changedVotes(outcomes);
        List<VoteLoad.Outcome> brokerAway = sentBetween(outcomes, brokerStopped, brokerRestarting);
        List<VoteLoad.Outcome> serviceAway = sentBetween(outcomes, voteServiceKilled, voteServiceBack);
        long okWhileBrokerAway = brokerAway.stream().filter(VoteLoad.Outcome::ok).count();
        long unavailableWhileServiceAway = serviceAway.stream().filter(outcome -> outcome.status() == 503).count();
        long slowest = outcomes.stream().mapToLong(outcome -> outcome.answeredAt() - outcome.sentAt()).max().orElse(0);

        report.line(String.format("  requests: %d; by status: %s", total, byStatus));
        report.line(String.format("  votes changed (a 2xx answer moving a professional's earlier 2xx choice): %d",
                changes));
        report.line(String.format("  while the broker was away: %d requests, %d answered 2xx (the outbox holds them)",
                brokerAway.size(), okWhileBrokerAway));
        report.line(String.format("  while vote-service was away: %d requests, %d answered 503, %d 2xx",
                serviceAway.size(), unavailableWhileServiceAway, serviceAway.stream().filter(VoteLoad.Outcome::ok)
                        .count()));
        report.line(String.format("  slowest answer: %d ms (client timeout %d ms)", slowest, CLIENT_TIMEOUT.toMillis()));
        report.figure("requests", total);
        report.figure("2xx", ok);
        report.figure("503", unavailable);
        report.figure("timeouts", hung);
        report.figure("others", others);
        report.figure("changedVotes", changes);
        report.figure("2xxWhileBrokerAway", okWhileBrokerAway);
        report.figure("503WhileVoteServiceAway", unavailableWhileServiceAway);

        report.check(hung == 0, "no request hung: " + hung + " without an answer within "
                + CLIENT_TIMEOUT.toSeconds() + " s");
        report.check(others == 0, "every answer was 2xx or 503 (others: " + others + ")");
        report.check(unavailableWhileServiceAway > 0, "clients got 503 while vote-service was away ("
                + unavailableWhileServiceAway + ")");
        report.check(okWhileBrokerAway > 0, "votes were accepted while the broker was away (" + okWhileBrokerAway
                + ")");
        report.check(changes > 0, "some professionals changed their vote (" + changes + ")");
    }

    private static String statusClass(VoteLoad.Outcome outcome) {
        if (outcome.status() == VoteLoad.TIMEOUT) {
            return "timeout";
        }
        if (outcome.status() == VoteLoad.NO_CONNECTION) {
            return "no-connection";
        }
        return outcome.ok() ? "2xx" : Integer.toString(outcome.status());
    }

    private static long changedVotes(List<VoteLoad.Outcome> outcomes) {
        Map<Integer, String> previous = new HashMap<>();
        long changes = 0;
        for (VoteLoad.Outcome outcome : outcomes.stream().filter(VoteLoad.Outcome::ok).toList()) {
            String before = previous.put(outcome.pair(), outcome.answered());
            if (before != null && !before.equals(outcome.answered())) {
                changes++;
            }
        }
        return changes;
    }

    private static List<VoteLoad.Outcome> sentBetween(List<VoteLoad.Outcome> outcomes, long from, long to) {
        return outcomes.stream().filter(outcome -> outcome.sentAt() >= from && outcome.sentAt() < to).toList();
    }

    private Operator.Controle awaitDrained(Operator operator) throws InterruptedException {
        Instant deadline = Instant.now().plus(phases.drainTimeout());
        Operator.Controle controle;
        do {
            try {
                controle = operator.controle();
            } catch (IOException e) {
                controle = new Operator.Controle(false, false, -1, -1, -1, 0, "[]", e.toString());
            }
            if (controle.settled()) {
                return controle;
            }
            Thread.sleep(500);
        } while (Instant.now().isBefore(deadline));
        report.fail("the outbox drained and the projection caught up within " + phases.drainTimeout().toSeconds()
                + " s (last controle: " + controle + ")");
        return controle;
    }

    /** {@code GET …/stem} of every pair returns its last 2xx answer. */
    private void compareMyVotes(Http http, String gateway, List<VoteLoad.Pair> pairs, Map<Integer, String> expected)
            throws InterruptedException {
        long same = 0;
        long missing = 0;
        List<String> different = new ArrayList<>();
        for (Map.Entry<Integer, String> entry : expected.entrySet()) {
            VoteLoad.Pair pair = pairs.get(entry.getKey());
            String stored = storedVote(http, gateway, pair);
            if (stored == null) {
                missing++;
            } else if (stored.equals(entry.getValue())) {
                same++;
            } else if (different.size() < 5) {
                different.add(pair.voter().subject() + "@" + pair.kopkraker().id() + ": answered " + entry.getValue()
                        + ", stored " + stored);
            } else {
                different.add("…");
            }
        }
        report.line(String.format("  GET …/stem per pair: %d equal to the last 2xx answer, %d different, %d missing",
                same, expected.size() - same - missing, missing));
        report.check(same == expected.size(), "every professional's stored vote is their last 2xx answer"
                + (different.isEmpty() ? "" : " " + different));
        report.check(missing == 0, "no vote answered 2xx is missing (" + missing + " missing)");
    }

    private static String storedVote(Http http, String gateway, VoteLoad.Pair pair) throws InterruptedException {
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                Http.Answer answer = http.get(gateway + "/api/v1/kopkrakers/" + pair.kopkraker().id() + "/stem",
                        pair.voter().bearer());
                if (answer.status() == 404) {
                    return null;
                }
                if (answer.ok()) {
                    return answer.json().path("optionId").asString();
                }
            } catch (IOException e) {
                // asked again below
            }
            Thread.sleep(200);
        }
        return "(no answer)";
    }

    /** The stemoverzicht of every case, nationwide and per organisation, counts exactly the last 2xx answers. */
    private void compareProjection(Http http, String gateway, List<VoteLoad.Pair> pairs, List<Kopkraker> kopkrakers,
                                   Map<Integer, String> expected) throws InterruptedException {
        for (Kopkraker kopkraker : kopkrakers) {
            Map<String, Map<String, Long>> byTenant = new TreeMap<>();
            Map<String, Long> nationwide = new TreeMap<>();
            Map<String, Professional> viewerOfTenant = new LinkedHashMap<>();
            expected.forEach((index, option) -> {
                VoteLoad.Pair pair = pairs.get(index);
                if (pair.kopkraker().equals(kopkraker)) {
                    byTenant.computeIfAbsent(pair.voter().tenant(), tenant -> new TreeMap<>()).merge(option, 1L,
                            Long::sum);
                    nationwide.merge(option, 1L, Long::sum);
                    viewerOfTenant.putIfAbsent(pair.voter().tenant(), pair.voter());
                }
            });
            Map<String, Long> countedNationwide = null;
            for (Map.Entry<String, Professional> viewer : viewerOfTenant.entrySet()) {
                JsonNode overview = overview(http, gateway, kopkraker, viewer.getValue());
                if (overview == null) {
                    report.fail("the stemoverzicht of " + kopkraker.id() + " answers " + viewer.getKey());
                    continue;
                }
                Map<String, Long> organisation = counts(overview.path("organisation"));
                report.check(Objects.equals(organisation, byTenant.get(viewer.getKey())),
                        kopkraker.id() + " " + viewer.getKey() + ": projection " + organisation + " = 2xx votes "
                                + byTenant.get(viewer.getKey()));
                countedNationwide = counts(overview.path("nationwide"));
            }
            report.check(Objects.equals(countedNationwide, nationwide), kopkraker.id() + " nationwide: projection "
                    + countedNationwide + " = 2xx votes " + nationwide);
        }
    }

    private static JsonNode overview(Http http, String gateway, Kopkraker kopkraker, Professional viewer)
            throws InterruptedException {
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                Http.Answer answer = http.get(gateway + "/api/v1/kopkrakers/" + kopkraker.id() + "/stemoverzicht",
                        viewer.bearer());
                if (answer.ok()) {
                    return answer.json();
                }
            } catch (IOException e) {
                // asked again below
            }
            Thread.sleep(200);
        }
        return null;
    }

    /** Counts per option of a stemoverzicht section; null when it is suppressed (nothing to compare). */
    private static Map<String, Long> counts(JsonNode section) {
        if (section.path("suppressed").asBoolean(false)) {
            return null;
        }
        Map<String, Long> counts = new TreeMap<>();
        section.path("options").forEach(option -> {
            long count = option.path("count").asLong();
            if (count > 0) {
                counts.put(option.path("optionId").asString(), count);
            }
        });
        return counts;
    }

    private void pause(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }

    private double since(long epochMillis) {
        return (epochMillis - began.toEpochMilli()) / 1000.0;
    }

    private void say(String line) {
        out.accept(String.format("[%6.1f s] %s", Duration.between(began, Instant.now()).toMillis() / 1000.0, line));
    }
}
