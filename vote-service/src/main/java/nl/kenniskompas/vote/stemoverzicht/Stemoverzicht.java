package nl.kenniskompas.vote.stemoverzicht;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * "Wat kozen je collega's?" as a professional sees it: my organisation, nationwide and the breakdowns. A suppressed
 * part has no total and no options, only the fact that it is suppressed. {@code organisation} is absent in the
 * national export.
 */
record Stemoverzicht(String caseId, long revision, int minimumGroupSize, Organisation organisation, Part nationwide,
                     List<Breakdown> breakdowns) {

    record Organisation(String tenant, String name, boolean suppressed, Long total, List<OptionShare> options) {
        Organisation(String tenant, String name, Part part) {
            this(tenant, name, part.suppressed(), part.total(), part.options());
        }
    }

    record Part(boolean suppressed, Long total, List<OptionShare> options) {

        static Part shown(List<String> optionIds, Map<String, Long> counts) {
            long total = Disclosure.total(optionIds, counts);
            return new Part(false, total, optionIds.stream()
                    .map(option -> OptionShare.of(option, counts.getOrDefault(option, 0L), total))
                    .toList());
        }

        static Part suppressedPart() {
            return new Part(true, null, List.of());
        }
    }

    record Breakdown(String dimension, String label, List<Group> groups) {
    }

    record Group(String group, String label, boolean suppressed, Long total, List<OptionShare> options) {
        Group(String group, String label, Part part) {
            this(group, label, part.suppressed(), part.total(), part.options());
        }
    }

    record OptionShare(String optionId, long count, double percentage) {
        static OptionShare of(String optionId, long count, long total) {
            double percentage = total == 0 ? 0.0
                    : BigDecimal.valueOf(count * 100.0 / total).setScale(1, RoundingMode.HALF_UP).doubleValue();
            return new OptionShare(optionId, count, percentage);
        }
    }
}
