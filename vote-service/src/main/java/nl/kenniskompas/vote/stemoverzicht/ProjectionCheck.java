package nl.kenniskompas.vote.stemoverzicht;

import nl.kenniskompas.vote.ballot.Ballot;
import nl.kenniskompas.vote.ballot.Ballots;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Compares the projection with the votes of record: the ballots in the vote store. Counts the ballots as the
 * projection should have counted them (per tenant, function and years in the field) and reports every cell that
 * differs. Cells with zero votes are equal to absent ones: a moved vote leaves a zero behind in the projection.
 */
@Component
class ProjectionCheck {

    private static final int DIFFERENCES_SHOWN = 50;

    private final Ballots ballots;
    private final StemoverzichtQuery query;

    ProjectionCheck(Ballots ballots, StemoverzichtQuery query) {
        this.ballots = ballots;
        this.query = query;
    }

    Report compare() {
        return compare(null);
    }

    /** Compares one case, or every case when {@code onlyCaseId} is null. */
    Report compare(String onlyCaseId) {
        Map<String, Tally> expected = new TreeMap<>();
        long[] counts = new long[2];
        try (Stream<Ballot> all = ballots.streamAllBy()) {
            all.filter(ballot -> onlyCaseId == null || onlyCaseId.equals(ballot.caseId())).forEach(ballot -> {
                counts[0]++;
                if (ballot.announcementPending()) {
                    counts[1]++;
                }
                Delta delta = new Delta(ballot.tenant(), null,
                        new Delta.Counted(ballot.optionId(), ballot.function(), ballot.yearsInField()));
                expected.merge(ballot.caseId(), Tally.empty().apply(delta), (a, b) -> a.apply(delta));
            });
        }
        Map<String, Tally> counted = onlyCaseId == null ? query.all() : Map.of(onlyCaseId, query.tallyOf(onlyCaseId));
        List<String> differences = new ArrayList<>();
        Set<String> cases = new TreeSet<>(expected.keySet());
        cases.addAll(counted.keySet());
        for (String caseId : cases) {
            Tally votes = expected.getOrDefault(caseId, Tally.empty());
            Tally projection = counted.getOrDefault(caseId, Tally.empty());
            compare(caseId, "organisatie", votes.perTenant(), projection.perTenant(), differences);
            compare(caseId, "functie", votes.perFunction(), projection.perFunction(), differences);
            compare(caseId, "jaren-in-het-vak", votes.perYearsInField(), projection.perYearsInField(), differences);
        }
        long countedVotes = counted.values().stream()
                .mapToLong(tally -> tally.nationwide().values().stream().mapToLong(Long::longValue).sum()).sum();
        return new Report(differences.isEmpty(), counts[0], countedVotes, counts[1],
                differences.stream().limit(DIFFERENCES_SHOWN).toList());
    }

    private static void compare(String caseId, String dimension, Map<String, Map<String, Long>> votes,
                                Map<String, Map<String, Long>> projection, List<String> differences) {
        Set<String> groups = new TreeSet<>(votes.keySet());
        groups.addAll(projection.keySet());
        for (String group : groups) {
            Set<String> options = new TreeSet<>(votes.getOrDefault(group, Map.of()).keySet());
            options.addAll(projection.getOrDefault(group, Map.of()).keySet());
            for (String option : options) {
                long inVotes = votes.getOrDefault(group, Map.of()).getOrDefault(option, 0L);
                long inProjection = projection.getOrDefault(group, Map.of()).getOrDefault(option, 0L);
                if (inVotes != inProjection) {
                    differences.add(caseId + " " + dimension + " " + group + " " + option
                            + ": stemmen " + inVotes + ", projectie " + inProjection);
                }
            }
        }
    }

    /**
     * @param equal         every cell of every case is the same in the projection and the ballots
     * @param ballots       number of ballots (votes of record)
     * @param counted       number of votes the projection counts
     * @param pendingEvents ballots whose latest change is not yet on the topic; while > 0 the comparison is not final
     * @param differences   the first differing cells, readable
     */
    record Report(boolean equal, long ballots, long counted, long pendingEvents, List<String> differences) {
    }
}
