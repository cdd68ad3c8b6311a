package nl.kenniskompas.vote.stemoverzicht;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** No shown figure may let anyone work out a colleague's vote, alone or by subtraction. */
class DisclosureTest {

    private static final List<String> AB = List.of("A", "B");
    private final Disclosure k5 = new Disclosure(5);

    @ParameterizedTest(name = "A={0}, B={1}: shown={2}")
    @CsvSource({
            "5, 5, true",
            "12, 30, true",
            "4, 30, false",   // four votes for A are a handful of colleagues
            "30, 0, false",   // everyone in the group chose B: each one's vote is known
            "0, 0, false",
            "1, 1, false"})
    void aGroupIsShownOnlyWhenEveryOptionHasAtLeastTheMinimum(long a, long b, boolean shown) {
        assertThat(k5.showable(AB, Map.of("A", a, "B", b))).isEqualTo(shown);
    }

    @Test
    void aSmallGroupIsSuppressedAndSoIsTheNextSmallestWhenSubtractionWouldRevealIt() {
        Map<String, Map<String, Long>> functions = groups(
                "klantmanager", 20, 15,
                "jobcoach", 6, 5,
                "casemanager", 1, 2);
        Map<String, Long> nationwide = Map.of("A", 27L, "B", 22L);

        // casemanager alone is nationwide minus the shown groups; so jobcoach (the smallest shown) goes too.
        assertThat(k5.suppressed(AB, functions, nationwide)).containsExactlyInAnyOrder("casemanager", "jobcoach");
    }

    @Test
    void suppressedGroupsThatTogetherAreLargeEnoughNeedNoCompany() {
        Map<String, Map<String, Long>> functions = groups(
                "klantmanager", 20, 15,
                "jobcoach", 3, 4,
                "casemanager", 3, 2);
        Map<String, Long> nationwide = Map.of("A", 26L, "B", 21L);

        assertThat(k5.suppressed(AB, functions, nationwide)).containsExactlyInAnyOrder("jobcoach", "casemanager");
    }

    @Test
    void nothingIsSuppressedWhenEveryGroupIsLargeEnough() {
        Map<String, Map<String, Long>> functions = groups("klantmanager", 20, 15, "jobcoach", 6, 5);

        assertThat(k5.suppressed(AB, functions, Map.of("A", 26L, "B", 20L))).isEmpty();
    }

    @Test
    void groupsWithoutVotesAreNeverSuppressedBecauseTheyAreNotShown() {
        Map<String, Map<String, Long>> functions = groups("klantmanager", 20, 15, "jobcoach", 0, 0);

        assertThat(k5.suppressed(AB, functions, Map.of("A", 20L, "B", 15L))).isEmpty();
    }

    @Test
    void whenEverythingIsSmallEverythingIsSuppressed() {
        Map<String, Map<String, Long>> functions = groups("klantmanager", 2, 1, "jobcoach", 1, 0);

        assertThat(k5.suppressed(AB, functions, Map.of("A", 3L, "B", 1L))).containsExactlyInAnyOrder("klantmanager", "jobcoach");
    }

    @Test
    void theMinimumIsAtLeastOne() {
        assertThatThrownBy(() -> new Disclosure(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<String, Map<String, Long>> groups(Object... groupAThenB) {
        Map<String, Map<String, Long>> groups = new LinkedHashMap<>();
        for (int i = 0; i < groupAThenB.length; i += 3) {
            groups.put((String) groupAThenB[i], Map.of("A", ((Integer) groupAThenB[i + 1]).longValue(),
                    "B", ((Integer) groupAThenB[i + 2]).longValue()));
        }
        return groups;
    }
}
