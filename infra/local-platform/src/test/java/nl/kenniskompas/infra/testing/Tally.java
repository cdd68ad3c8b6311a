package nl.kenniskompas.infra.testing;

import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;

/** Votes per option, as counted by a test or as shown in a stemoverzicht section. */
public record Tally(Map<String, Integer> counts) {

    public Tally {
        counts = new TreeMap<>(counts);
        counts.values().removeIf(count -> count == 0);
    }

    public static Tally empty() {
        return new Tally(Map.of());
    }

    /** The {@code organisation} or {@code nationwide} section of a stemoverzicht. */
    public static Tally of(JsonNode section) {
        Map<String, Integer> counts = new TreeMap<>();
        section.path("options").forEach(option ->
                counts.put(option.path("optionId").asString(), option.path("count").asInt()));
        return new Tally(counts);
    }

    public Tally plus(String optionId) {
        Map<String, Integer> more = new TreeMap<>(counts);
        more.merge(optionId, 1, Integer::sum);
        return new Tally(more);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** One decimal, half up: 2 of 3 is 66.7. */
    public BigDecimal percentage(String optionId) {
        if (total() == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(counts.getOrDefault(optionId, 0) * 100L)
                .divide(BigDecimal.valueOf(total()), 1, RoundingMode.HALF_UP);
    }
}
