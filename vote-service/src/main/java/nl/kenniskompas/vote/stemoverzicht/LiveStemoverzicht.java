package nl.kenniskompas.vote.stemoverzicht;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import nl.kenniskompas.platform.tenant.Tenant;
import nl.kenniskompas.vote.catalogue.PublishedCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The live stemoverzicht: viewers of a case get a full snapshot whenever its counts change, coalesced per case to at
 * most one event per {@code interval}. The first change after a quiet interval goes out at once, later ones wait for
 * the interval to end and then go out together as one snapshot: thousands of votes a second still mean one event a
 * second per viewer. A snapshot is rendered once per organisation, not per viewer.
 * <p>
 * Changes arrive from the projection of this instance, so viewers see the cases whose partitions this instance owns;
 * with one vote-service instance that is every case. Several instances would need the changes broadcast to all.
 */
@Component
class LiveStemoverzicht {

    static final String EVENT_NAME = "stemoverzicht";
    private static final Logger log = LoggerFactory.getLogger(LiveStemoverzicht.class);
    private static final Duration KEEPALIVE = Duration.ofSeconds(15);
    private static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);
    private static final long RECONNECT_AFTER_MS = 2000;
    private static final int SENDERS = 4;

    private final StemoverzichtFigures figures;
    private final JsonMapper json;
    private final Clock clock;
    private final long intervalMillis;
    private final Map<String, Channel> channels = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("stemoverzicht-live-timer"));
    private final ExecutorService senders = Executors.newFixedThreadPool(SENDERS, daemon("stemoverzicht-live-send"));

    LiveStemoverzicht(StemoverzichtFigures figures, JsonMapper json, Clock clock, MeterRegistry meters,
                      @Value("${kenniskompas.stemoverzicht.live.interval:1s}") Duration interval) {
        this.figures = figures;
        this.json = json;
        this.clock = clock;
        this.intervalMillis = interval.toMillis();
        timer.scheduleAtFixedRate(this::keepAlive, KEEPALIVE.toMillis(), KEEPALIVE.toMillis(), TimeUnit.MILLISECONDS);
        Gauge.builder("stemoverzicht.live.viewers", channels, all -> all.values().stream().mapToInt(c -> c.viewers.size()).sum())
                .description("Open server-sent-event streams of the stemoverzicht").register(meters);
    }

    /**
     * Opens a stream for one viewer. The current snapshot goes out at once, unless the viewer's {@code lastEventId}
     * says it already has it (a reconnect after a quiet period).
     */
    SseEmitter subscribe(PublishedCase kopkraker, Tenant tenant, Tally current, String lastEventId) {
        SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
        Viewer viewer = new Viewer(emitter, tenant);
        Channel channel = channels.computeIfAbsent(kopkraker.caseId(), id -> new Channel(kopkraker));
        channel.offer(current);
        channel.viewers.add(viewer);
        emitter.onCompletion(() -> leave(channel, viewer));
        emitter.onTimeout(emitter::complete);
        emitter.onError(error -> leave(channel, viewer));
        Tally latest = channel.latest;
        try {
            emitter.send(SseEmitter.event().reconnectTime(RECONNECT_AFTER_MS));
            if (String.valueOf(latest.revision()).equals(lastEventId)) {
                // The viewer has these figures. The projection may still announce this revision (it reports changes
                // when it commits, a moment after the store shows them): that must not reach the viewer twice.
                viewer.alreadyHas(latest.revision());
            } else {
                viewer.send(latest.revision(), render(channel.kopkraker, latest, tenant));
            }
        } catch (IOException gone) {
            leave(channel, viewer);
        }
        return emitter;
    }

    /** Called by the projection for every changed count. Cheap: it only remembers and schedules. */
    void changed(String caseId, Tally tally) {
        Channel channel = channels.get(caseId);
        if (channel == null) {
            return;
        }
        channel.offer(tally);
        long delay;
        synchronized (channel) {
            if (channel.flushScheduled) {
                return;
            }
            channel.flushScheduled = true;
            delay = Math.max(0, channel.lastFlushAt + intervalMillis - clock.millis());
        }
        timer.schedule(() -> flush(channel), delay, TimeUnit.MILLISECONDS);
    }

    /** After a rebuild revisions start again: every viewer reconnects and gets a fresh snapshot. */
    void closeAll() {
        channels.values().forEach(channel -> channel.viewers.forEach(viewer -> viewer.emitter.complete()));
    }

    private void flush(Channel channel) {
        Tally tally;
        synchronized (channel) {
            channel.flushScheduled = false;
            channel.lastFlushAt = clock.millis();
            tally = channel.latest;
        }
        Map<Tenant, List<Viewer>> byTenant = channel.viewers.stream().collect(Collectors.groupingBy(viewer -> viewer.tenant));
        byTenant.forEach((tenant, viewers) -> {
            String snapshot = render(channel.kopkraker, tally, tenant);
            for (List<Viewer> part : partition(viewers)) {
                senders.execute(() -> part.forEach(viewer -> {
                    try {
                        viewer.send(tally.revision(), snapshot);
                    } catch (IOException | IllegalStateException gone) {
                        leave(channel, viewer);
                    }
                }));
            }
        });
    }

    private void keepAlive() {
        channels.values().forEach(channel -> channel.viewers.forEach(viewer -> {
            try {
                viewer.emitter.send(SseEmitter.event().comment("keepalive"));
            } catch (IOException | IllegalStateException gone) {
                leave(channel, viewer);
            }
        }));
    }

    private void leave(Channel channel, Viewer viewer) {
        channel.viewers.remove(viewer);
        if (channel.viewers.isEmpty()) {
            channels.remove(channel.kopkraker.caseId(), channel);
        }
    }

    private String render(PublishedCase kopkraker, Tally tally, Tenant tenant) {
        return json.writeValueAsString(figures.forViewer(kopkraker, tally, tenant));
    }

    private static List<List<Viewer>> partition(List<Viewer> viewers) {
        int size = Math.max(1, (viewers.size() + SENDERS - 1) / SENDERS);
        List<List<Viewer>> parts = new ArrayList<>();
        for (int from = 0; from < viewers.size(); from += size) {
            parts.add(viewers.subList(from, Math.min(viewers.size(), from + size)));
        }
        return parts;
    }

    @PreDestroy
    void stop() {
        closeAll();
        timer.shutdownNow();
        senders.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The viewers of one case and what they should see next. */
    private static final class Channel {
        final PublishedCase kopkraker;
        final Set<Viewer> viewers = ConcurrentHashMap.newKeySet();
        volatile Tally latest = Tally.empty();
        boolean flushScheduled;
        long lastFlushAt;

        Channel(PublishedCase kopkraker) {
            this.kopkraker = kopkraker;
        }

        /** Keeps the newest counts; a late reader of the store must not put older ones back. */
        synchronized void offer(Tally tally) {
            if (tally.revision() >= latest.revision()) {
                latest = tally;
            }
        }
    }

    /** One open stream. Sends are ordered per viewer and never go backwards in revision. */
    private static final class Viewer {
        final SseEmitter emitter;
        final Tenant tenant;
        private long sentRevision = -1;

        Viewer(SseEmitter emitter, Tenant tenant) {
            this.emitter = emitter;
            this.tenant = tenant;
        }

        synchronized void alreadyHas(long revision) {
            sentRevision = Math.max(sentRevision, revision);
        }

        synchronized void send(long revision, String snapshot) throws IOException {
            if (revision <= sentRevision) {
                return;
            }
            emitter.send(SseEmitter.event().id(String.valueOf(revision)).name(EVENT_NAME)
                    .data(snapshot, MediaType.APPLICATION_JSON));
            sentRevision = revision;
        }
    }
}
