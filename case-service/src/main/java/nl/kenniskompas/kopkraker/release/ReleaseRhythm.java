package nl.kenniskompas.kopkraker.release;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/**
 * The release rhythm of the seed content, counted back from the first start: one Kopkraker every two weeks at 07:00
 * UTC, the newest on the last such morning, and the final one scheduled for the next slot, so a fresh platform shows a
 * history and an upcoming release.
 */
record ReleaseRhythm(Instant lastReleased) {

    static final Duration INTERVAL = Duration.ofDays(14);
    private static final LocalTime MORNING = LocalTime.of(7, 0);

    static ReleaseRhythm from(Instant firstStart) {
        Instant morning = firstStart.truncatedTo(ChronoUnit.DAYS).plusSeconds(MORNING.toSecondOfDay());
        return new ReleaseRhythm(morning.isAfter(firstStart) ? morning.minus(Duration.ofDays(1)) : morning);
    }

    /**
     * The moment of seed {@code number} (1-based) out of {@code count}; only the last lies in the future, unless it is
     * the only one.
     */
    Instant moment(int number, int count) {
        long newestReleased = count == 1 ? 1 : count - 1L;
        return lastReleased.plus(INTERVAL.multipliedBy(number - newestReleased));
    }
}
