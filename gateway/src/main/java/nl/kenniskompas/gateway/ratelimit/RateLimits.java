package nl.kenniskompas.gateway.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * In-memory token buckets: one per user and one per tenant. The user's bucket is charged first, so a user who is
 * over their own limit does not use up their colleagues' share of the tenant's budget.
 */
public final class RateLimits {

    public enum Scope { USER, TENANT }

    /** The outcome for one request; {@code retryAfter} is zero when it may pass. */
    public record Decision(Scope limitedBy, Duration retryAfter) {

        static final Decision ALLOWED = new Decision(null, Duration.ZERO);

        public boolean allowed() {
            return limitedBy == null;
        }
    }

    private final RateLimitProperties properties;
    private final Cache<String, Bucket> userBuckets;
    // Tenants come from validated tokens only, so this map never holds more than the configured tenants.
    private final Map<String, Bucket> tenantBuckets = new ConcurrentHashMap<>();

    public RateLimits(RateLimitProperties properties) {
        this.properties = properties;
        this.userBuckets = Caffeine.newBuilder()
                .maximumSize(properties.maxTrackedUsers())
                .expireAfterAccess(properties.perUser().timeToFull().plusMinutes(1))
                .build();
    }

    public Decision tryAcquire(String tenant, String subject) {
        ConsumptionProbe user = userBuckets.get(tenant + '\u0000' + subject, key -> bucket(properties.perUser()))
                .tryConsumeAndReturnRemaining(1);
        if (!user.isConsumed()) {
            return new Decision(Scope.USER, Duration.ofNanos(user.getNanosToWaitForRefill()));
        }
        ConsumptionProbe organisation = tenantBuckets.computeIfAbsent(tenant, key -> bucket(properties.perTenant()))
                .tryConsumeAndReturnRemaining(1);
        if (!organisation.isConsumed()) {
            return new Decision(Scope.TENANT, Duration.ofNanos(organisation.getNanosToWaitForRefill()));
        }
        return Decision.ALLOWED;
    }

    private static Bucket bucket(RateLimitProperties.Limit limit) {
        return Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.capacity())
                        .refillGreedy(limit.refillTokens(), limit.refillPeriod()))
                .build();
    }
}
