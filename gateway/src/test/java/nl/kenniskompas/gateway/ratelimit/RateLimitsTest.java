package nl.kenniskompas.gateway.ratelimit;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitsTest {

    private final RateLimits limits = new RateLimits(new RateLimitProperties(
            new RateLimitProperties.Limit(2, 1, Duration.ofHours(1)),
            new RateLimitProperties.Limit(3, 1, Duration.ofHours(1)),
            1000));

    @Test
    void limitsATenantAcrossItsUsers() {
        assertThat(limits.tryAcquire("uwv", "umar").allowed()).isTrue();
        assertThat(limits.tryAcquire("uwv", "umar").allowed()).isTrue();
        assertThat(limits.tryAcquire("uwv", "rita").allowed()).isTrue();

        RateLimits.Decision fourth = limits.tryAcquire("uwv", "pieter");

        assertThat(fourth.limitedBy()).isEqualTo(RateLimits.Scope.TENANT);
        assertThat(fourth.retryAfter()).isPositive();
        assertThat(limits.tryAcquire("gemeente-amsterdam", "anna").allowed()).isTrue();
    }

    @Test
    void aUserOverTheirLimitDoesNotUseUpTheirTenantsShare() {
        for (int i = 0; i < 10; i++) {
            limits.tryAcquire("uwv", "umar");
        }

        assertThat(limits.tryAcquire("uwv", "umar").limitedBy()).isEqualTo(RateLimits.Scope.USER);
        assertThat(limits.tryAcquire("uwv", "rita").allowed()).isTrue();
    }

    @Test
    void keepsUsersOfDifferentTenantsApart() {
        limits.tryAcquire("uwv", "sam");
        limits.tryAcquire("uwv", "sam");

        assertThat(limits.tryAcquire("uwv", "sam").allowed()).isFalse();
        assertThat(limits.tryAcquire("gemeente-amsterdam", "sam").allowed()).isTrue();
    }
}
