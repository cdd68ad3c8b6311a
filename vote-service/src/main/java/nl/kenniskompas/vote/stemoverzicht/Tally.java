package nl.kenniskompas.vote.stemoverzicht;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Vote counts of one Kopkraker, per tenant and option. Nationwide counts are the sum over tenants. */
record Tally(Map<String, Map<String, Long>> perTenant) {

    static Tally empty() {
        return new Tally(Map.of());
    }

    Tally apply(Delta delta) {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        perTenant.forEach((tenant, options) -> counts.put(tenant, new TreeMap<>(options)));
        Map<String, Long> ofTenant = counts.computeIfAbsent(delta.tenant(), tenant -> new TreeMap<>());
        if (delta.fromOption() != null) {
            ofTenant.merge(delta.fromOption(), -1L, Long::sum);
        }
        ofTenant.merge(delta.toOption(), 1L, Long::sum);
        return new Tally(counts);
    }

    Map<String, Long> of(String tenant) {
        return perTenant.getOrDefault(tenant, Map.of());
    }

    Map<String, Long> nationwide() {
        Map<String, Long> sum = new HashMap<>();
        perTenant.values().forEach(options -> options.forEach((option, count) -> sum.merge(option, count, Long::sum)));
        return sum;
    }
}
