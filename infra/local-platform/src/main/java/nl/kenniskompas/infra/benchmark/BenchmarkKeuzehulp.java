package nl.kenniskompas.infra.benchmark;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import nl.kenniskompas.infra.LocalPlatform;
import nl.kenniskompas.infra.PlatformSettings;
import nl.kenniskompas.infra.Ports;
import nl.kenniskompas.infra.Tokens;
import nl.kenniskompas.infra.load.Http;
import nl.kenniskompas.infra.load.Professional;
import nl.kenniskompas.infra.load.Professionals;
import org.HdrHistogram.Histogram;
import org.bson.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static nl.kenniskompas.infra.benchmark.Results.format;

/**
 * {@code infra/bin/benchmark-keuzehulp}: issue 7, item 10, in one run on a platform of its own (free ports, a temporary
 * data dir: never the fixed ports of a running {@code ./kenniskompas}). Loads 400 organisations × 90 published
 * instruments into keuzehulp-service's store (copies of an instrument the service itself wrote, see
 * {@link SyntheticCatalogues}), checks them through the service's API, then measures a webshop search with three active
 * filters, through the gateway and direct to keuzehulp-service with the same tokens: the closed-loop ceiling of each,
 * and an open loop at the target rate (500/s). Writes {@code benchmark-results/keuzehulp-<time>.md} and {@code .json}
 * and prints the markdown. Exit code 0 when the target was met, 1 when not, 2 when the run itself failed.
 */
public final class BenchmarkKeuzehulp {

    private static final String SERVICE = "keuzehulp-service";
    private static final String SEARCH = KeuzehulpSearches.PATH;
    /** The gateway's default is 500 requests/s per tenant: three tenants would cap the ceilings at 1,500/s. */
    private static final String TENANT_LIMIT = "1000000";
    /** Distinct professionals the searches come from: at 1,000/s each makes one search in three seconds. */
    private static final int PROFESSIONALS = 3000;
    /** Target of the issue: p99 through the gateway at the target rate. */
    private static final double TARGET_P99_MS = 10.0;
    /** keuzehulp-service's CatalogueIndex: a tenant's catalogue is read again this long after it was read. */
    private static final Duration CATALOGUE_CACHE = Duration.ofSeconds(30);

    private final Options options;
    private final Results results = new Results("issue 7, item 10");
    private final Instant began = Instant.now();
    private LocalPlatform platform;
    private Tokens tokens;
    private Http http;
    private String gateway;
    private String service;
    private PlatformSettings settings;
    /** The store's answer time for one organisation's catalogue, once every organisation is loaded. */
    private double catalogueReadMs = Double.NaN;

    /**
     * @param tenants     organisations loaded (the three demo organisations first)
     * @param instruments published instruments per organisation
     * @param rate        the open-loop rate of the target, searches per second
     * @param lightRate   an open-loop rate the machine carries easily: the latency of a search itself
     * @param jvmOptions  extra JVM options per component, after the launcher's (to try other flags; none by default)
     */
    record Options(Path root, Path out, int tenants, int instruments, double rate, double lightRate, int concurrency,
                   Duration warmUp,
                   Duration measure, Duration deadline, Map<String, List<String>> jvmOptions) {
    }

    private BenchmarkKeuzehulp(Options options) {
        this.options = options;
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = parse(List.of(args));
        } catch (RuntimeException e) {
            System.err.println("benchmark-keuzehulp: " + e.getMessage());
            System.exit(2);
            return;
        }
        Deadline.haltAfter(options.deadline().plusMinutes(2), "benchmark-keuzehulp");
        int exit;
        try {
            exit = new BenchmarkKeuzehulp(options).run();
        } catch (Exception e) {
            e.printStackTrace();
            exit = 2;
        }
        System.exit(exit);
    }

    static Options parse(List<String> args) {
        Path root = Path.of("");
        Path out = null;
        int tenants = 400;
        int instruments = 90;
        double rate = 500;
        double lightRate = 25;
        // Enough to keep both cores busy (a search takes a few ms of CPU); more clients only lengthen the queues.
        int concurrency = 16;
        Duration warmUp = Duration.ofSeconds(5);
        Duration measure = Duration.ofSeconds(30);
        Duration deadline = Duration.ofMinutes(15);
        Map<String, List<String>> jvmOptions = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            String value = i + 1 < args.size() ? args.get(++i) : null;
            if (value == null) {
                throw new IllegalArgumentException("Missing value after " + option);
            }
            switch (option) {
                case "--root" -> root = Path.of(value);
                case "--out" -> out = Path.of(value);
                case "--tenants" -> tenants = Integer.parseInt(value);
                case "--instruments" -> instruments = Integer.parseInt(value);
                case "--rate" -> rate = Double.parseDouble(value);
                case "--light-rate" -> lightRate = Double.parseDouble(value);
                case "--concurrency" -> concurrency = Integer.parseInt(value);
                case "--warm-up" -> warmUp = Duration.ofSeconds(Long.parseLong(value));
                case "--measure" -> measure = Duration.ofSeconds(Long.parseLong(value));
                case "--deadline" -> deadline = Duration.ofSeconds(Long.parseLong(value));
                case "--jvm-options" -> {
                    int equals = value.indexOf('=');
                    if (equals < 1) {
                        throw new IllegalArgumentException("--jvm-options takes COMPONENT=OPTIONS, e.g."
                                + " keuzehulp-service='-XX:TieredStopAtLevel=4'");
                    }
                    jvmOptions.computeIfAbsent(value.substring(0, equals), component -> new ArrayList<>())
                            .addAll(List.of(value.substring(equals + 1).trim().split("\\s+")));
                }
                default -> throw new IllegalArgumentException("Unknown option " + option + " (known: --root, --out,"
                        + " --tenants, --instruments, --rate, --light-rate, --concurrency, --warm-up, --measure, --deadline,"
                        + " --jvm-options)");
            }
        }
        if (tenants < Professionals.TENANTS.size() || instruments < 1 || instruments > 999 || rate <= 0
                || lightRate <= 0 || concurrency < 1) {
            throw new IllegalArgumentException("Need at least " + Professionals.TENANTS.size() + " tenants (the demo"
                    + " organisations are the ones searched), 1–999 instruments, a positive rate and concurrency");
        }
        return new Options(root, out != null ? out : root.resolve("benchmark-results"), tenants, instruments, rate,
                lightRate, concurrency, warmUp, measure, deadline, Map.copyOf(jvmOptions));
    }

    private int run() throws IOException {
        Path dir = Files.createTempDirectory("kk-benchmark-keuzehulp-");
        System.setProperty("kk.logs.dir", dir.resolve("logs").toString());
        String stem = "keuzehulp-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        String machineAtStart = machineLoad();
        say("Machine at start: " + machineAtStart);
        boolean completed = false;
        Thread watchdog = null;
        try {
            settings = PlatformSettings.defaults(options.root())
                    .withDataDir(dir.resolve("data")).withLogsDir(dir.resolve("logs")).withPorts(Ports.free())
                    .withJarsCopiedTo(dir.resolve("jars"))
                    .withProperty("gateway", "kenniskompas.rate-limits.per-tenant.capacity", TENANT_LIMIT)
                    .withProperty("gateway", "kenniskompas.rate-limits.per-tenant.refill-tokens", TENANT_LIMIT);
            for (var extra : options.jvmOptions().entrySet()) {
                settings = settings.withJvmOptions(extra.getKey(), extra.getValue().toArray(String[]::new));
            }
            tokens = Tokens.forPlatform(settings);
            platform = new LocalPlatform(settings, line -> say("[platform] " + line.strip()));
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "benchmark-stop-platform"));
            watchdog = watchdog();
            platform.start();
            gateway = settings.gatewayUrl();
            service = "http://localhost:" + settings.ports().service(SERVICE);
            http = new Http(Duration.ofSeconds(30));
            describeSetup(machineAtStart);
            try (MongoClient mongo = MongoClients.create(settings.mongoUri(SyntheticCatalogues.DATABASE))) {
                MongoCollection<Document> instruments = mongo.getDatabase(SyntheticCatalogues.DATABASE)
                        .getCollection(SyntheticCatalogues.COLLECTION);
                checkVocabulary();
                Document template = instrumentWrittenByTheService(instruments);
                loadAndCheck(instruments, template);
            }
            measure();
            completed = true;
        } catch (Exception | LinkageError e) {
            say("The benchmark stopped early: " + e);
            e.printStackTrace(System.out);
            results.note("**The run stopped early:** " + e);
            results.json().put("stoppedEarly", e.toString());
        } finally {
            if (watchdog != null) {
                watchdog.interrupt();
            }
            if (platform != null) {
                platform.close();
            }
            deleteQuietly(dir.resolve("jars"));
            deleteQuietly(dir.resolve("data")); // about 450 MB of store file; the logs stay
        }
        results.json().put("machineAtEnd", machineLoad());
        return results.publish(options.out().toAbsolutePath().normalize(), stem,
                "Benchmark: Keuzehulp search (" + LocalDateTime.now().withNano(0) + ")", dir.resolve("logs"), completed);
    }

    private void describeSetup(String machineAtStart) {
        results.setup(format("This machine: %d cores, %d GiB memory. The load generator, the MongoDB wire-protocol"
                        + " store (in the benchmark's own JVM, as in the launcher) and the whole platform share the"
                        + " cores. At start: %s.", Runtime.getRuntime().availableProcessors(),
                Math.round(((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                        .getOperatingSystemMXBean()).getTotalMemorySize() / (1024.0 * 1024 * 1024)), machineAtStart));
        results.setup("The full local runtime as `./kenniskompas` starts it (same jars, same lean JVM flags: SerialGC,"
                + " C1 only, -Xmx256m), on free ports in a temporary directory (copies of the jars); no demo data."
                + (options.jvmOptions().isEmpty() ? "" : " **JVM options added for this run:** "
                        + options.jvmOptions() + "."));
        results.setup("Changed for the benchmark: the gateway's per-tenant rate limit raised from 500/s to "
                + TENANT_LIMIT + "/s (`kenniskompas.rate-limits.per-tenant.*`), else three organisations cap the"
                + " closed-loop ceiling through the gateway at 1,500/s (the open loop at " + (int) options.rate()
                + "/s, about " + (int) (options.rate() / 3) + "/s per organisation, stays under the default anyway);"
                + " per-user limits unchanged (40 burst, 20/s): the searches come from " + PROFESSIONALS
                + " distinct professionals in turn, so no one reaches them.");
        results.setup("Tokens: RS256, signed with the identity provider's own key (Tokens), validated by the gateway and"
                + " again by keuzehulp-service, as in production; the direct runs send the same tokens.");
        ObjectNode setup = results.json().putObject("setup");
        setup.put("cores", Runtime.getRuntime().availableProcessors());
        setup.put("machineAtStart", machineAtStart);
        setup.put("tenantRateLimitPerSecond", Long.parseLong(TENANT_LIMIT));
        setup.put("professionals", PROFESSIONALS);
        setup.put("closedLoopConcurrency", options.concurrency());
        setup.put("openLoopRate", options.rate());
        setup.put("lightRate", options.lightRate());
        setup.put("warmUpSeconds", options.warmUp().toSeconds());
        setup.put("measureSeconds", options.measure().toSeconds());
        setup.put("gatewayUrl", settings.gatewayUrl());
        ObjectNode jvm = setup.putObject("addedJvmOptions");
        options.jvmOptions().forEach((component, flags) -> jvm.put(component, String.join(" ", flags)));
    }

    /** The codes the synthetic catalogues and the searches use must be the running service's. */
    private void checkVocabulary() throws IOException, InterruptedException {
        Http.Answer answer = http.get(gateway + "/api/v1/keuzehulp/vocabulaire", professional("gemeente-amsterdam"));
        if (!answer.ok()) {
            throw new IllegalStateException("GET /api/v1/keuzehulp/vocabulaire: " + answer);
        }
        Map<String, Set<String>> live = new LinkedHashMap<>();
        for (JsonNode facet : answer.json()) {
            Set<String> codes = new HashSet<>();
            facet.path("values").forEach(value -> codes.add(value.path("code").asString()));
            live.put(facet.path("name").asString(), codes);
        }
        List<String> unknown = new ArrayList<>();
        Map<String, List<String>> used = new LinkedHashMap<>(KeuzehulpVocabulary.TAGGED);
        used.put(KeuzehulpVocabulary.CATEGORIE, KeuzehulpVocabulary.CATEGORIES);
        used.put("erkenning", KeuzehulpVocabulary.EVIDENCE);
        used.put("vorm", KeuzehulpVocabulary.GROUP_FORMS);
        used.forEach((facet, codes) -> codes.stream()
                .filter(code -> !live.getOrDefault(facet, Set.of()).contains(code))
                .forEach(code -> unknown.add(facet + "=" + code)));
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("The running keuzehulp-service does not know " + unknown
                    + ": update KeuzehulpVocabulary");
        }
        say("Vocabulary: every code the benchmark uses is the service's (" + live.size() + " facets)");
    }

    /**
     * One instrument through the real API (a CSV import by an instrumentbeheerder), read back from the store once the
     * outbox relay has published its event: the document the copies are made from.
     */
    private Document instrumentWrittenByTheService(MongoCollection<Document> instruments) throws Exception {
        String beheerder = "Bearer " + tokens.forUser("ilse").validFor(Duration.ofHours(2)).sign();
        Http.Answer imported = http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/keuzehulp/beheer/import"))
                .header("Authorization", beheerder).header("Accept", "application/json")
                .header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(PROBE_CSV, StandardCharsets.UTF_8)));
        if (!imported.ok()) {
            throw new IllegalStateException("Importing the probe instrument failed: " + imported);
        }
        Document probe = null;
        Instant until = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(until)) {
            probe = instruments.find(Filters.and(Filters.eq("tenant", "gemeente-amsterdam"),
                    Filters.eq("key", "benchmark-probe"))).first();
            if (probe != null && probe.getList("outbox", Object.class, List.of()).isEmpty()) {
                break;
            }
            Thread.sleep(200);
        }
        if (probe == null) {
            throw new IllegalStateException("The imported probe instrument is not in " + SyntheticCatalogues.DATABASE
                    + "." + SyntheticCatalogues.COLLECTION);
        }
        say("Probe instrument as keuzehulp-service wrote it: " + probe.toJson());
        results.json().put("templateDocument", probe.toJson());
        instruments.deleteOne(Filters.eq("_id", probe.get("_id")));
        return probe;
    }

    /**
     * Writes the instruments of {@code tenants} (numbers 1 to {@code --instruments} each), each checked against the
     * service's rules first; returns the facet spread of what it wrote.
     */
    private Loaded load(MongoCollection<Document> instruments, SyntheticCatalogues catalogues, List<String> tenants) {
        long started = System.nanoTime();
        Loaded loaded = new Loaded(new TreeMap<>(), new long[3]);
        List<Document> batch = new ArrayList<>();
        for (String tenant : tenants) {
            for (int i = 1; i <= options.instruments(); i++) {
                Document instrument = catalogues.instrument(tenant, i);
                List<String> problems = SyntheticCatalogues.problems(instrument);
                if (!problems.isEmpty()) {
                    throw new IllegalStateException("A generated instrument breaks the rules: " + problems + " in "
                            + instrument.toJson());
                }
                Document content = instrument.get("content", Document.class);
                loaded.categories().merge(content.getString("category"), 1, Integer::sum);
                if (content.get("facets", Document.class).getList(KeuzehulpVocabulary.LEEFTIJD, String.class)
                        .isEmpty()) {
                    loaded.counts()[1]++;
                }
                loaded.counts()[0] += instrument.toJson().length();
                batch.add(instrument);
            }
            if (batch.size() >= 500) {
                instruments.insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            instruments.insertMany(batch);
        }
        loaded.counts()[2] = System.nanoTime() - started;
        return loaded;
    }

    /** @param counts JSON bytes, instruments for every age, nanoseconds taken */
    record Loaded(Map<String, Integer> categories, long[] counts) {
    }

    /**
     * The data, in two steps: the three demo organisations first, checked through the service's API while the
     * collection is small (every check is cheap then), then the other organisations up to {@code --tenants}.
     */
    private void loadAndCheck(MongoCollection<Document> instruments, Document template) throws Exception {
        SyntheticCatalogues catalogues = new SyntheticCatalogues(template);
        List<String> tenants = SyntheticCatalogues.tenants(Professionals.TENANTS, options.tenants());
        List<String> demo = tenants.subList(0, Professionals.TENANTS.size());
        say(format("Loading the %d demo organisations × %d instruments", demo.size(), options.instruments()));
        Loaded first = load(instruments, catalogues, demo);
        checkThroughTheApi(instruments);
        say(format("Loading %d more organisations × %d instruments", tenants.size() - demo.size(),
                options.instruments()));
        Loaded rest = load(instruments, catalogues, tenants.subList(demo.size(), tenants.size()));

        long expected = (long) tenants.size() * options.instruments();
        long total = instruments.countDocuments();
        Map<String, Integer> categories = new TreeMap<>(first.categories());
        rest.categories().forEach((category, count) -> categories.merge(category, count, Integer::sum));
        long bytes = first.counts()[0] + rest.counts()[0];
        long forEveryAge = first.counts()[1] + rest.counts()[1];
        double seconds = (first.counts()[2] + rest.counts()[2]) / 1e9;
        say(format("Loaded %,d instruments in %.1f s (%.0f/s); the collection holds %,d", expected, seconds,
                expected / seconds, total));
        if (total != expected) {
            throw new IllegalStateException("The collection holds " + total + " instruments, expected " + expected);
        }
        results.setup(format("**Data: %d organisations × %d published instruments = %,d instruments** in"
                        + " keuzehulp-service's store (`%s.%s`, about %.1f KB of JSON each, %.0f MB in all), written"
                        + " with the MongoDB driver in %.1f s as copies of an instrument the service itself wrote"
                        + " (imported through `POST /api/v1/keuzehulp/beheer/import`, read back, then removed) with"
                        + " their own id, organisation, key, content and facets. Organisations: the three demo"
                        + " organisations (%s) and %d synthetic ones (`bench-org-004` …). Facet spread: categories %s;"
                        + " %.0f %% of the instruments are for every age (no `leeftijd`), the others name one age"
                        + " group; one to three goals that fit the category.", tenants.size(), options.instruments(),
                expected, SyntheticCatalogues.DATABASE, SyntheticCatalogues.COLLECTION, bytes / 1024.0 / expected,
                bytes / 1024.0 / 1024.0, seconds, String.join(", ", Professionals.TENANTS),
                tenants.size() - Professionals.TENANTS.size(), categories, 100.0 * forEveryAge / expected));
        ObjectNode data = results.json().putObject("data");
        data.put("tenants", tenants.size());
        data.put("instrumentsPerTenant", options.instruments());
        data.put("instruments", expected);
        data.put("averageJsonBytes", bytes / expected);
        data.put("loadSeconds", seconds);
        data.put("searchedTenants", String.join(",", Professionals.TENANTS));
        ObjectNode spread = data.putObject("categories");
        categories.forEach(spread::put);
        data.put("shareForEveryAge", (double) forEveryAge / expected);
        storeQueryTimes(instruments);
        coldSearches();
    }

    /**
     * The demo organisations' instruments as the service reads them (run while only they are loaded): each
     * organisation's first search finds all of them, an instrument opens in full, the beheer list maps every one, and
     * one organisation's whole catalogue goes back through the service's own import rules (export, import).
     */
    private void checkThroughTheApi(MongoCollection<Document> instruments) throws Exception {
        for (String tenant : Professionals.TENANTS) {
            Http.Answer first = http.get(gateway + SEARCH + "?per=1", professional(tenant));
            if (!first.ok() || first.json().path("total").asInt() != options.instruments()) {
                throw new IllegalStateException(tenant + ": the first search found " + first + ", expected total "
                        + options.instruments());
            }
            String id = first.json().path("items").path(0).path("id").asString();
            Http.Answer detail = http.get(gateway + SEARCH + "/" + id, professional(tenant));
            if (!detail.ok()) {
                throw new IllegalStateException(tenant + ": GET " + SEARCH + "/" + id + " answered " + detail);
            }
            Http.Answer all = http.get(gateway + "/api/v1/keuzehulp/beheer/instrumenten", beheerder(tenant));
            int listed = all.ok() ? (all.json().isArray() ? all.json().size() : all.json().path("items").size()) : -1;
            if (listed != options.instruments()) {
                throw new IllegalStateException(tenant + ": GET /api/v1/keuzehulp/beheer/instrumenten listed "
                        + listed + " (" + all + ")");
            }
        }
        Http.Answer export = http.get(gateway + "/api/v1/keuzehulp/beheer/export", beheerder("gemeente-amsterdam"));
        if (!export.ok()) {
            throw new IllegalStateException("Export: " + export);
        }
        // Through the gateway first, as an instrumentbeheerder would; its request-size limit may refuse a whole
        // catalogue, then the check goes direct to keuzehulp-service (whose own limit is meant for whole catalogues).
        int csvBytes = export.body().getBytes(StandardCharsets.UTF_8).length;
        Http.Answer reimported = importCsv(gateway, export.body());
        String via = "through the gateway";
        if (reimported.status() == 413) {
            results.note(format("**Found on the way:** the gateway refused a whole catalogue as CSV import (%d"
                    + " instruments, %.0f KB) with 413 (`kenniskompas.request-size.max-api-body: 64KB`), while"
                    + " keuzehulp-service accepts up to 2 MB for exactly this (`kenniskompas.max-request-body`); the"
                    + " demo catalogues are 65–135 KB. The check went direct to the service.",
                    options.instruments(), csvBytes / 1024.0));
            results.json().put("gatewayRefusedCatalogueImport", reimported.toString());
            reimported = importCsv(service, export.body());
            via = "direct to keuzehulp-service (the gateway answered 413)";
        }
        if (!reimported.ok() || reimported.json().path("rows").asInt() != options.instruments()) {
            throw new IllegalStateException("The generated catalogue of gemeente-amsterdam, exported and imported"
                    + " again, was refused by the service's import rules: " + reimported);
        }
        say("Export and import again of gemeente-amsterdam: " + reimported.body());
        awaitOutboxEmpty(instruments);
        results.setup("Checked while only the demo organisations were loaded: each one's first search finds all its "
                + options.instruments() + " instruments, an instrument opens in full (`GET …/instrumenten/{id}`), the"
                + " beheer list maps every one; and gemeente-amsterdam's generated catalogue, exported as CSV and"
                + " imported again, passed the service's own import rules (" + format("%.0f KB", csvBytes / 1024.0)
                + " of CSV, imported " + via + ": " + reimported.body() + "; the service rewrote those "
                + options.instruments() + " documents itself).");
    }

    private Http.Answer importCsv(String baseUrl, String csv) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/keuzehulp/beheer/import"))
                .header("Authorization", beheerder("gemeente-amsterdam")).header("Accept", "application/json")
                .header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)));
    }

    /** The re-import announced every instrument: let the relay publish before anything else happens. */
    private void awaitOutboxEmpty(MongoCollection<Document> instruments) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(120);
        long pending = Long.MAX_VALUE;
        while (Instant.now().isBefore(until)) {
            pending = instruments.countDocuments(Filters.exists("outbox.0"));
            if (pending == 0) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(pending + " instruments still have pending events after two minutes");
    }

    /**
     * What the queries keuzehulp-service makes cost the store with every organisation loaded, timed through the
     * driver (best of three): the catalogue read of {@code CatalogueIndex} ({@code findByTenantAndStatus}), one
     * instrument by id alone and by id and organisation ({@code findByIdAndTenant}), and the outbox relay's search for
     * pending events.
     */
    private void storeQueryTimes(MongoCollection<Document> instruments) {
        String id = instruments.find(Filters.eq("tenant", "uwv")).first().getString("_id");
        Map<String, org.bson.conversions.Bson> queries = new LinkedHashMap<>();
        queries.put("catalogue of one organisation `{tenant, status: GEPUBLICEERD}` (CatalogueIndex)",
                Filters.and(Filters.eq("tenant", "uwv"), Filters.eq("status", SyntheticCatalogues.PUBLISHED)));
        queries.put("one instrument by `{_id}`", Filters.eq("_id", id));
        queries.put("one instrument by `{_id, tenant}` (findByIdAndTenant)",
                Filters.and(Filters.eq("_id", id), Filters.eq("tenant", "uwv")));
        queries.put("pending events `{outbox.0: {$exists: true}}` (the outbox relay's scan, every 30 s)",
                Filters.exists("outbox.0"));
        List<String> measured = new ArrayList<>();
        ObjectNode json = results.json().putObject("storeQueryMs");
        queries.forEach((what, query) -> {
            double best = Double.MAX_VALUE;
            int found = 0;
            for (int i = 0; i < 3; i++) {
                long started = System.nanoTime();
                found = instruments.find(query).into(new ArrayList<>()).size();
                best = Math.min(best, (System.nanoTime() - started) / 1e6);
            }
            measured.add(format("%s: **%,.0f ms** (%d found)", what, best, found));
            json.put(what, best);
            if (Double.isNaN(catalogueReadMs)) {
                catalogueReadMs = best; // the first query is CatalogueIndex's
            }
        });
        say("Store queries: " + measured);
        results.row(format("Store queries with %,d instruments loaded (through the MongoDB driver, best of 3)",
                        instruments.countDocuments()), String.join("; ", measured),
                "the MongoDB wire-protocol store answers a query from an index only when the query names exactly the"
                        + " fields of a unique index (`_id`, or `tenant`+`key`); every other query reads the whole"
                        + " collection");
    }

    /**
     * Each demo organisation's first search after the load, direct to the service with a long timeout (through the
     * gateway it may outlast the route's 5 s): a catalogue the service does not hold (any more) is read from the store
     * first. Then one search each through the gateway.
     */
    private void coldSearches() throws IOException, InterruptedException {
        Http patient = new Http(Duration.ofMinutes(2));
        List<String> cold = new ArrayList<>();
        ObjectNode json = results.json().putObject("coldSearchMs");
        for (String tenant : Professionals.TENANTS) {
            long started = System.nanoTime();
            Http.Answer first = patient.get(service + SEARCH + "?per=1", professional(tenant));
            double millis = (System.nanoTime() - started) / 1e6;
            if (!first.ok() || first.json().path("total").asInt() != options.instruments()) {
                throw new IllegalStateException(tenant + ": the first search found " + first + ", expected total "
                        + options.instruments());
            }
            Http.Answer warm = http.get(gateway + SEARCH + "?per=1", professional(tenant));
            if (!warm.ok()) {
                throw new IllegalStateException(tenant + ": a search through the gateway answered " + warm);
            }
            cold.add(format("%s %,.0f ms", tenant, millis));
            json.put(tenant, millis);
        }
        say("First searches after the load: " + cold);
        results.row("First search of each organisation after the full load (a catalogue the service does not hold"
                        + " is read from the store first)",
                "**" + String.join(", ", cold) + "**", "direct to keuzehulp-service, one after the other; each"
                        + " finds all " + options.instruments() + " instruments of its organisation");
    }

    /**
     * In this order (an overloaded run leaves queues and an open circuit breaker behind, so the target rate comes
     * last, and every run waits until the gateway answers normally again): the closed-loop ceilings through the
     * gateway and direct; an open loop at a quarter of the gateway's ceiling, through the gateway and direct (the
     * latency of a search when the machine is not saturated); the open loop at the target rate, through the gateway
     * and direct.
     */
    private void measure() throws Exception {
        say("Signing tokens for " + PROFESSIONALS + " professionals");
        List<Professional> professionals = Professionals.create(tokens, "bench-keuzehulp", PROFESSIONALS,
                options.deadline().plusHours(1));
        KeuzehulpSearches searches = new KeuzehulpSearches(professionals, 10);
        sampleAnswers(searches);
        try (LoadGenerator load = new LoadGenerator("benchmark-keuzehulp", 1024)) {
            say("Warming up (both paths, closed loop, 8 clients, " + 2 * options.warmUp().toSeconds() + " s)");
            load.closedLoop("warm-up", n -> searches.request(n % 2 == 0 ? gateway : service, n), 8,
                    Duration.ZERO, options.warmUp().multipliedBy(2));
            settle(searches);

            Run closedGateway = run(load, "ceiling via gateway", true, options.concurrency(), gateway, searches);
            Run closedDirect = run(load, "ceiling direct", true, options.concurrency(), service, searches);
            double light = options.lightRate();
            Run lightGateway = run(load, "open loop via gateway at the light rate", false, light, gateway, searches);
            Run lightDirect = run(load, "open loop direct at the same rate", false, light, service, searches);
            Run openGateway = run(load, "open loop via gateway", false, options.rate(), gateway, searches);
            Run openDirect = run(load, "open loop direct", false, options.rate(), service, searches);

            row("Search through the gateway, ceiling (closed loop)", closedGateway, options.concurrency()
                    + " clients, each sends its next search when the previous one is answered");
            row("The same direct to keuzehulp-service, ceiling", closedDirect, options.concurrency() + " clients");
            row(format("Search through the gateway at %.0f/s (open loop, a light load)", light),
                    lightGateway, "requests start on schedule whatever the answers do; latency from when each was"
                            + " due");
            row(format("The same %.0f/s direct to keuzehulp-service", light), lightDirect, "open loop");
            row(format("Search through the gateway at %.0f/s (open loop, the target)", options.rate()), openGateway,
                    "open loop");
            row(format("The same %.0f/s direct to keuzehulp-service", options.rate()), openDirect, "open loop");

            double ceilingRatio = closedGateway.result().okPerSecond() / closedDirect.result().okPerSecond();
            results.row("**Ratio** gateway / direct, ceilings (throughput)", format("%,.0f / %,.0f = **%.2f**",
                    closedGateway.result().okPerSecond(), closedDirect.result().okPerSecond(), ceilingRatio),
                    "same run, same searches, same tokens");
            latencyRatio(light, lightGateway, lightDirect, "lightRate");
            latencyRatio(options.rate(), openGateway, openDirect, "targetRate");
            results.json().put("ceilingGatewayOverDirect", ceilingRatio);
            results.json().put("lightRate", light);

            LoadGenerator.Result target = openGateway.result();
            boolean met = holds(target, options.rate());
            results.target(format("p99 < %.0f ms through the gateway at %.0f searches/s (%d organisations × %d"
                            + " instruments loaded, 3 active filters)", TARGET_P99_MS, options.rate(),
                            options.tenants(), options.instruments()),
                    format("p99 **%.1f ms** (p50 %.1f ms, max %.1f ms) at %.0f ok/s%s", target.millis(99),
                            target.millis(50), target.millis(100), target.okPerSecond(), answeredInTime(target)
                                    ? "" : format("; **not every search answered 2xx**: statuses %s, %d errors, %d"
                                            + " not sent", target.statuses(), target.errors(), target.notSent())),
                    met);
            explain(closedGateway, closedDirect, lightGateway, light, openGateway);
        }
    }

    private void latencyRatio(double rate, Run gatewayRun, Run directRun, String key) {
        LoadGenerator.Result via = gatewayRun.result();
        LoadGenerator.Result direct = directRun.result();
        results.row(format("**Ratio** gateway / direct, latency at %.0f/s", rate), format(
                        "p50 %.1f / %.1f ms = **%.2f** (%+.1f ms); p99 %.1f / %.1f ms = **%.2f**", via.millis(50),
                        direct.millis(50), via.millis(50) / direct.millis(50), via.millis(50) - direct.millis(50),
                        via.millis(99), direct.millis(99), via.millis(99) / direct.millis(99)),
                keptUp(via, rate) && keptUp(direct, rate) ? "what the gateway hop adds: a second token check,"
                        + " rate limits, circuit breaker and bulkhead, the proxying of the answer" : "**not a measure of"
                        + " the hop**: at this rate a run fell behind, so these are queue lengths (and the gateway's"
                        + " quick 503s), not the time of a search");
        results.json().put("p50GatewayOverDirectAt_" + key, via.millis(50) / direct.millis(50));
        results.json().put("p99GatewayOverDirectAt_" + key, via.millis(99) / direct.millis(99));
    }

    /**
     * Waits until queues of the run before have drained and the gateway's circuit breaker is closed again (a few
     * searches in a row answered 200 through the gateway), so no run pays for the previous one. At most a minute.
     */
    private void settle(KeuzehulpSearches searches) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(60);
        int inARow = 0;
        long n = 0;
        while (inARow < 5 && Instant.now().isBefore(until)) {
            try {
                Http.Answer answer = http.get(searches.request(gateway, n).url(), searches.professional(n).bearer());
                inARow = answer.ok() ? inARow + 1 : 0;
            } catch (IOException slow) {
                inARow = 0;
            }
            n++;
            Thread.sleep(inARow == 0 ? 1000 : 100);
        }
        if (inARow < 5) {
            say("The gateway did not answer five searches in a row with 200 within a minute; going on");
        }
    }

    private static boolean keptUp(LoadGenerator.Result result, double rate) {
        return answeredInTime(result) && result.okPerSecond() >= rate * 0.97;
    }

    private static boolean answeredInTime(LoadGenerator.Result result) {
        return result.ok() == result.answered() && result.errors() == 0 && result.notSent() == 0;
    }

    /** Every search answered 2xx, the rate kept, p99 under the target. */
    private static boolean holds(LoadGenerator.Result result, double rate) {
        return answeredInTime(result) && result.okPerSecond() >= rate * 0.97 && result.millis(99) < TARGET_P99_MS;
    }

    /** A few hundred searches of each demo organisation, direct: how many results and how big an answer is. */
    private void sampleAnswers(KeuzehulpSearches searches) throws IOException, InterruptedException {
        List<Integer> totals = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (int n = 0; n < 300; n++) {
            Http.Answer answer = http.get(searches.request(service, n).url(), searches.professional(n).bearer());
            if (!answer.ok()) {
                throw new IllegalStateException("A search failed: " + searches.request(service, n).url() + " → "
                        + answer);
            }
            totals.add(answer.json().path("total").asInt());
            sizes.add(answer.body().getBytes(StandardCharsets.UTF_8).length);
        }
        totals.sort(null);
        sizes.sort(null);
        long none = totals.stream().filter(total -> total == 0).count();
        say(format("Answers: results per search p10 %d, median %d, p90 %d of %d; %d of 300 empty; median answer %.1f"
                        + " KB", totals.get(30), totals.get(150), totals.get(270), options.instruments(), none,
                sizes.get(150) / 1024.0));
        results.setup(format("**Searches:** `GET %s?leeftijd=…&doel=…&categorie=…` — three active filters, %d"
                        + " different combinations (the goal mostly one that fits the category, in 30 %% of them two"
                        + " goals as alternatives), each search from the next of %d professionals of the three demo"
                        + " organisations in turn: **each organisation searches its own %d instruments** (the other"
                        + " %d organisations' instruments are loaded and in the same collection, but a token is only"
                        + " valid for a configured organisation, and only the three demo organisations are"
                        + " configured). Results per search (300 sampled): p10 %d, median %d, p90 %d of %d; %d of"
                        + " 300 empty; median answer %.1f KB (24 items at most plus the counts of every facet value).",
                SEARCH, searches.distinctQueries(), PROFESSIONALS, options.instruments(),
                options.tenants() - Professionals.TENANTS.size(), totals.get(30), totals.get(150), totals.get(270),
                options.instruments(), none, sizes.get(150) / 1024.0));
        results.setup(format("keuzehulp-service keeps each organisation's published catalogue in memory"
                        + " (CatalogueIndex) and reads it again from the store %d s after it was read; that is the"
                        + " design and part of what is measured: the first searches above filled the cache,"
                        + " a warm-up of %d s preceded the runs, and every run of %d s + %d s warm-up includes about"
                        + " one catalogue read per organisation.", CATALOGUE_CACHE.toSeconds(),
                2 * options.warmUp().toSeconds(), options.measure().toSeconds(), options.warmUp().toSeconds()));
        ObjectNode sample = results.json().putObject("answers");
        sample.put("distinctQueries", searches.distinctQueries());
        sample.put("resultsP10", totals.get(30));
        sample.put("resultsMedian", totals.get(150));
        sample.put("resultsP90", totals.get(270));
        sample.put("emptyOf300", none);
        sample.put("medianBytes", sizes.get(150));
    }

    /** A load run with the CPU each process used meanwhile. */
    record Run(LoadGenerator.Result result, Map<String, Double> cores, long over10Ms) {
    }

    /** @param load clients (closed loop) or searches per second (open loop) */
    private Run run(LoadGenerator load, String name, boolean closed, double clientsOrRate, String baseUrl,
                    KeuzehulpSearches searches) throws InterruptedException {
        Map<String, Long> pids = processes();
        CpuUse.Sample before = CpuUse.sample(pids);
        LoadGenerator.Result result = closed
                ? load.closedLoop(name, n -> searches.request(baseUrl, n), (int) clientsOrRate, options.warmUp(),
                        options.measure())
                : load.openLoop(name, n -> searches.request(baseUrl, n), clientsOrRate, options.warmUp(),
                        options.measure());
        Map<String, Double> cores = CpuUse.cores(before, CpuUse.sample(pids));
        settle(searches);
        Histogram latency = result.latencyMicros();
        long over = latency.getTotalCount() == 0 ? 0 : latency.getCountBetweenValues(
                (long) (TARGET_P99_MS * 1000) + 1, Math.max(latency.getMaxValue(), (long) (TARGET_P99_MS * 1000) + 1));
        Run run = new Run(result, cores, over);
        say(result + "; CPU " + cpu(cores) + "; " + over + " over " + (int) TARGET_P99_MS + " ms; "
                + slowSeconds(result.maxMicrosPerSecond()));
        ObjectNode node = results.json().putObject(name.replace(' ', '_'));
        node.put("okPerSecond", result.okPerSecond());
        node.put("answered", result.answered());
        node.put("ok", result.ok());
        node.put("errors", result.errors());
        node.put("notSent", result.notSent());
        node.put("otherProcessesCores", result.otherCores());
        node.put("over10Ms", over);
        var perSecond = node.putArray("maxMsPerSecond");
        for (long micros : result.maxMicrosPerSecond()) {
            perSecond.add(micros / 1000.0);
        }
        ObjectNode statuses = node.putObject("statuses");
        result.statuses().forEach((status, count) -> statuses.put(Integer.toString(status), count));
        node.setAll(Results.latency(latency));
        ObjectNode cpu = node.putObject("cpuCores");
        cores.forEach(cpu::put);
        return run;
    }

    /** The processes whose CPU is worth telling apart; the rest of the platform is summed. */
    private Map<String, Long> processes() {
        Map<String, Long> pids = new LinkedHashMap<>();
        pids.put("benchmark JVM (load generator + MongoDB store)", ProcessHandle.current().pid());
        // Keys of the same name are summed by CpuUse; LinkedHashMap cannot hold duplicates, so name them apart.
        platform.childProcesses().forEach((name, pid) -> pids.put(name.equals("gateway") || name.equals(SERVICE)
                ? name : "rest of the platform/" + name, pid));
        return pids;
    }

    private static String cpu(Map<String, Double> cores) {
        Map<String, Double> grouped = new LinkedHashMap<>();
        cores.forEach((name, used) -> grouped.merge(name.startsWith("rest of the platform/")
                ? "rest of the platform" : name, used, Double::sum));
        return grouped.entrySet().stream().map(entry -> format("%s %.2f", entry.getKey(), entry.getValue()))
                .collect(Collectors.joining(", ")) + " cores";
    }

    private void row(String figure, Run run, String how) {
        LoadGenerator.Result result = run.result();
        results.row(figure, format("**%,.0f/s**, p50 **%.1f ms**, p99 **%.1f ms**, max %.1f ms; %,d of %,d over %.0f"
                                + " ms%s", result.okPerSecond(), result.millis(50), result.millis(99),
                        result.millis(100), run.over10Ms(), result.answered(), TARGET_P99_MS,
                        answeredInTime(result) ? "" : format(" (statuses %s, %d errors, %d not sent)",
                                result.statuses(), result.errors(), result.notSent())),
                how + format("; %d s after %d s warm-up; %s; CPU meanwhile: %s; other processes on the machine %.2f"
                                + " cores", options.measure().toSeconds(), options.warmUp().toSeconds(),
                        slowSeconds(result.maxMicrosPerSecond()), cpu(run.cores()), result.otherCores()));
    }

    /** How many seconds of the window had a search over the target, and the worst of them. */
    static String slowSeconds(long[] maxMicrosPerSecond) {
        long limit = (long) (TARGET_P99_MS * 1000);
        List<Integer> slow = new ArrayList<>();
        for (int second = 0; second < maxMicrosPerSecond.length; second++) {
            if (maxMicrosPerSecond[second] > limit) {
                slow.add(second);
            }
        }
        if (slow.isEmpty()) {
            return format("no second had a search over %.0f ms", TARGET_P99_MS);
        }
        String worst = slow.stream()
                .sorted((a, b) -> Long.compare(maxMicrosPerSecond[b], maxMicrosPerSecond[a])).limit(3)
                .map(second -> format("%,.0f ms in second %d", maxMicrosPerSecond[second] / 1000.0, second + 1))
                .collect(Collectors.joining(", "));
        return format("%d of %d seconds had a search over %.0f ms (slowest: %s)", slow.size(),
                maxMicrosPerSecond.length, TARGET_P99_MS, worst);
    }

    /** What the figures say about their limits, from the figures of this run. */
    private void explain(Run closedGateway, Run closedDirect, Run lightGateway, double light, Run openGateway) {
        int cores = Runtime.getRuntime().availableProcessors();
        double ceiling = closedGateway.result().okPerSecond();
        // Per answered request (a 503 of an open circuit breaker costs the gateway little, but it is an answer).
        double answered = closedGateway.result().answered() / closedGateway.result().seconds();
        Map<String, Double> perSearch = new LinkedHashMap<>();
        closedGateway.cores().forEach((name, used) -> perSearch.merge(name.startsWith("rest of the platform/")
                ? "rest of the platform" : name, used * 1000 / answered, Double::sum));
        double total = perSearch.values().stream().mapToDouble(Double::doubleValue).sum();
        double directService = closedDirect.cores().getOrDefault(SERVICE, 0.0) * 1000
                / (closedDirect.result().answered() / closedDirect.result().seconds());
        results.note(format("**CPU per search** (per answer) at the ceiling through the gateway: %s — %.1f ms in all, so %.0f"
                        + " searches/s need about %.1f cores; this machine has %d, and other processes took %.2f of"
                        + " them meanwhile. Direct, keuzehulp-service used %.2f ms per search. The ceilings are the"
                        + " machine's (three JVMs and the load generator on the same cores), not one component's.",
                perSearch.entrySet().stream().map(entry -> format("%s %.2f ms", entry.getKey(), entry.getValue()))
                        .collect(Collectors.joining(", ")), total, options.rate(), total * options.rate() / 1000,
                cores, closedGateway.result().otherCores(), directService));
        results.json().put("cpuMsPerSearchThroughGateway", total);
        ObjectNode json = results.json().putObject("cpuMsPerSearchByProcess");
        perSearch.forEach(json::put);
        if (ceiling < options.rate()) {
            results.note(format("The ceiling through the gateway (%,.0f/s) is below the target rate: at %.0f/s"
                            + " searches arrive faster than they are answered, wait in queues (the client's, the"
                            + " gateway's, Tomcat's) and the latency is the length of that queue (p50 %,.0f ms), not"
                            + " the time of a search; the gateway's circuit breaker (a window of 20 calls, open at 50 %%"
                            + " failures) opens on the 504s that follow and answers 503.", ceiling, options.rate(),
                    openGateway.result().millis(50)));
        }
        LoadGenerator.Result calm = lightGateway.result();
        double slowest = calm.millis(100);
        if (slowest >= catalogueReadMs / 2) {
            results.note(format("**Catalogue reads stall searches.** At %.0f/s, when the machine is not saturated, a"
                            + " search through the gateway takes p50 %.1f ms, but the slowest take up to %,.0f ms (%s),"
                            + " as long as one catalogue read from the store (%,.0f ms with %,d instruments loaded, see"
                            + " above): a search that needs its organisation's catalogue read waits for it, and so do"
                            + " that organisation's searches meanwhile. Every %d s per organisation that is about %.0f %%"
                            + " of the searches; no p99 under the read time is possible while they last.", light,
                    calm.millis(50), slowest, slowSeconds(calm.maxMicrosPerSecond()), catalogueReadMs,
                    (long) options.tenants() * options.instruments(), CATALOGUE_CACHE.toSeconds(),
                    100 * Math.min(1, catalogueReadMs / 1000.0 / CATALOGUE_CACHE.toSeconds())));
        } else {
            results.note(format("**No search waited for a catalogue read:** at %.0f/s the slowest search through the"
                            + " gateway took %,.0f ms (p50 %.1f ms), while one catalogue read from the store takes"
                            + " %,.0f ms: the service reads catalogues again in the background. Those reads still cost"
                            + " the store CPU next to the searches (the benchmark JVM's %.2f cores at that light rate):"
                            + " with all %d organisations searching, reading each again every %d s would take about"
                            + " %.0f cores of this store.", light, slowest, calm.millis(50), catalogueReadMs,
                    lightGateway.cores().getOrDefault("benchmark JVM (load generator + MongoDB store)", 0.0),
                    options.tenants(), CATALOGUE_CACHE.toSeconds(),
                    options.tenants() * catalogueReadMs / 1000.0 / CATALOGUE_CACHE.toSeconds()));
        }
        results.note("The store (mongo-java-server, in the launcher's JVM; here the benchmark's) serves a query from an"
                + " index only when the query names exactly the fields of a unique index; `{tenant, status}`,"
                + " `{_id, tenant}` and the outbox relay's `{outbox.0: {$exists: true}}` (every 30 s, also over"
                + " `reviews`) read every document of the collection, and that CPU is in the benchmark JVM's figures.");
        results.note("All JVMs run the launcher's lean flags (C1 only, SerialGC, -Xmx256m) unless said above;"
                + " GC pauses of SerialGC and the other processes' CPU (per row) show in the tail.");
    }

    private String professional(String tenant) {
        return "Bearer " + tokens.forProfessional(tenant, "bench-keuzehulp-check").validFor(Duration.ofHours(2)).sign();
    }

    private String beheerder(String tenant) {
        return "Bearer " + tokens.forProfessional(tenant, "bench-keuzehulp-beheer").roles("instrumentbeheerder")
                .validFor(Duration.ofHours(2)).sign();
    }

    /** Load average and the Java processes not started by this run (a CI build, browser tests…). */
    static String machineLoad() {
        String load;
        try {
            String[] average = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            load = "load average " + average[0] + " / " + average[1] + " / " + average[2];
        } catch (IOException | RuntimeException e) {
            load = "load average unknown";
        }
        Set<Long> own = new HashSet<>();
        own.add(ProcessHandle.current().pid());
        ProcessHandle.current().descendants().forEach(process -> own.add(process.pid()));
        List<String> others = ProcessHandle.allProcesses()
                .filter(process -> !own.contains(process.pid()))
                .filter(process -> process.info().command().map(command -> command.endsWith("/java")).orElse(false))
                .map(process -> javaLabel(process.info().arguments().map(List::of).orElse(List.of())))
                .toList();
        Map<String, Long> counted = others.stream().collect(Collectors.groupingBy(label -> label, TreeMap::new,
                Collectors.counting()));
        return load + "; " + others.size() + " other Java processes" + (counted.isEmpty() ? ""
                : " (" + counted.entrySet().stream().map(entry -> entry.getValue() + "× " + entry.getKey())
                .collect(Collectors.joining(", ")) + ")");
    }

    /** A short name for a Java command line: the jar or the main class. */
    static String javaLabel(List<String> arguments) {
        String joined = String.join(" ", arguments);
        if (joined.contains("plexus-classworlds")) {
            return "Maven";
        }
        if (joined.contains("surefire")) {
            return "Maven test JVM";
        }
        for (int i = 0; i < arguments.size(); i++) {
            if (arguments.get(i).equals("-jar") && i + 1 < arguments.size()) {
                return Path.of(arguments.get(i + 1)).getFileName().toString();
            }
        }
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("-cp") || argument.equals("-classpath")) {
                i++;
            } else if (!argument.startsWith("-")) {
                String main = argument.substring(argument.lastIndexOf('.') + 1);
                return main.toLowerCase(Locale.ROOT).equals("kafka") ? "Kafka broker" : main;
            }
        }
        return "java";
    }

    private Thread watchdog() {
        return Deadline.stopAfter(options.deadline(), () -> {
            say("Deadline of " + options.deadline().toSeconds() + " s passed: stopping the platform.");
            platform.close();
        });
    }

    private static void deleteQuietly(Path dir) {
        BenchmarkStemoverzicht.deleteQuietly(dir);
    }

    private void say(String line) {
        System.out.println(format("[%6.1f s] %s", Duration.between(began, Instant.now()).toMillis() / 1000.0, line));
    }

    /**
     * One published instrument with every column filled, so the document the service writes for it has every field
     * the copies vary (a field left empty would be left out of the document).
     */
    static final String PROBE_CSV = String.join(";", "id", "status", "naam", "aliassen", "categorie", "doel",
            "werkwijze", "doelgroep", "instroomvoorwaarden", "aanbieder", "locaties", "duur", "intensiteit", "kosten",
            "kosten_toelichting", "vorm", "bereik", "erkenning", "erkend_op", "onderzoek_nl", "onderzoek_toelichting",
            "wettelijk", "wensen_klanten", "links", "leeftijd", "uitkering", "doelgroepregister", "doelgroepen",
            "taalniveau", "opleiding", "werkervaring", "aandachtspunten", "doelen", "werkwijze_tags", "b1_wat_is_het",
            "b1_voor_wie", "b1_wat_ga_je_doen", "b1_hoe_lang", "b1_wat_levert_het_op", "b1_kost_het_iets", "sjabloon")
            + "\r\n" + String.join(";", "benchmark-probe", "gepubliceerd", "Sollicitatietraining",
            "Solliciteren in de praktijk", "richting-werk", "Leren solliciteren en een passende vacature vinden.",
            "In acht bijeenkomsten oefenen deelnemers gesprekken, schrijven ze een cv en zoeken ze vacatures.",
            "Werkzoekenden die klaar zijn om te solliciteren.", "Een verwijzing door de klantmanager.", "Werkplein",
            "Centrum|Online", "8 weken", "4", "750", "Betaald uit het re-integratiebudget.", "individueel|groep",
            "regionaal", "goed-onderbouwd", "2024-05-01", "positief",
            "Evaluaties in Nederland laten een hogere uitstroom naar werk zien.", "nee",
            "Deelnemers willen oefenen met echte vacatures.", "Divosa=https://www.divosa.nl/", "22-26|27-55",
            "participatiewet|ww", "nee", "jongeren-tot-27", "b1|b2-plus", "startkwalificatie", "1-5-jaar",
            "digitale-vaardigheden", "zoeken-solliciteren|werknemersvaardigheden", "sollicitatievaardigheden",
            "Een training waarin je leert solliciteren.", "Voor iedereen die werk zoekt en wil leren solliciteren.",
            "Je oefent gesprekken, maakt je cv en zoekt vacatures.", "Acht weken, een keer per week.",
            "Je weet hoe je solliciteert en hebt een goed cv.", "Het kost jou niets.", "") + "\r\n";
}
