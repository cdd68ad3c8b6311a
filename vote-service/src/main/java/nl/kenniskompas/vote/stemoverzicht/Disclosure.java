package nl.kenniskompas.vote.stemoverzicht;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which vote counts may be shown without letting anyone infer a colleague's vote (k-anonymity). A group is shown only
 * if every option in it has at least {@code minimumGroupSize} votes: a count of 1 gives a vote away, and so does a 0
 * next to a full count ("all three jobcoaches chose A"). Suppressing a group is not enough when the others of its
 * breakdown and the whole are shown: subtraction would give it back. Then more groups are suppressed, smallest first,
 * until what is hidden together is itself safe to show.
 */
record Disclosure(int minimumGroupSize) {

    Disclosure {
        if (minimumGroupSize < 1) {
            throw new IllegalArgumentException("minimum group size must be at least 1, was " + minimumGroupSize);
        }
    }

    boolean showable(List<String> options, Map<String, Long> counts) {
        return options.stream().allMatch(option -> counts.getOrDefault(option, 0L) >= minimumGroupSize);
    }

    /**
     * The groups of one breakdown to suppress. {@code groups} partition {@code whole}: every vote is in exactly one
     * group. Groups without votes are never suppressed (they are not shown at all).
     */
    Set<String> suppressed(List<String> options, Map<String, Map<String, Long>> groups, Map<String, Long> whole) {
        Set<String> suppressed = new LinkedHashSet<>();
        groups.forEach((group, counts) -> {
            if (total(options, counts) > 0 && !showable(options, counts)) {
                suppressed.add(group);
            }
        });
        while (!suppressed.isEmpty()) {
            Map<String, Long> hidden = new HashMap<>(whole);
            groups.forEach((group, counts) -> {
                if (!suppressed.contains(group)) {
                    counts.forEach((option, count) -> hidden.merge(option, -count, Long::sum));
                }
            });
            if (showable(options, hidden)) {
                break;
            }
            var smallestShown = groups.entrySet().stream()
                    .filter(group -> !suppressed.contains(group.getKey()) && total(options, group.getValue()) > 0)
                    .min(Comparator.comparingLong((Map.Entry<String, Map<String, Long>> group) -> total(options, group.getValue()))
                            .thenComparing(Map.Entry::getKey));
            if (smallestShown.isEmpty()) {
                break;
            }
            suppressed.add(smallestShown.get().getKey());
        }
        return suppressed;
    }

    static long total(List<String> options, Map<String, Long> counts) {
        return options.stream().mapToLong(option -> counts.getOrDefault(option, 0L)).sum();
    }
}
