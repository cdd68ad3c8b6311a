package nl.kenniskompas.infra.fault;

import nl.kenniskompas.infra.load.Http;
import nl.kenniskompas.infra.load.Kopkraker;
import nl.kenniskompas.infra.load.Professional;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Steady vote load through the gateway: each worker owns a share of the (professional, Kopkraker) pairs and takes them
 * in turn at a fixed pace, so one pair never has two requests in flight and its answers come in the order it asked.
 * A professional's first vote is a random option; later ones change it half the time (a repeat is a no-op 200).
 */
final class VoteLoad {

    /** Status for a request that got no answer within the client timeout: a hang. */
    static final int TIMEOUT = -1;
    /** Status for a request that failed below HTTP (refused, reset): the gateway itself was unreachable. */
    static final int NO_CONNECTION = -2;

    record Pair(int index, Professional voter, Kopkraker kopkraker) {
    }

    /** One request: what was sent, the status (or {@link #TIMEOUT}/{@link #NO_CONNECTION}), the option answered. */
    record Outcome(int pair, String sent, int status, String answered, long sentAt, long answeredAt) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final Http http;
    private final String gatewayUrl;
    private final List<Pair> pairs;
    private final int workers;
    private final long periodNanos;
    private final List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    VoteLoad(Http http, String gatewayUrl, List<Pair> pairs, int workers, double votesPerSecond) {
        this.http = http;
        this.gatewayUrl = gatewayUrl;
        this.pairs = pairs;
        this.workers = workers;
        this.periodNanos = (long) (TimeUnit.SECONDS.toNanos(1) * workers / votesPerSecond);
    }

    void start() {
        running = true;
        for (int w = 0; w < workers; w++) {
            int worker = w;
            Thread thread = new Thread(() -> work(worker), "vote-load-" + w);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    /** Stops the workers after their request in flight (at most the client timeout). */
    void stop() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join();
        }
    }

    List<Outcome> outcomes() {
        synchronized (outcomes) {
            return List.copyOf(outcomes);
        }
    }

    private void work(int worker) {
        List<Pair> mine = pairs.stream().filter(pair -> pair.index() % workers == worker).toList();
        String[] chosen = new String[mine.size()];
        Random random = new Random(worker);
        long next = System.nanoTime() + random.nextLong(periodNanos);
        for (int turn = 0; running && !mine.isEmpty(); turn++) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            } else if (-wait > periodNanos) {
                next = System.nanoTime(); // fell behind (a slow answer): carry on at the pace, no burst to catch up
            }
            next += periodNanos;
            int slot = turn % mine.size();
            Pair pair = mine.get(slot);
            List<String> options = pair.kopkraker().options();
            String option = chosen[slot] == null || random.nextBoolean()
                    ? options.get(random.nextInt(options.size()))
                    : chosen[slot];
            Outcome outcome = vote(pair, option);
            outcomes.add(outcome);
            if (outcome.ok()) {
                chosen[slot] = outcome.answered();
            }
        }
    }

    /** One PUT through the gateway; never throws. */
    Outcome vote(Pair pair, String option) {
        long sentAt = System.currentTimeMillis();
        try {
            Http.Answer answer = http.putJson(gatewayUrl + "/api/v1/kopkrakers/" + pair.kopkraker().id() + "/stem",
                    pair.voter().bearer(), "{\"optionId\":\"" + option + "\"}");
            String answered = answer.ok() ? answer.json().path("optionId").asString() : null;
            return new Outcome(pair.index(), option, answer.status(), answered, sentAt, System.currentTimeMillis());
        } catch (HttpTimeoutException e) {
            return new Outcome(pair.index(), option, TIMEOUT, null, sentAt, System.currentTimeMillis());
        } catch (IOException e) {
            return new Outcome(pair.index(), option, NO_CONNECTION, null, sentAt, System.currentTimeMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(pair.index(), option, NO_CONNECTION, null, sentAt, System.currentTimeMillis());
        }
    }
}
