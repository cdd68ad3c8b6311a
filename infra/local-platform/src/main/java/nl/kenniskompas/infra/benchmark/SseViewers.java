package nl.kenniskompas.infra.benchmark;

import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http.HttpHeaderNames;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Many open {@code stemoverzicht/live} streams, each as a browser's EventSource would hold it: one connection per
 * viewer. Only what a measurement needs is kept per viewer: the last event id (the revision) and when it arrived; the
 * snapshot JSON itself is read past, not parsed.
 */
final class SseViewers implements AutoCloseable {

    /** Called on a Netty thread for every complete event: keep it short. */
    interface Listener {
        void event(int viewer, long revision, long arrivedNanos);
    }

    record Target(String url, String bearer) {
    }

    private final ConnectionProvider connections;
    private final HttpClient client;
    private final List<Disposable> streams = new ArrayList<>();
    private final long[] lastRevision;
    private final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
    private final AtomicLong connected = new AtomicLong();
    private final AtomicLong ended = new AtomicLong();
    private volatile Listener listener = (viewer, revision, nanos) -> { };

    SseViewers(String name, int viewers) {
        // One connection per viewer and no queue: a viewer that cannot get a connection fails instead of waiting.
        this.connections = ConnectionProvider.builder(name).maxConnections(viewers + 16)
                .pendingAcquireMaxCount(-1).pendingAcquireTimeout(Duration.ofSeconds(60)).build();
        this.client = HttpClient.create(connections).keepAlive(true);
        this.lastRevision = new long[viewers];
    }

    void listen(Listener listener) {
        this.listener = listener;
    }

    long lastRevision(int viewer) {
        synchronized (lastRevision) {
            return lastRevision[viewer];
        }
    }

    long connected() {
        return connected.get();
    }

    /** Streams that ended or failed after they had connected (the server closed them). */
    long ended() {
        return ended.get();
    }

    Map<String, Long> failures() {
        Map<String, Long> copy = new TreeMap<>();
        failures.forEach((why, count) -> copy.put(why, count.get()));
        return copy;
    }

    /**
     * Opens a stream per target, at most {@code parallel} connecting at once, and returns when each has received its
     * first event (the snapshot sent on connect) or failed, or {@code within} has passed.
     */
    void connect(List<Target> targets, int parallel, Duration within) throws InterruptedException {
        CountDownLatch settled = new CountDownLatch(targets.size());
        java.util.concurrent.Semaphore slots = new java.util.concurrent.Semaphore(parallel);
        long giveUp = System.nanoTime() + within.toNanos();
        for (int i = 0; i < targets.size(); i++) {
            long left = giveUp - System.nanoTime();
            if (left <= 0 || !slots.tryAcquire(left, TimeUnit.NANOSECONDS)) {
                break;
            }
            int viewer = i;
            boolean[] first = {true};
            Runnable firstEventOrFailure = () -> {
                synchronized (first) {
                    if (first[0]) {
                        first[0] = false;
                        slots.release();
                        settled.countDown();
                    }
                }
            };
            Disposable stream = open(viewer, targets.get(i), firstEventOrFailure);
            synchronized (streams) {
                streams.add(stream);
            }
        }
        settled.await(Math.max(0, giveUp - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    private Disposable open(int viewer, Target target, Runnable firstEventOrFailure) {
        EventParser parser = new EventParser();
        boolean[] counted = {false};
        return client
                .headers(headers -> headers.set(HttpHeaderNames.AUTHORIZATION, target.bearer())
                        .set(HttpHeaderNames.ACCEPT, "text/event-stream"))
                .get().uri(target.url())
                .response((response, body) -> {
                    if (response.status().code() != 200) {
                        return body.then(Mono.error(new IllegalStateException("HTTP " + response.status().code())));
                    }
                    return body.doOnNext(buffer -> parser.feed(buffer, revision -> {
                        long now = System.nanoTime();
                        synchronized (lastRevision) {
                            lastRevision[viewer] = Math.max(lastRevision[viewer], revision);
                        }
                        if (!counted[0]) {
                            counted[0] = true;
                            connected.incrementAndGet();
                            firstEventOrFailure.run();
                        }
                        listener.event(viewer, revision, now);
                    })).then();
                })
                .then()
                .subscribe(done -> { }, error -> {
                    String why = error.getMessage() == null ? error.getClass().getSimpleName()
                            : error.getClass().getSimpleName() + ": " + firstLine(error.getMessage());
                    failures.computeIfAbsent(counted[0] ? "ended: " + why : why, key -> new AtomicLong())
                            .incrementAndGet();
                    if (counted[0]) {
                        ended.incrementAndGet();
                    }
                    firstEventOrFailure.run();
                }, () -> {
                    if (counted[0]) {
                        ended.incrementAndGet();
                        failures.computeIfAbsent("ended by the server", key -> new AtomicLong()).incrementAndGet();
                    } else {
                        failures.computeIfAbsent("ended before the first event", key -> new AtomicLong())
                                .incrementAndGet();
                    }
                    firstEventOrFailure.run();
                });
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    @Override
    public void close() {
        synchronized (streams) {
            streams.forEach(Disposable::dispose);
            streams.clear();
        }
        connections.disposeLater().onErrorResume(error -> Mono.empty()).block(Duration.ofSeconds(30));
    }

    /**
     * Server-sent events, byte by byte: a line is kept only while it is short (an {@code id:} line is); the long
     * {@code data:} line is skipped up to its end. An empty line ends an event, which is reported with its id.
     */
    static final class EventParser {

        interface Events {
            void event(long id);
        }

        private static final int KEEP = 64;
        private final byte[] line = new byte[KEEP];
        private int length;
        private boolean overflow;
        private boolean lastWasCarriageReturn;
        private long id = -1;
        private boolean hasField;

        void feed(ByteBuf buffer, Events events) {
            for (int i = buffer.readerIndex(); i < buffer.writerIndex(); i++) {
                byte b = buffer.getByte(i);
                if (b == '\n' && lastWasCarriageReturn) {
                    lastWasCarriageReturn = false;
                    continue; // the \n of a \r\n
                }
                lastWasCarriageReturn = b == '\r';
                if (b == '\n' || b == '\r') {
                    endOfLine(events);
                } else if (length < KEEP) {
                    line[length++] = b;
                } else {
                    overflow = true;
                }
            }
        }

        private void endOfLine(Events events) {
            if (length == 0 && !overflow) {
                if (hasField && id >= 0) {
                    events.event(id);
                }
                hasField = false;
                return;
            }
            if (line[0] != ':') { // a comment (": keepalive") is not an event field
                hasField = true;
                if (!overflow && length > 3 && line[0] == 'i' && line[1] == 'd' && line[2] == ':') {
                    String value = new String(line, 3, length - 3, StandardCharsets.US_ASCII).trim();
                    try {
                        id = Long.parseLong(value);
                    } catch (NumberFormatException notARevision) {
                        id = -1;
                    }
                }
            }
            length = 0;
            overflow = false;
        }
    }
}
