package nl.kenniskompas.gateway.ratelimit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.Assert;

/**
 * {@code kenniskompas.rate-limits}: token buckets per user (tenant + subject) and per tenant, per gateway instance.
 *
 * @param maxTrackedUsers bound on the number of user buckets kept in memory
 */
@ConfigurationProperties("kenniskompas.rate-limits")
public record RateLimitProperties(
        @DefaultValue({"40", "20", "1s"}) Limit perUser,
        @DefaultValue({"500", "500", "1s"}) Limit perTenant,
        @DefaultValue("100000") long maxTrackedUsers) {

    /**
     * @param capacity     the burst: requests allowed at once from a full bucket
     * @param refillTokens requests added back per {@code refillPeriod} (the sustained rate)
     */
    public record Limit(long capacity, long refillTokens, Duration refillPeriod) {

        public Limit {
            Assert.isTrue(capacity > 0 && refillTokens > 0, "rate limit capacity and refill-tokens must be positive");
            Assert.isTrue(refillPeriod != null && !refillPeriod.isNegative() && !refillPeriod.isZero(),
                    "rate limit refill-period must be positive");
        }

        /** How long an untouched bucket takes to be full again: after that, forgetting it changes nothing. */
        Duration timeToFull() {
            long periods = (capacity + refillTokens - 1) / refillTokens;
            return refillPeriod.multipliedBy(periods);
        }
    }
}
