package nl.kenniskompas.infra.benchmark;

import io.netty.handler.codec.http.HttpMethod;
import nl.kenniskompas.infra.LocalPlatform;
import nl.kenniskompas.infra.PlatformSettings;
import nl.kenniskompas.infra.Ports;
import nl.kenniskompas.infra.Tokens;
import nl.kenniskompas.infra.load.Http;
import nl.kenniskompas.infra.load.Kopkraker;
import nl.kenniskompas.infra.load.Operator;
import nl.kenniskompas.infra.load.Professional;
import nl.kenniskompas.infra.load.Professionals;
import org.HdrHistogram.Histogram;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.AtomicReference;

import static nl.kenniskompas.infra.benchmark.Results.format;

/**
 * {@code infra/bin/benchmark-stemoverzicht}: issue 4, item 4, in one run on a platform of its own (free ports, a
 * temporary data dir: never the fixed ports of a running {@code ./kenniskompas}):
 * (a) the raw Kafka producer ceiling; (b) the HTTP ceiling, a no-op endpoint of vote-service through the gateway and
 * direct; (c) votes/s through the gateway and direct, the ceiling and the highest rate held with p99 under 100 ms;
 * (d) vote-to-visible latency on an SSE stream; (e) many concurrent SSE viewers and how long an update takes to reach
 * all of them. Writes {@code benchmark-results/stemoverzicht-<time>.md} and {@code .json} and prints the markdown.
 * Exit code 0 when every target was met, 1 when one was not, 2 when the run itself failed.
 */
public final class BenchmarkStemoverzicht {

    private static final String VOTE_SERVICE = "vote-service";
    private static final String PING = "/api/v1/stemmen/ping";
    /**
     * Closed-loop clients for (b) and (c), the same for every ceiling compared: enough to keep both cores busy. (The
     * gateway's bulkhead lets 1,000 calls per route in flight; before it was raised, Resilience4j's default of 25
     * answered 503 to the rest.)
     */
    private static final int CONCURRENCY = 64;
    private static final int LOAD_PROFESSIONALS = 6000;
    /** The gateway's default is 500 requests/s per tenant: three tenants would cap every figure at 1,500/s. */
    private static final String TENANT_LIMIT = "1000000";
    /**
     * Heaps for (e). With the launcher's -Xmx256m, vote-service ran out of heap at about 1,900 open streams (Tomcat's
     * poller died with it); each gateway instance holds 5,000 streams in and 5,000 out.
     */
    private static final String VOTE_SERVICE_HEAP = "-Xmx2g";
    private static final String GATEWAY_HEAP = "-Xmx512m";

    private final Options options;
    private final Results results = new Results();
    private final Instant began = Instant.now();
    private LocalPlatform platform;
    private Tokens tokens;
    private Http http;
    private String gateway;
    private String voteService;
    private Operator operator;
    private final List<String> drains = new ArrayList<>();
    private final List<Double> relayRates = new ArrayList<>();
    /** Where the current measurement began, for the CPU others used meanwhile. */
    private ForeignLoad.Sample phase = ForeignLoad.sample();

    /** @param parts which of a–e to measure ({@code b} and {@code c} go together: (c)'s targets are ratios to (b)) */
    record Options(Path root, Path out, int viewers, Duration warmUp, Duration measure, int probes,
                   Duration deadline, String parts) {

        boolean measures(char part) {
            return parts.indexOf(part) >= 0 || (part == 'b' || part == 'c') && (parts.contains("b")
                    || parts.contains("c"));
        }
    }

    private BenchmarkStemoverzicht(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = parse(List.of(args));
        } catch (RuntimeException e) {
            System.err.println("benchmark-stemoverzicht: " + e.getMessage());
            System.exit(2);
            return;
        }
        Deadline.haltAfter(options.deadline().plusMinutes(2), "benchmark-stemoverzicht");
        int exit = new BenchmarkStemoverzicht(options).run();
        System.exit(exit);
    }

    static Options parse(List<String> args) {
        Path root = Path.of("");
        Path out = null;
        int viewers = 10_000;
        Duration warmUp = Duration.ofSeconds(5);
        Duration measure = Duration.ofSeconds(15);
        int probes = 10;
        Duration deadline = Duration.ofMinutes(45);
        String parts = "abcde";
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            String value = i + 1 < args.size() ? args.get(++i) : null;
            if (value == null) {
                throw new IllegalArgumentException("Missing value after " + option);
            }
            switch (option) {
                case "--root" -> root = Path.of(value);
                case "--out" -> out = Path.of(value);
                case "--viewers" -> viewers = Integer.parseInt(value);
                case "--warm-up" -> warmUp = Duration.ofSeconds(Long.parseLong(value));
                case "--measure" -> measure = Duration.ofSeconds(Long.parseLong(value));
                case "--probes" -> probes = Integer.parseInt(value);
                case "--deadline" -> deadline = Duration.ofSeconds(Long.parseLong(value));
                case "--only" -> parts = value.toLowerCase(java.util.Locale.ROOT);
                default -> throw new IllegalArgumentException("Unknown option " + option + " (known: --root, --out,"
                        + " --viewers, --warm-up, --measure, --probes, --deadline, --only)");
            }
        }
        return new Options(root, out != null ? out : root.resolve("benchmark-results"), viewers, warmUp, measure,
                probes, deadline, parts);
    }

    private int run() throws IOException {
        Path dir = Files.createTempDirectory("kk-benchmark-");
        System.setProperty("kk.logs.dir", dir.resolve("logs").toString());
        PlatformSettings settings = PlatformSettings.defaults(options.root())
                .withDataDir(dir.resolve("data")).withLogsDir(dir.resolve("logs")).withPorts(Ports.free())
                .withJarsCopiedTo(dir.resolve("jars"))
                .withProperty("gateway", "kenniskompas.rate-limits.per-tenant.capacity", TENANT_LIMIT)
                .withProperty("gateway", "kenniskompas.rate-limits.per-tenant.refill-tokens", TENANT_LIMIT)
                .withJvmOptions(VOTE_SERVICE, VOTE_SERVICE_HEAP)
                .withJvmOptions("gateway", GATEWAY_HEAP);
        tokens = Tokens.forPlatform(settings);
        platform = new LocalPlatform(settings, line -> say("[platform] " + line.strip()));
        Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "benchmark-stop-platform"));
        Thread watchdog = watchdog();
        String stem = "stemoverzicht-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        boolean completed = false;
        try {
            platform.start();
            gateway = settings.gatewayUrl();
            voteService = "http://localhost:" + settings.ports().voteService();
            http = new Http(Duration.ofSeconds(10));
            describeSetup(settings);
            measureAll(settings);
            completed = true;
        } catch (Exception e) {
            say("The benchmark stopped early: " + e);
            e.printStackTrace(System.out);
            results.note("**The run stopped early:** " + e);
            results.json().put("stoppedEarly", e.toString());
        } finally {
            watchdog.interrupt();
            platform.close();
            deleteQuietly(dir.resolve("jars"));
        }
        return results.publish(options.out().toAbsolutePath().normalize(), stem,
                "Benchmark: the live stemoverzicht (" + LocalDateTime.now().withNano(0) + ")", dir.resolve("logs"), completed);
    }

    private void describeSetup(PlatformSettings settings) {
        results.setup(format("This machine: %d cores, %d GiB memory; open-files limit %s per process (hard, cannot be"
                        + " raised). Load generator, SSE clients and the whole platform share the cores.",
                Runtime.getRuntime().availableProcessors(),
                Math.round(((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                        .getOperatingSystemMXBean()).getTotalMemorySize() / (1024.0 * 1024 * 1024)),
                ProcessStats.openFilesLimit(ProcessHandle.current().pid()).stream().mapToObj(Long::toString)
                        .findFirst().orElse("?")));
        results.setup("The full local runtime as `./kenniskompas` starts it (same jars, same lean JVM flags: SerialGC,"
                + " C1 only, -Xmx256m except where said below), on free ports in a temporary directory (copies of the"
                + " jars); no demo votes.");
        results.setup("Changed for the benchmark: the gateway's per-tenant rate limit raised from 500/s to "
                + TENANT_LIMIT + "/s (`kenniskompas.rate-limits.per-tenant.*`), else three tenants cap every figure"
                + " through the gateway at 1,500 requests/s; per-user limits unchanged (40 burst, 20/s), the load uses "
                + LOAD_PROFESSIONALS + " distinct professionals so no user reaches them. Heaps: vote-service " + VOTE_SERVICE_HEAP
                + " and each gateway " + GATEWAY_HEAP + " instead of -Xmx256m: with 256m vote-service ran out of heap"
                + " at about 1,900 open SSE streams in a first run.");
        results.setup("Tokens: RS256, signed with the identity provider's own key (Tokens), validated by the gateway and"
                + " again by vote-service, as in production.");
        ObjectNode setup = results.json().putObject("setup");
        setup.put("cores", Runtime.getRuntime().availableProcessors());
        setup.put("tenantRateLimitPerSecond", Long.parseLong(TENANT_LIMIT));
        setup.put("closedLoopConcurrency", CONCURRENCY);
        setup.put("warmUpSeconds", options.warmUp().toSeconds());
        setup.put("measureSeconds", options.measure().toSeconds());
        setup.put("gatewayUrl", settings.gatewayUrl());
    }

    private void measureAll(PlatformSettings settings) throws Exception {
        results.json().put("parts", options.parts());
        if (options.measures('a')) {
            producerCeiling(settings);
        }
        say("Signing tokens for " + LOAD_PROFESSIONALS + " professionals");
        List<Professional> professionals = Professionals.create(tokens, "bench", LOAD_PROFESSIONALS,
                options.deadline().plusHours(1));
        List<Kopkraker> kopkrakers = Kopkraker.votable(http, gateway, professionals.get(0), 12, Duration.ofSeconds(120));
        say("Published Kopkrakers: " + kopkrakers.stream().map(Kopkraker::id).toList());
        results.json().put("kopkrakers", kopkrakers.size());
        operator = new Operator(http, voteService, tokens.forUser("pieter").validFor(options.deadline()
                .plusHours(1)).sign());
        if (options.measures('b')) {
            httpAndVotes(professionals, kopkrakers);
        }
        if (options.measures('d')) {
            voteToVisible(kopkrakers);
        }
        if (options.measures('e')) {
            viewers(kopkrakers.get(0), operator);
        }
        Operator.Controle controle = operator.controle();
        results.note("controle after the run: " + controle);
        results.json().put("controleAfterRun", controle.toString());
        results.target("controle: projection equals the ballots after the run", controle.toString(),
                controle.settled());
    }

    private void producerCeiling(PlatformSettings settings) throws Exception {
        say("(a) Kafka producer ceiling");
        begin();
        ProducerCeiling.Result producer = ProducerCeiling.measure(settings.kafkaBootstrapServers(), options.warmUp(),
                options.measure());
        say(format("(a) %.0f records/s (%.1f MB/s of %d-byte records)", producer.recordsPerSecond(),
                producer.megabytesPerSecond(), producer.recordBytes()));
        ObjectNode a = results.json().putObject("a_kafkaProducer");
        String aOthers = others(a);
        results.row("(a) Kafka producer ceiling", format("**%,.0f records/s** (%.1f MB/s)",
                producer.recordsPerSecond(), producer.megabytesPerSecond()),
                format("one producer, acks=all, idempotent, client defaults otherwise; %d-byte JSON records shaped like"
                        + " vote-cast; 6 partitions; %d s after %d s warm-up", producer.recordBytes(),
                        options.measure().toSeconds(), options.warmUp().toSeconds()) + aOthers);
        a.put("recordsPerSecond", producer.recordsPerSecond());
        a.put("megabytesPerSecond", producer.megabytesPerSecond());
        a.put("recordBytes", producer.recordBytes());
        a.put("failed", producer.failed());
    }

    private void httpAndVotes(List<Professional> professionals, List<Kopkraker> kopkrakers) throws Exception {
        try (LoadGenerator load = new LoadGenerator("benchmark-load", CONCURRENCY)) {
            // (b)
            AtomicLong pings = new AtomicLong();
            LoadGenerator.Result pingGateway = load.closedLoop("ping via gateway", n -> ping(gateway,
                    professionals.get((int) (pings.getAndIncrement() % professionals.size()))), CONCURRENCY,
                    options.warmUp(), options.measure());
            say("(b) " + pingGateway);
            LoadGenerator.Result pingDirect = load.closedLoop("ping direct", n -> ping(voteService,
                    professionals.get((int) (pings.getAndIncrement() % professionals.size()))), CONCURRENCY,
                    options.warmUp(), options.measure());
            say("(b) " + pingDirect);
            row("(b) no-op `GET " + PING + "` through the gateway (HTTP ceiling)", pingGateway,
                    CONCURRENCY + " closed-loop clients");
            row("(b) the same, direct to vote-service", pingDirect, CONCURRENCY + " closed-loop clients");
            put("b_pingGateway", pingGateway);
            put("b_pingDirect", pingDirect);

            // (c)
            VotePlan plan = new VotePlan(professionals.subList(1, professionals.size()), kopkrakers);
            LoadGenerator.Result votesGateway = load.closedLoop("votes via gateway", n -> plan.next(gateway),
                    CONCURRENCY, options.warmUp(), options.measure());
            say("(c) " + votesGateway);
            drain("votes via gateway (closed loop)");
            LoadGenerator.Result votesDirect = load.closedLoop("votes direct", n -> plan.next(voteService),
                    CONCURRENCY, options.warmUp(), options.measure());
            say("(c) " + votesDirect);
            drain("votes direct (closed loop)");
            row("(c) votes through the gateway, ceiling", votesGateway, CONCURRENCY + " closed-loop clients; every"
                    + " request a new or moved vote (" + plan.pairs() + " professional x Kopkraker pairs)");
            row("(c) votes direct to vote-service, ceiling", votesDirect, CONCURRENCY + " closed-loop clients");
            put("c_votesGatewayCeiling", votesGateway);
            put("c_votesDirectCeiling", votesDirect);

            Sustained sustained = sustained(load, plan, votesGateway.okPerSecond());
            LoadGenerator.Result sameDirect = load.openLoop("votes direct at the same rate", n -> plan.next(voteService),
                    sustained.rate(), options.warmUp(), options.measure());
            say("(c) " + sameDirect);
            drain("votes direct (open loop)");
            row(format("(c) sustained votes through the gateway (open loop at %.0f/s)", sustained.rate()),
                    sustained.result(), (sustained.held() ? "the highest rate tried whose p99 stayed under 100 ms"
                            + " with every request answered 2xx" : "**no rate tried held p99 under 100 ms**; the"
                            + " lowest tried") + "; latency from when each request was due; tried: "
                            + sustained.tried());
            row(format("(c) the same %.0f votes/s direct to vote-service", sustained.rate()), sameDirect,
                    "open loop");
            put("c_votesGatewaySustained", sustained.result()).put("rate", sustained.rate());
            put("c_votesDirectSameRate", sameDirect).put("rate", sustained.rate());

            double ofCeiling = sustained.result().okPerSecond() / pingGateway.okPerSecond();
            double gatewayOverDirect = votesGateway.okPerSecond() / votesDirect.okPerSecond();
            results.target("(c) sustained votes/s through the gateway ≥ 50 % of (b) through the gateway, p99 < 100 ms",
                    format("%.0f / %.0f = **%.0f %%**, p99 %.1f ms", sustained.result().okPerSecond(),
                            pingGateway.okPerSecond(), ofCeiling * 100, sustained.result().millis(99)),
                    sustained.held() && ofCeiling >= 0.5);
            results.target("(c) votes through the gateway / direct ≥ 0.7 (ceilings)",
                    format("%.0f / %.0f = **%.2f**", votesGateway.okPerSecond(), votesDirect.okPerSecond(),
                            gatewayOverDirect), gatewayOverDirect >= 0.7);
            double fastest = relayRates.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
            double slowest = relayRates.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
            results.row("(c) outbox relay: events published to vote-cast per second, draining a backlog",
                    format("**%.0f–%.0f events/s**", slowest, fastest), "pending events (controle) divided by the time"
                            + " until none were pending, after each vote run (slowest and fastest); votes accepted"
                            + " faster than this wait in the outbox and reach the stemoverzicht later");
            results.json().put("c_relayEventsPerSecondFastest", fastest);
            results.json().put("c_relayEventsPerSecondSlowest", slowest);
            results.json().put("c_sustainedOverPingGateway", ofCeiling);
            results.json().put("c_gatewayOverDirect", gatewayOverDirect);
            results.json().put("b_pingGatewayOverDirect", pingGateway.okPerSecond() / pingDirect.okPerSecond());
        }

        results.note("After each vote run the benchmark waits until controle finds nothing pending and the projection"
                + " equal to the ballots, so no run pays for the previous one's backlog: " + String.join("; ", drains)
                + ".");
    }

    /**
     * Waits until the outbox is drained and the projection caught up after a vote run, and records how long that took
     * and so how fast the relay publishes: the end-to-end rate the platform sustains is the lower of the HTTP rate and
     * this one.
     */
    private void drain(String after) throws IOException, InterruptedException {
        Operator.Controle first = controleOrNull(operator);
        long pendingAtStart = first == null ? 0 : first.pendingEvents();
        Duration took = awaitSettled(operator, Duration.ofMinutes(6));
        double seconds = took.toMillis() / 1000.0;
        double perSecond = seconds > 0.5 ? pendingAtStart / seconds : Double.NaN;
        drains.add(format("after %s %d events were pending, drained in %.1f s (%.0f events/s)", after,
                pendingAtStart, seconds, perSecond));
        if (pendingAtStart > 200 && seconds > 0.5) {
            relayRates.add(perSecond);
        }
        ObjectNode node = results.json().withArray("c_drains").addObject();
        node.put("after", after);
        node.put("pendingEvents", pendingAtStart);
        node.put("seconds", seconds);
        node.put("eventsPerSecond", perSecond);
    }

    private LoadGenerator.Request ping(String baseUrl, Professional professional) {
        return new LoadGenerator.Request(HttpMethod.GET, baseUrl + PING, professional.bearer(), null);
    }

    record Sustained(double rate, LoadGenerator.Result result, String tried, boolean held) {
    }

    /**
     * The highest open-loop rate through the gateway held with p99 under 100 ms and every answer 2xx: from the
     * closed-loop ceiling down in steps, at most five runs.
     */
    private Sustained sustained(LoadGenerator load, VotePlan plan, double ceiling)
            throws InterruptedException, IOException {
        List<String> tried = new ArrayList<>();
        LoadGenerator.Result last = null;
        double rate = 0;
        boolean held = false;
        for (double fraction : new double[] {0.9, 0.75, 0.6, 0.45, 0.3}) {
            rate = Math.max(10, Math.floor(ceiling * fraction / 10) * 10);
            last = load.openLoop(format("votes via gateway at %.0f/s", rate), n -> plan.next(gateway), rate,
                    options.warmUp(), options.measure());
            say("(c) " + last);
            drain(format("votes via gateway at %.0f/s", rate));
            held = last.millis(99) < 100 && last.ok() == last.answered() && last.errors() == 0
                    && last.notSent() == 0 && last.okPerSecond() >= rate * 0.97;
            tried.add(format("%.0f/s → p99 %.1f ms%s", rate, last.millis(99), held ? " ✓" : ""));
            if (held) {
                break;
            }
        }
        return new Sustained(rate, last, String.join(", ", tried), held);
    }

    /** A slow answer (vote-service busy catching up) is asked again, not the end of the run. */
    private static Operator.Controle controleOrNull(Operator operator) throws InterruptedException {
        try {
            return operator.controle();
        } catch (IOException slowOrRefused) {
            return null;
        }
    }

    /** Waits until controle finds nothing pending and the projection equal to the ballots. */
    private Duration awaitSettled(Operator operator, Duration within) throws InterruptedException, IOException {
        Instant start = Instant.now();
        Instant deadline = start.plus(within);
        Operator.Controle controle = controleOrNull(operator);
        while ((controle == null || !controle.settled()) && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            controle = controleOrNull(operator);
        }
        if (controle == null) {
            throw new IllegalStateException("controle gave no answer within " + within.toSeconds() + " s");
        }
        say("controle: " + controle);
        if (!controle.settled()) {
            throw new IllegalStateException("The projection did not catch up within " + within.toSeconds() + " s: "
                    + controle);
        }
        return Duration.between(start, Instant.now());
    }

    /**
     * (d) One viewer per Kopkraker on the gateway's live stream; a new professional votes on one of them at a time, on
     * each Kopkraker at most every 1.5 s (beyond the 1 s coalescing interval, so no vote waits for the next slot).
     * Latency: from the vote's 2xx answer to the first event on that stream with a higher revision.
     */
    private void voteToVisible(List<Kopkraker> kopkrakers) throws Exception {
        int perCase = Math.max(10, 120 / kopkrakers.size());
        say("(d) vote-to-visible: " + kopkrakers.size() + " streams, " + perCase + " votes each");
        begin();
        List<Professional> watchers = Professionals.create(tokens, "bench-d-viewer", kopkrakers.size(),
                options.deadline().plusHours(1));
        List<Professional> voters = Professionals.create(tokens, "bench-d-voter", kopkrakers.size() * perCase,
                options.deadline().plusHours(1));
        List<SseViewers.Target> targets = new ArrayList<>();
        for (int k = 0; k < kopkrakers.size(); k++) {
            Kopkraker kopkraker = kopkrakers.get(k);
            Http.Answer vote = http.putJson(gateway + "/api/v1/kopkrakers/" + kopkraker.id() + "/stem",
                    watchers.get(k).bearer(), "{\"optionId\":\"" + kopkraker.options().get(0) + "\"}");
            if (!vote.ok()) {
                throw new IllegalStateException("(d) a viewer could not vote: " + vote);
            }
            targets.add(new SseViewers.Target(live(gateway, kopkraker), watchers.get(k).bearer()));
        }
        Histogram latency = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
        AtomicLong lost = new AtomicLong();
        AtomicLong beforeAnswer = new AtomicLong();
        try (SseViewers viewers = new SseViewers("benchmark-d", kopkrakers.size())) {
            AtomicReferenceArray<Awaited> awaited = new AtomicReferenceArray<>(kopkrakers.size());
            viewers.listen((viewer, revision, nanos) -> {
                Awaited waiting = awaited.get(viewer);
                if (waiting != null && revision > waiting.revisionBefore()) {
                    waiting.arrival().complete(nanos);
                }
            });
            viewers.connect(targets, kopkrakers.size(), Duration.ofSeconds(30));
            if (viewers.connected() < kopkrakers.size()) {
                throw new IllegalStateException("(d) streams connected: " + viewers.connected() + " of "
                        + kopkrakers.size() + "; failures " + viewers.failures());
            }
            List<Thread> threads = new ArrayList<>();
            for (int k = 0; k < kopkrakers.size(); k++) {
                int viewer = k;
                Thread thread = new Thread(() -> {
                    for (int i = 0; i < perCase; i++) {
                        long started = System.nanoTime();
                        try {
                            Professional voter = voters.get(viewer * perCase + i);
                            Kopkraker kopkraker = kopkrakers.get(viewer);
                            Awaited waiting = new Awaited(viewers.lastRevision(viewer), new CompletableFuture<>());
                            awaited.set(viewer, waiting);
                            Http.Answer vote = http.putJson(gateway + "/api/v1/kopkrakers/" + kopkraker.id() + "/stem",
                                    voter.bearer(), "{\"optionId\":\"" + kopkraker.options().get(i % 2) + "\"}");
                            long accepted = System.nanoTime();
                            if (!vote.ok()) {
                                lost.incrementAndGet();
                                continue;
                            }
                            long arrived = waiting.arrival().get(5, TimeUnit.SECONDS);
                            if (arrived < accepted) {
                                beforeAnswer.incrementAndGet();
                            }
                            synchronized (latency) {
                                latency.recordValue(Math.max(0, (arrived - accepted) / 1000));
                            }
                        } catch (TimeoutException e) {
                            lost.incrementAndGet();
                        } catch (Exception e) {
                            lost.incrementAndGet();
                        }
                        long next = started + TimeUnit.MILLISECONDS.toNanos(1500);
                        java.util.concurrent.locks.LockSupport.parkNanos(next - System.nanoTime());
                    }
                }, "vote-to-visible-" + k);
                threads.add(thread);
                thread.start();
            }
            for (Thread thread : threads) {
                thread.join();
            }
        }
        say(format("(d) vote-to-visible p50 %s, p99 %s over %d votes; %d not seen within 5 s", Results.ms(latency, 50),
                Results.ms(latency, 99), latency.getTotalCount(), lost.get()));
        ObjectNode dJson = results.json().putObject("d_voteToVisible");
        String dOthers = others(dJson);
        results.row("(d) vote-to-visible", format("p50 **%s**, p99 **%s**, max %s (%d votes, %d not seen in 5 s)",
                        Results.ms(latency, 50), Results.ms(latency, 99), Results.ms(latency, 100),
                        latency.getTotalCount(), lost.get()),
                kopkrakers.size() + " SSE streams through the gateway, one per Kopkraker; a new professional votes"
                        + " through the gateway, on each Kopkraker every 1.5 s; from the vote's 2xx to the event with"
                        + " the next revision" + dOthers);
        ObjectNode d = dJson;
        d.setAll(Results.latency(latency));
        d.put("notSeenWithin5s", lost.get());
        d.put("eventBeforeAnswer", beforeAnswer.get());
        double p99 = latency.getTotalCount() == 0 ? Double.NaN : latency.getValueAtPercentile(99) / 1000.0;
        results.target("(d) vote-to-visible p99 < 500 ms", format("**%.1f ms** (%d votes not seen)", p99, lost.get()),
                p99 < 500 && lost.get() == 0);
    }

    record Awaited(long revisionBefore, CompletableFuture<Long> arrival) {
    }

    /**
     * (e) {@code --viewers} professionals vote on one Kopkraker and each opens its live stream; then, every 3 s, a new
     * professional votes on it, and for each viewer the time from that vote's 2xx to its event is recorded.
     * The viewers are split over two gateway instances: 10,000 streams through one gateway need 20,000 open files in
     * it (one in, one out each), and this machine allows a process 20,000 in all.
     */
    private void viewers(Kopkraker kopkraker, Operator operator) throws Exception {
        int count = options.viewers();
        say("(e) " + count + " viewers of " + kopkraker.id() + ": signing tokens, casting their votes");
        List<Professional> watchers = Professionals.create(tokens, "bench-e-viewer", count,
                options.deadline().plusHours(1));
        List<Professional> voters = Professionals.create(tokens, "bench-e-voter", options.probes(),
                options.deadline().plusHours(1));
        try (LoadGenerator setup = new LoadGenerator("benchmark-e-setup", CONCURRENCY)) {
            List<LoadGenerator.Request> votes = watchers.stream().map(watcher -> new LoadGenerator.Request(
                    HttpMethod.PUT, voteService + "/api/v1/kopkrakers/" + kopkraker.id() + "/stem", watcher.bearer(),
                    "{\"optionId\":\"" + kopkraker.options().get(Math.abs(watcher.subject().hashCode()) % 2) + "\"}"))
                    .toList();
            Map<Integer, Long> statuses = setup.sendAll(votes, CONCURRENCY);
            say("(e) viewers' votes: " + statuses);
        }
        awaitSettled(operator, Duration.ofMinutes(5));
        String secondGateway = platform.addGateway();
        List<String> gateways = List.of(gateway, secondGateway);
        List<SseViewers.Target> targets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            targets.add(new SseViewers.Target(live(gateways.get(i % gateways.size()), kopkraker),
                    watchers.get(i).bearer()));
        }
        Histogram delivery = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
        List<String> perProbe = new ArrayList<>();
        long missed = 0;
        Map<String, Long> peakOpenFiles = new LinkedHashMap<>();
        Map<String, Long> peakResident = new LinkedHashMap<>();
        long connected;
        Map<String, Long> failures;
        long ended;
        Instant connectStarted = Instant.now();
        begin();
        try (SseViewers viewers = new SseViewers("benchmark-e", count)) {
            AtomicReference<Probe> current = new AtomicReference<>();
            viewers.listen((viewer, revision, nanos) -> {
                Probe probe = current.get();
                if (probe != null && revision > probe.revisionBefore() && probe.arrivals()[viewer] == 0) {
                    probe.arrivals()[viewer] = nanos;
                    probe.delivered().incrementAndGet();
                }
            });
            // Bounded, but long enough for the slow connects seen (about 45 a second at 8,000 open streams).
            viewers.connect(targets, 200, Duration.ofMinutes(6));
            connected = viewers.connected();
            say(format("(e) %d of %d streams connected in %.1f s; failures %s", connected, count,
                    Duration.between(connectStarted, Instant.now()).toMillis() / 1000.0, viewers.failures()));
            sample(peakOpenFiles, peakResident);
            for (int p = 0; p < options.probes() && connected > 0; p++) {
                long revisionBefore = 0;
                for (int i = 0; i < count; i++) {
                    revisionBefore = Math.max(revisionBefore, viewers.lastRevision(i));
                }
                Probe probe = new Probe(revisionBefore, new long[count], new AtomicLong());
                current.set(probe);
                Professional voter = voters.get(p);
                Http.Answer vote = http.putJson(gateway + "/api/v1/kopkrakers/" + kopkraker.id() + "/stem",
                        voter.bearer(), "{\"optionId\":\"" + kopkraker.options().get(p % 2) + "\"}");
                long accepted = System.nanoTime();
                if (!vote.ok()) {
                    throw new IllegalStateException("(e) a probe vote failed: " + vote);
                }
                long waitUntil = accepted + TimeUnit.SECONDS.toNanos(10);
                long expected = viewers.connected() - viewers.ended();
                while (probe.delivered().get() < expected && System.nanoTime() < waitUntil) {
                    Thread.sleep(5);
                }
                sample(peakOpenFiles, peakResident);
                Histogram one = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
                for (long arrival : probe.arrivals()) {
                    if (arrival != 0) {
                        long micros = Math.max(0, (arrival - accepted) / 1000);
                        one.recordValue(Math.min(micros, one.getHighestTrackableValue()));
                    }
                }
                delivery.add(one);
                missed += Math.max(0, expected - probe.delivered().get());
                perProbe.add(format("%s/%s", Results.ms(one, 50), Results.ms(one, 99)));
                say(format("(e) probe %d: delivered to %d of %d open streams, p50 %s, p99 %s, max %s", p + 1,
                        probe.delivered().get(), expected, Results.ms(one, 50), Results.ms(one, 99),
                        Results.ms(one, 100)));
                current.set(null);
                Thread.sleep(3000);
            }
            failures = viewers.failures();
            ended = viewers.ended();
        }
        ObjectNode e = results.json().putObject("e_viewers");
        String eOthers = others(e);
        results.row("(e) concurrent SSE viewers", format("**%,d of %,d** connected; delivery p50 **%s**, p99 **%s**,"
                                + " max %s over %d updates; %d deliveries missed, %d streams ended early",
                        connected, count, Results.ms(delivery, 50), Results.ms(delivery, 99),
                        Results.ms(delivery, 100), options.probes(), missed, ended),
                "half the viewers on each of two gateway instances; each viewer a professional who voted; every 3 s a"
                        + " new professional votes (through gateway 1); from that vote's 2xx to each viewer's event;"
                        + " p50/p99 per update: " + String.join(", ", perProbe) + eOthers);
        results.note("(e) peak open files: " + peakOpenFiles + "; resident memory (MiB): " + peakResident + ".");
        if (!failures.isEmpty()) {
            results.note("(e) stream failures: " + failures);
        }
        e.put("viewers", count);
        e.put("connected", connected);
        e.put("probes", options.probes());
        e.put("missedDeliveries", missed);
        e.put("endedEarly", ended);
        e.put("gatewayInstances", gateways.size());
        e.setAll(Results.latency(delivery));
        ObjectNode files = e.putObject("peakOpenFiles");
        peakOpenFiles.forEach(files::put);
        ObjectNode rss = e.putObject("peakResidentMiB");
        peakResident.forEach(rss::put);
        double p99 = delivery.getTotalCount() == 0 ? Double.NaN : delivery.getValueAtPercentile(99) / 1000.0;
        results.target("(e) 10,000 concurrent viewers, delivery p99 < 1.5 s",
                format("**%,d** connected, p99 **%.0f ms**, %d missed", connected, p99, missed),
                connected >= 10_000 && p99 < 1500 && missed == 0);
    }

    record Probe(long revisionBefore, long[] arrivals, AtomicLong delivered) {
    }

    private void sample(Map<String, Long> openFiles, Map<String, Long> resident) {
        Map<String, Long> pids = new LinkedHashMap<>(platform.childProcesses());
        pids.put("benchmark", ProcessHandle.current().pid());
        pids.forEach((name, pid) -> {
            if (name.startsWith("gateway") || name.equals(VOTE_SERVICE) || name.equals("benchmark")) {
                OptionalLong files = ProcessStats.openFiles(pid);
                files.ifPresent(value -> openFiles.merge(name, value, Math::max));
                ProcessStats.residentBytes(pid).ifPresent(bytes -> resident.merge(name, bytes / (1024 * 1024),
                        Math::max));
            }
        });
    }

    private static String live(String baseUrl, Kopkraker kopkraker) {
        return baseUrl + "/api/v1/kopkrakers/" + kopkraker.id() + "/stemoverzicht/live";
    }

    private void row(String figure, LoadGenerator.Result result, String how) {
        results.row(figure, format("**%,.0f/s**, p50 %.1f ms, p99 %.1f ms%s", result.okPerSecond(), result.millis(50),
                        result.millis(99), result.ok() == result.answered() && result.errors() == 0 ? ""
                                : format(" (statuses %s, %d errors)", result.statuses(), result.errors())),
                how + format("; %d s after %d s warm-up; other processes used %.2f cores meanwhile",
                        options.measure().toSeconds(), options.warmUp().toSeconds(), result.otherCores()));
    }

    private ObjectNode put(String name, LoadGenerator.Result result) {
        ObjectNode node = results.json().putObject(name);
        node.put("okPerSecond", result.okPerSecond());
        node.put("answered", result.answered());
        node.put("ok", result.ok());
        node.put("errors", result.errors());
        node.put("notSent", result.notSent());
        node.put("otherProcessesCores", result.otherCores());
        ObjectNode statuses = node.putObject("statuses");
        result.statuses().forEach((status, count) -> statuses.put(Integer.toString(status), count));
        node.setAll(Results.latency(result.latencyMicros()));
        return node;
    }

    private Thread watchdog() {
        return Deadline.stopAfter(options.deadline(), () -> {
            say("Deadline of " + options.deadline().toSeconds() + " s passed: stopping the platform.");
            platform.close();
        });
    }

    static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary copy left behind is harmless
        }
    }

    private void begin() {
        phase = ForeignLoad.sample();
    }

    /** The CPU other processes took during the measurement that began at the last {@link #begin()}. */
    private String others(ObjectNode json) {
        double cores = ForeignLoad.foreignCores(phase, ForeignLoad.sample());
        json.put("otherProcessesCores", cores);
        return format("; other processes used %.2f cores meanwhile", cores);
    }

    private void say(String line) {
        System.out.println(format("[%6.1f s] %s", Duration.between(began, Instant.now()).toMillis() / 1000.0, line));
    }
}
