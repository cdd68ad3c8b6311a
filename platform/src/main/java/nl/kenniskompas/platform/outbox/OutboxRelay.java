package nl.kenniskompas.platform.outbox;

import nl.kenniskompas.platform.events.CloudEventRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import org.bson.Document;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes the pending events that documents carry in their {@code outbox} array, oldest first per document, and
 * removes each one only after the broker acknowledged it ({@code acks=all}). A send that fails stays pending, its
 * attempt counted, and is tried again on the next pass, so a broker outage delays events but loses none.
 * <p>
 * Relays of several instances claim a document before sending its events, so normally each event is sent once.
 * Delivery is still at least once: a crash between the acknowledgement and the removal publishes the event again
 * with the same id, which consumers ignore. A pass runs right after a write ({@link #nudge()}) and on a fixed interval.
 */
public class OutboxRelay implements AutoCloseable {

    static final String FIELD = "outbox";
    /** Documents with an outbox keep their optimistic-locking version ({@code @Version}) in this field. */
    static final String VERSION_FIELD = "revision";
    static final String CLAIM_FIELD = "outboxClaimedUntil";
    private static final Duration CLAIM_DURATION = Duration.ofSeconds(60);
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int DOCUMENTS_PER_PASS = 500;

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, String> kafka;
    private final List<String> collections;
    private final String source;
    private final Duration sendTimeout;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean passQueued = new AtomicBoolean();
    private final Clock clock;
    // Touched only on the relay thread.
    private int consecutiveFailures;
    private Instant pausedUntil = Instant.MIN;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, List<String> collections,
                       String source, Duration interval, Duration sendTimeout) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.collections = List.copyOf(collections);
        this.source = source;
        this.sendTimeout = sendTimeout;
        this.clock = Clock.systemUTC();
        worker.scheduleWithFixedDelay(this::passSafely, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Asks for a pass soon, e.g. right after a write that added a pending event. */
    public void nudge() {
        if (passQueued.compareAndSet(false, true)) {
            worker.execute(this::passSafely);
        }
    }

    /** Publishes what is pending now; returns how many events went out. Runs on the relay's own thread. */
    int pass() {
        passQueued.set(false);
        if (clock.instant().isBefore(pausedUntil)) {
            return 0;
        }
        int published = 0;
        for (String collection : collections) {
            Query pending = Query.query(Criteria.where(FIELD + ".0").exists(true)).limit(DOCUMENTS_PER_PASS);
            for (Document document : mongo.find(pending, Document.class, collection)) {
                published += publishPendingOf(collection, document);
            }
        }
        return published;
    }

    private int publishPendingOf(String collection, Document document) {
        Object id = document.get("_id");
        if (!claim(collection, id)) {
            return 0;
        }
        try {
            return publishClaimed(collection, document, id);
        } finally {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().unset(CLAIM_FIELD), collection);
        }
    }

    /**
     * One relay at a time per document: with several instances of a service, each pending event is sent by the one
     * that claimed its document. A claim expires, so a relay that died while holding one delays, not blocks.
     */
    private boolean claim(String collection, Object id) {
        Instant now = clock.instant();
        Query unclaimed = Query.query(Criteria.where("_id").is(id).orOperator(
                Criteria.where(CLAIM_FIELD).exists(false),
                Criteria.where(CLAIM_FIELD).lt(now)));
        Update claim = new Update().set(CLAIM_FIELD, now.plus(CLAIM_DURATION)).inc(VERSION_FIELD, 1);
        return mongo.updateFirst(unclaimed, claim, collection).getModifiedCount() == 1;
    }

    private int publishClaimed(String collection, Document document, Object id) {
        int published = 0;
        for (Document pending : document.getList(FIELD, Document.class)) {
            String eventId = pending.getString("eventId");
            try {
                OutboxMessage message = mongo.getConverter().read(OutboxMessage.class, pending);
                kafka.send(CloudEventRecords.toRecord(message, source))
                        .get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                backOffAfter(e, eventId, collection, id);
                mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and(FIELD + ".eventId").is(eventId)),
                        new Update().inc(FIELD + ".$.attempts", 1).set(FIELD + ".$.lastError", String.valueOf(e.getMessage())),
                        collection);
                // Later events of this document wait: they must not overtake this one.
                return published;
            }
            // Bumping the version makes a writer holding a copy from before this pull retry on fresh data,
            // instead of saving the published event back into the outbox.
            mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                    new Update().pull(FIELD, new Document("eventId", eventId)).inc(VERSION_FIELD, 1), collection);
            published++;
            consecutiveFailures = 0;
        }
        return published;
    }

    /** While the broker is away, wait longer between passes (up to 30 s) and log the cause once, not every pass. */
    private void backOffAfter(Exception failure, String eventId, String collection, Object id) {
        consecutiveFailures++;
        long pauseMillis = Math.min(30_000, 250L << Math.min(consecutiveFailures, 7));
        pausedUntil = clock.instant().plusMillis(pauseMillis);
        if (consecutiveFailures == 1) {
            log.warn("Could not publish event {} of {} {}; it stays pending and is retried", eventId, collection, id, failure);
        } else {
            log.warn("Still cannot publish event {} ({} attempts in a row): {}", eventId, consecutiveFailures, failure.toString());
        }
    }

    private void passSafely() {
        try {
            pass();
        } catch (RuntimeException e) {
            log.warn("Outbox pass failed; retrying on the next pass", e);
        }
    }

    /** Runs a pass now, ignoring any back-off, on the relay thread and waits for it; for tests and shutdown. */
    public int flush() {
        try {
            return worker.submit(() -> {
                pausedUntil = Instant.MIN;
                return pass();
            }).get(1, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException("Outbox flush failed", e);
        }
    }

    @Override
    public void close() {
        worker.shutdown();
    }
}
