package nl.kenniskompas.vote.stemoverzicht;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Vote counts of one Kopkraker per option: per tenant, per function and per years in the field. Nationwide and per
 * organisation type are sums over tenants. {@code revision} counts the changes applied, so a viewer can tell whether
 * it has seen the latest figures.
 */
record Tally(long revision,
             Map<String, Map<String, Long>> perTenant,
             Map<String, Map<String, Long>> perFunction,
             Map<String, Map<String, Long>> perYearsInField) {

    /** The group of votes whose voter did not fill in that part of the profile. */
    static final String UNKNOWN = "onbekend";

    Tally {
        // Tallies stored before breakdowns existed have no function or years counts.
        perTenant = perTenant == null ? Map.of() : perTenant;
        perFunction = perFunction == null ? Map.of() : perFunction;
        perYearsInField = perYearsInField == null ? Map.of() : perYearsInField;
    }

    static Tally empty() {
        return new Tally(0, Map.of(), Map.of(), Map.of());
    }

    Tally apply(Delta delta) {
        return new Tally(revision + 1,
                moved(perTenant, delta, counted -> delta.tenant()),
                moved(perFunction, delta, Delta.Counted::function),
                moved(perYearsInField, delta, Delta.Counted::yearsInField));
    }

    private static Map<String, Map<String, Long>> moved(Map<String, Map<String, Long>> counts, Delta delta,
                                                        Function<Delta.Counted, String> groupOf) {
        Map<String, Map<String, Long>> copy = new TreeMap<>();
        counts.forEach((group, options) -> copy.put(group, new TreeMap<>(options)));
        if (delta.from() != null) {
            copy.computeIfAbsent(group(groupOf.apply(delta.from())), g -> new TreeMap<>())
                    .merge(delta.from().optionId(), -1L, Long::sum);
        }
        copy.computeIfAbsent(group(groupOf.apply(delta.to())), g -> new TreeMap<>())
                .merge(delta.to().optionId(), 1L, Long::sum);
        return copy;
    }

    private static String group(String value) {
        return value == null ? UNKNOWN : value;
    }

    Map<String, Long> of(String tenant) {
        return perTenant.getOrDefault(tenant, Map.of());
    }

    Map<String, Long> nationwide() {
        return sumOf(perTenant);
    }

    /** Counts per option of the tenants {@code groupOfTenant} puts in the same group (e.g. organisation type). */
    Map<String, Map<String, Long>> perTenantGroup(Function<String, String> groupOfTenant) {
        Map<String, Map<String, Long>> groups = new TreeMap<>();
        perTenant.forEach((tenant, options) -> options.forEach((option, count) ->
                groups.computeIfAbsent(groupOfTenant.apply(tenant), g -> new TreeMap<>()).merge(option, count, Long::sum)));
        return groups;
    }

    private static Map<String, Long> sumOf(Map<String, Map<String, Long>> groups) {
        Map<String, Long> sum = new HashMap<>();
        groups.values().forEach(options -> options.forEach((option, count) -> sum.merge(option, count, Long::sum)));
        return sum;
    }
}
