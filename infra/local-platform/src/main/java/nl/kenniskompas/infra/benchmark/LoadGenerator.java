package nl.kenniskompas.infra.benchmark;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import org.HdrHistogram.Histogram;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;

/**
 * A hand-rolled HTTP load generator on Reactor Netty (non-blocking: one JVM drives thousands of requests a second on
 * a machine whose two cores it shares with the platform), with latencies in an HdrHistogram.
 * <ul>
 *   <li>Closed loop: {@code concurrency} clients each send the next request when the previous one is answered. Its
 *   throughput is the ceiling; its latencies are those at saturation.</li>
 *   <li>Open loop: requests start at a fixed rate whatever the answers do, and each latency is counted from when the
 *   request was due (not when it was sent), so a stall shows in the percentiles instead of silently lowering the rate
 *   (no coordinated omission).</li>
 * </ul>
 * Only answers within the measuring window count; the warm-up before it lets the JIT and the connection pool settle.
 */
final class LoadGenerator implements AutoCloseable {

    /** Over this many requests in flight, an open-loop run stops starting more and counts them as not sent. */
    private static final int MAX_IN_FLIGHT = 4096;

    /** What to send: the {@code n}-th request of a run. */
    record Request(HttpMethod method, String url, String bearer, String json) {
    }

    /**
     * @param otherCores         CPU other processes on the machine used during the run, in cores
     * @param maxMicrosPerSecond the slowest answer per second of the measuring window (by when the request started or
     *                           was due): whether a tail is spread out or one stall
     */
    record Result(String name, long answered, long ok, Map<Integer, Long> statuses, long errors, long notSent,
                  double seconds, Histogram latencyMicros, double otherCores, long[] maxMicrosPerSecond) {

        double okPerSecond() {
            return ok / seconds;
        }

        double millis(double percentile) {
            return latencyMicros.getTotalCount() == 0 ? Double.NaN
                    : latencyMicros.getValueAtPercentile(percentile) / 1000.0;
        }

        @Override
        public String toString() {
            return String.format("%s: %.0f ok/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d answered, statuses %s,"
                            + " %d errors, %d not sent, %.1f s; other processes %.2f cores)", name, okPerSecond(),
                    millis(50), millis(99), millis(100), answered, statuses, errors, notSent, seconds, otherCores);
        }
    }

    private final ConnectionProvider connections;
    private final HttpClient client;

    /** @param maxConnections connections the generator may open; requests beyond them queue in the client */
    LoadGenerator(String name, int maxConnections) {
        this.connections = ConnectionProvider.builder(name).maxConnections(maxConnections)
                .pendingAcquireMaxCount(-1).pendingAcquireTimeout(Duration.ofSeconds(30)).build();
        this.client = HttpClient.create(connections).responseTimeout(Duration.ofSeconds(10)).keepAlive(true);
    }

    Result closedLoop(String name, LongFunction<Request> requests, int concurrency, Duration warmUp,
                      Duration measure) throws InterruptedException {
        ForeignLoad.Sample before = ForeignLoad.sample();
        Window window = new Window(name, warmUp, measure);
        AtomicLong sequence = new AtomicLong();
        CountDownLatch done = new CountDownLatch(concurrency);
        for (int i = 0; i < concurrency; i++) {
            nextClosed(requests, sequence, window, done);
        }
        if (!done.await(warmUp.plus(measure).plusSeconds(60).toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException(name + ": requests still unanswered a minute after the run");
        }
        return window.result(0, ForeignLoad.foreignCores(before, ForeignLoad.sample()));
    }

    private void nextClosed(LongFunction<Request> requests, AtomicLong sequence, Window window, CountDownLatch done) {
        if (window.over()) {
            done.countDown();
            return;
        }
        long started = System.nanoTime();
        send(requests.apply(sequence.getAndIncrement())).subscribe(
                status -> window.record(started, status),
                error -> {
                    window.error(started);
                    nextClosed(requests, sequence, window, done);
                },
                () -> nextClosed(requests, sequence, window, done));
    }

    Result openLoop(String name, LongFunction<Request> requests, double perSecond, Duration warmUp,
                    Duration measure) throws InterruptedException {
        ForeignLoad.Sample before = ForeignLoad.sample();
        Window window = new Window(name, warmUp, measure);
        AtomicInteger inFlight = new AtomicInteger();
        long interval = (long) (1e9 / perSecond);
        long start = System.nanoTime();
        long notSent = 0;
        for (long n = 0; ; n++) {
            long due = start + n * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            if (window.over(due)) {
                break;
            }
            if (inFlight.get() >= MAX_IN_FLIGHT) {
                if (window.measuring(due)) {
                    notSent++;
                }
                continue;
            }
            inFlight.incrementAndGet();
            send(requests.apply(n)).subscribe(
                    status -> window.record(due, status),
                    error -> {
                        inFlight.decrementAndGet();
                        window.error(due);
                    },
                    inFlight::decrementAndGet);
        }
        long drainUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (inFlight.get() > 0 && System.nanoTime() < drainUntil) {
            Thread.sleep(10);
        }
        return window.result(notSent, ForeignLoad.foreignCores(before, ForeignLoad.sample()));
    }

    /** Sends each request once, {@code concurrency} at a time; returns how many got each status (-1: no answer). */
    Map<Integer, Long> sendAll(java.util.List<Request> requests, int concurrency) {
        Map<Integer, Long> statuses = new TreeMap<>();
        reactor.core.publisher.Flux.fromIterable(requests)
                .flatMap(request -> send(request).onErrorReturn(-1), concurrency)
                .doOnNext(status -> {
                    synchronized (statuses) {
                        statuses.merge(status, 1L, Long::sum);
                    }
                })
                .blockLast(Duration.ofMinutes(10));
        return statuses;
    }

    /** Emits the status once the whole answer is read (so the connection goes back to the pool). */
    private Mono<Integer> send(Request request) {
        HttpClient withHeaders = client.headers(headers -> {
            headers.set(HttpHeaderNames.AUTHORIZATION, request.bearer());
            headers.set(HttpHeaderNames.ACCEPT, "application/json");
            if (request.json() != null) {
                headers.set(HttpHeaderNames.CONTENT_TYPE, "application/json");
            }
        });
        HttpClient.ResponseReceiver<?> receiver = request.json() == null
                ? withHeaders.request(request.method()).uri(request.url())
                : withHeaders.request(request.method()).uri(request.url())
                        .send(ByteBufFlux.fromString(Mono.just(request.json())));
        return receiver.responseSingle((response, body) -> body.then(Mono.just(response.status().code())));
    }

    @Override
    public void close() {
        connections.disposeLater().block(Duration.ofSeconds(10));
    }

    /** Counts only what is answered for requests due inside the measuring window. */
    private static final class Window {
        private final String name;
        private final long measureFrom;
        private final long measureUntil;
        private final Histogram latency = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
        private final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        private final AtomicLong answered = new AtomicLong();
        private final AtomicLong ok = new AtomicLong();
        private final AtomicLong errors = new AtomicLong();
        private final AtomicLongArray maxPerSecond;

        Window(String name, Duration warmUp, Duration measure) {
            this.name = name;
            this.measureFrom = System.nanoTime() + warmUp.toNanos();
            this.measureUntil = measureFrom + measure.toNanos();
            this.maxPerSecond = new AtomicLongArray((int) Math.max(1, (measure.toMillis() + 999) / 1000));
        }

        boolean over() {
            return over(System.nanoTime());
        }

        boolean over(long nanos) {
            return nanos >= measureUntil;
        }

        boolean measuring(long nanos) {
            return nanos >= measureFrom && nanos < measureUntil;
        }

        void record(long startedOrDue, int status) {
            if (!measuring(startedOrDue)) {
                return;
            }
            long micros = Math.max(0, (System.nanoTime() - startedOrDue) / 1000);
            synchronized (latency) {
                latency.recordValue(Math.min(micros, latency.getHighestTrackableValue()));
            }
            int second = (int) Math.min(maxPerSecond.length() - 1, (startedOrDue - measureFrom) / 1_000_000_000L);
            maxPerSecond.accumulateAndGet(second, micros, Math::max);
            answered.incrementAndGet();
            statuses.computeIfAbsent(status, key -> new AtomicLong()).incrementAndGet();
            if (status >= 200 && status < 300) {
                ok.incrementAndGet();
            }
        }

        void error(long startedOrDue) {
            if (measuring(startedOrDue)) {
                errors.incrementAndGet();
            }
        }

        Result result(long notSent, double otherCores) {
            Map<Integer, Long> byStatus = new TreeMap<>();
            statuses.forEach((status, count) -> byStatus.put(status, count.get()));
            long[] slowest = new long[maxPerSecond.length()];
            for (int i = 0; i < slowest.length; i++) {
                slowest[i] = maxPerSecond.get(i);
            }
            synchronized (latency) {
                return new Result(name, answered.get(), ok.get(), byStatus, errors.get(), notSent,
                        (measureUntil - measureFrom) / 1e9, latency.copy(), otherCores, slowest);
            }
        }
    }
}
