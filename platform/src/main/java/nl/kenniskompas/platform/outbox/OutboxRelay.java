package nl.kenniskompas.platform.outbox;

import nl.kenniskompas.platform.events.CloudEventRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import org.bson.Document;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes the pending events that documents carry in their {@code outbox} array, oldest first per document, and
 * removes each one only after the broker acknowledged it ({@code acks=all}). A pass handles up to 500 documents in a
 * handful of store round trips, with all their events in flight together, so a backlog drains at broker speed. A send that fails stays pending, its
 * attempt counted, and is tried again on the next pass, so a broker outage delays events but loses none.
 * <p>
 * Relays of several instances claim a document before sending its events, so normally each event is sent once.
 * Delivery is still at least once: a crash between the acknowledgement and the removal publishes the event again
 * with the same id, which consumers ignore. A pass runs right after a write ({@link #nudge(String, Object)}) and on a
 * fixed interval; every {@code scanInterval} it also searches whole collections, the safety net for events no writer
 * pointed at (a restart, a crashed instance).
 */
public class OutboxRelay implements AutoCloseable {

    static final String FIELD = "outbox";
    /** Documents with an outbox keep their optimistic-locking version ({@code @Version}) in this field. */
    static final String VERSION_FIELD = "revision";
    /** The relays' claims on documents, one per claimed document. */
    static final String CLAIMS = "outboxClaims";
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
    /** Documents a writer told us about since the last pass, per collection: found without scanning. */
    private final Map<String, Set<Object>> hinted = new ConcurrentHashMap<>();
    private final Duration scanInterval;
    /** When the next pass searches whole collections; {@link #nudge()} brings it forward from any thread. */
    private volatile Instant nextScan = Instant.MIN;
    private final Clock clock;
    // Touched only on the relay thread.
    private int consecutiveFailures;
    private Instant pausedUntil = Instant.MIN;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, List<String> collections,
                       String source, Duration interval, Duration sendTimeout) {
        this(mongo, kafka, collections, source, interval, sendTimeout, Duration.ofSeconds(30));
    }

    /**
     * @param scanInterval how often a pass also searches whole collections for pending events (the store has no index
     *                     for "has pending events"): after a restart, for events of a crashed instance, and for events
     *                     whose writer did not {@linkplain #nudge(String, Object) say which document} changed
     */
    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, List<String> collections,
                       String source, Duration interval, Duration sendTimeout, Duration scanInterval) {
        this.scanInterval = scanInterval;
        this.mongo = mongo;
        this.kafka = kafka;
        this.collections = List.copyOf(collections);
        this.source = source;
        this.sendTimeout = sendTimeout;
        this.clock = Clock.systemUTC();
        worker.scheduleWithFixedDelay(this::passSafely, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Asks for a pass soon that searches every collection for pending events. */
    public void nudge() {
        nextScan = Instant.MIN;
        queuePass();
    }

    /**
     * Asks for a pass soon for one document that just got a pending event. Cheap at any volume: the pass goes straight
     * to the document by its id instead of searching the collection.
     */
    public void nudge(String collection, Object id) {
        hinted.computeIfAbsent(collection, c -> ConcurrentHashMap.newKeySet()).add(id);
        queuePass();
    }

    private void queuePass() {
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
        boolean scan = !clock.instant().isBefore(nextScan);
        if (scan) {
            nextScan = clock.instant().plus(scanInterval);
        }
        int published = 0;
        boolean more = false;
        boolean failed = false;
        for (String collection : collections) {
            List<Object> ids = scan ? pendingIn(collection) : takeHints(collection);
            Batch batch = passOver(collection, ids);
            published += batch.published();
            failed |= batch.failed();
            if (scan && batch.full()) {
                nextScan = Instant.MIN; // the search found a full batch: search on
                more = true;
            }
            more |= !hinted.getOrDefault(collection, Set.of()).isEmpty();
        }
        if (failed) {
            nextScan = Instant.MIN; // what failed stays pending; the next pass (after the back-off) searches for it
        } else if (more) {
            queuePass(); // a backlog: go on at once instead of waiting for the interval
        }
        return published;
    }

    /** The unindexed search: documents whose outbox is not empty. */
    private List<Object> pendingIn(String collection) {
        Query pending = Query.query(Criteria.where(FIELD + ".0").exists(true)).limit(DOCUMENTS_PER_PASS);
        pending.fields().include("_id");
        return mongo.find(pending, Document.class, collection).stream().map(document -> document.get("_id")).toList();
    }

    private List<Object> takeHints(String collection) {
        Set<Object> ids = hinted.getOrDefault(collection, Set.of());
        List<Object> taken = new ArrayList<>();
        for (Object id : ids) {
            if (taken.size() == DOCUMENTS_PER_PASS) {
                break;
            }
            taken.add(id);
        }
        taken.forEach(ids::remove);
        return taken;
    }

    private record Batch(int published, boolean full, boolean failed) {
    }

    /**
     * One batch of a collection in a few round trips, whatever its size: claim the documents with pending events, read
     * what is pending in the ones this pass claimed, send all of it without waiting in between (the producer batches
     * and keeps per-key order), then per document remove what the broker acknowledged and release the claim.
     */
    private Batch passOver(String collection, List<Object> ids) {
        if (ids.isEmpty()) {
            return new Batch(0, false, false);
        }
        String claim = UUID.randomUUID().toString();
        List<Object> mine = claim(collection, ids, claim);
        // One read per document, by its id alone: the wire-protocol store answers only that from its index; any other
        // condition, even next to the id, makes it scan the whole collection.
        List<Document> claimed = new ArrayList<>();
        for (Object id : mine) {
            Document document = mongo.findById(id, Document.class, collection);
            if (document != null && !document.getList(FIELD, Document.class, List.of()).isEmpty()) {
                claimed.add(document);
            }
        }
        if (claimed.isEmpty()) {
            release(collection, mine);
            return new Batch(0, ids.size() == DOCUMENTS_PER_PASS, false);
        }

        Map<Object, List<Sending>> sendings = new LinkedHashMap<>();
        for (Document document : claimed) {
            List<Sending> ofDocument = new ArrayList<>();
            for (Document event : document.getList(FIELD, Document.class)) {
                ofDocument.add(send(event));
            }
            sendings.put(document.get("_id"), ofDocument);
        }

        long deadline = System.nanoTime() + sendTimeout.toNanos();
        BulkOperations updates = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        int published = 0;
        boolean failed = false;
        for (var entry : sendings.entrySet()) {
            Object id = entry.getKey();
            List<String> acknowledged = new ArrayList<>();
            for (Sending sending : entry.getValue()) {
                Exception failure = sending.await(deadline);
                if (failure != null) {
                    failed = true;
                    backOffAfter(failure, sending.eventId(), collection, id);
                    updates.updateOne(Query.query(Criteria.where("_id").is(id).and(FIELD + ".eventId").is(sending.eventId())),
                            new Update().inc(FIELD + ".$.attempts", 1).set(FIELD + ".$.lastError", String.valueOf(failure.getMessage())));
                    // Later events of this document stay too: they must not overtake this one for good.
                    break;
                }
                acknowledged.add(sending.eventId());
            }
            if (!acknowledged.isEmpty()) {
                // By id alone (the store's index), whatever a writer saved meanwhile: its sent events must leave the
                // outbox. Bumping the version makes a writer holding a copy from before this pull retry on fresh data,
                // instead of saving the published events back into the outbox.
                updates.updateOne(Query.query(Criteria.where("_id").is(id)), new Update()
                        .pull(FIELD, new Document("eventId", new Document("$in", acknowledged))).inc(VERSION_FIELD, 1));
            }
            published += acknowledged.size();
        }
        if (!sendings.isEmpty()) {
            updates.execute();
        }
        release(collection, mine);
        if (!failed && published > 0) {
            consecutiveFailures = 0;
        }
        return new Batch(published, ids.size() == DOCUMENTS_PER_PASS, failed);
    }

    /**
     * One relay at a time per document: with several instances of a service, each pending event is sent by the one
     * that claimed its document. A claim is a document of its own in {@value #CLAIMS}, keyed by collection and id, so
     * taking, checking and releasing it are all by id (the local store scans for anything else). A claim expires, so
     * a relay that died while holding one delays, not blocks; two relays taking over the same expired claim at once
     * may both send its events, which consumers ignore by event id (delivery is at least once anyway).
     *
     * @return the ids this relay now holds
     */
    private List<Object> claim(String collection, List<Object> ids, String claim) {
        Instant now = clock.instant();
        List<Object> mine = new ArrayList<>();
        for (Object id : ids) {
            String key = claimKey(collection, id);
            Document mark = new Document("_id", key).append("by", claim).append("until", java.util.Date.from(now.plus(CLAIM_DURATION)));
            try {
                mongo.insert(mark, CLAIMS);
                mine.add(id);
            } catch (DuplicateKeyException held) {
                Document holder = mongo.findById(key, Document.class, CLAIMS);
                if (holder == null || holder.getDate("until").toInstant().isBefore(now)) {
                    mongo.save(mark, CLAIMS); // released meanwhile, or its relay is gone
                    mine.add(id);
                }
            }
        }
        return mine;
    }

    private void release(String collection, List<Object> ids) {
        if (ids.isEmpty()) {
            return;
        }
        BulkOperations releases = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, CLAIMS);
        ids.forEach(id -> releases.remove(Query.query(Criteria.where("_id").is(claimKey(collection, id)))));
        releases.execute();
    }

    private static String claimKey(String collection, Object id) {
        return collection + ":" + id;
    }

    private Sending send(Document event) {
        String eventId = event.getString("eventId");
        try {
            OutboxMessage message = mongo.getConverter().read(OutboxMessage.class, event);
            return new Sending(eventId, kafka.send(CloudEventRecords.toRecord(message, source)), null);
        } catch (RuntimeException unsendable) {
            return new Sending(eventId, null, unsendable);
        }
    }

    /** An event on its way to the broker. */
    private record Sending(String eventId, CompletableFuture<?> acknowledgement, Exception refused) {

        /** Null once the broker acknowledged it; the failure otherwise. */
        Exception await(long deadlineNanos) {
            if (refused != null) {
                return refused;
            }
            try {
                acknowledgement.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return e;
            } catch (ExecutionException | TimeoutException e) {
                return e;
            }
        }
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

    /** Runs a searching pass now, ignoring any back-off, on the relay thread and waits for it; for tests and shutdown. */
    public int flush() {
        try {
            return worker.submit(() -> {
                pausedUntil = Instant.MIN;
                nextScan = Instant.MIN;
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
