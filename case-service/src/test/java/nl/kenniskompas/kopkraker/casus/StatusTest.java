package nl.kenniskompas.kopkraker.casus;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;

import static nl.kenniskompas.kopkraker.casus.Status.ARCHIVED;
import static nl.kenniskompas.kopkraker.casus.Status.IN_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every pair of states: the editorial moves allowed, and every other one refused, also by the aggregate itself. */
class StatusTest {

    private static final Set<String> ALLOWED = Set.of(
            "DRAFT->IN_REVIEW", "DRAFT->ARCHIVED",
            "IN_REVIEW->DRAFT", "IN_REVIEW->SCHEDULED",
            "SCHEDULED->IN_REVIEW",
            "PUBLISHED->ARCHIVED");

    static Stream<Arguments> everyPair() {
        return Arrays.stream(Status.values())
                .flatMap(from -> Arrays.stream(Status.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    void onlyTheWorkflowsMovesAreAllowed(Status from, Status to) {
        boolean allowed = ALLOWED.contains(from + "->" + to);

        assertThat(from.editorMayMoveTo(to)).isEqualTo(allowed);
        Kopkraker kopkraker = inState(from);
        if (allowed) {
            kopkraker.moveTo(to, "rita", java.time.Instant.now(), java.time.Instant.now().plusSeconds(60));
            assertThat(kopkraker.status()).isEqualTo(to);
            assertThat(kopkraker.history()).last().satisfies(step -> {
                assertThat(step.from()).isEqualTo(from);
                assertThat(step.to()).isEqualTo(to);
                assertThat(step.by()).isEqualTo("rita");
            });
        } else {
            assertThatThrownBy(() -> kopkraker.moveTo(to, "rita", java.time.Instant.now(), null))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(kopkraker.status()).isEqualTo(from);
        }
    }

    private static Kopkraker inState(Status state) {
        Kopkraker kopkraker = new CaseFixture().build();
        java.time.Instant now = java.time.Instant.now();
        switch (state) {
            case DRAFT -> { }
            case IN_REVIEW -> kopkraker.moveTo(IN_REVIEW, "rita", now, null);
            case SCHEDULED -> kopkraker.schedule(now.plusSeconds(60));
            case PUBLISHED -> kopkraker.publish(now, null);
            case ARCHIVED -> kopkraker.moveTo(ARCHIVED, "rita", now, null);
        }
        return kopkraker;
    }
}
