package nl.kenniskompas.kopkraker.release;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class ReleaseRhythmTest {

    @Test
    void elevenReleasedTwoWeeksApartUpToTheLastMorningAndTheTwelfthScheduledForTheNextSlot() {
        Instant firstStart = Instant.parse("2026-11-25T17:10:00Z");
        ReleaseRhythm rhythm = ReleaseRhythm.from(firstStart);

        assertThat(rhythm.moment(11, 12)).isEqualTo(Instant.parse("2026-11-25T07:00:00Z"));
        assertThat(rhythm.moment(1, 12)).isEqualTo(Instant.parse("2026-07-08T07:00:00Z"));
        assertThat(rhythm.moment(12, 12)).isEqualTo(Instant.parse("2026-12-09T07:00:00Z")).isAfter(firstStart);
        assertThat(Duration.between(rhythm.moment(5, 12), rhythm.moment(6, 12))).isEqualTo(Duration.ofDays(14));
    }

    @Test
    void aSingleSeedIsReleasedNotScheduled() {
        Instant firstStart = Instant.parse("2026-11-25T17:10:00Z");

        assertThat(ReleaseRhythm.from(firstStart).moment(1, 1)).isEqualTo(Instant.parse("2026-11-25T07:00:00Z"));
    }

    @Test
    void beforeSevenInTheMorningTheLastReleaseWasYesterday() {
        ReleaseRhythm rhythm = ReleaseRhythm.from(Instant.parse("2026-11-25T06:59:00Z"));

        assertThat(rhythm.moment(11, 12)).isEqualTo(Instant.parse("2026-11-24T07:00:00Z"));
        assertThat(rhythm.moment(3, 12).atOffset(ZoneOffset.UTC).toLocalTime()).isEqualTo(LocalTime.of(7, 0));
    }
}
