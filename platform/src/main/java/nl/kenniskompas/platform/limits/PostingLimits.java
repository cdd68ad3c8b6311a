package nl.kenniskompas.platform.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import nl.kenniskompas.platform.problem.Problem;
import org.springframework.http.HttpStatus;

import java.time.Duration;
import java.util.List;

/**
 * How often one professional may post (reactions, replies, proposals, dilemmas): a few in a row, then one every so
 * many seconds, and a cap per hour. Buckets live in this instance's memory only, keyed by tenant and pseudonym, and
 * expire when unused: nothing about who posted is stored, which the anonymous dilemma intake relies on. The gateway's
 * per-user request limits still apply in front of it. Configured with {@code kenniskompas.posting.*}.
 */
public class PostingLimits {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofHours(2)).build();
    private final int burst;
    private final Duration refillEvery;
    private final int perHour;

    public PostingLimits(int burst, Duration refillEvery, int perHour) {
        this.burst = burst;
        this.refillEvery = refillEvery;
        this.perHour = perHour;
    }

    /** Takes one post from the person's allowance, or ends the request with a 429 problem saying when to try again. */
    public void take(String tenant, String person) {
        Bucket bucket = buckets.get(tenant + ":" + person, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(burst).refillGreedy(1, refillEvery).build())
                .addLimit(Bandwidth.builder().capacity(perHour).refillIntervally(perHour, Duration.ofHours(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
            throw new Problem(HttpStatus.TOO_MANY_REQUESTS, "te-veel-berichten",
                    "Je verstuurde net veel berichten achter elkaar. Probeer het over " + seconds + " seconden opnieuw.",
                    List.of()).retryAfter(seconds);
        }
    }
}
