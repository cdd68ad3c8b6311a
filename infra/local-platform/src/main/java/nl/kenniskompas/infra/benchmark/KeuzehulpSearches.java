package nl.kenniskompas.infra.benchmark;

import io.netty.handler.codec.http.HttpMethod;
import nl.kenniskompas.infra.load.Professional;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The searches of {@code benchmark-keuzehulp}: webshop searches with three active filters — an age band, what the
 * route should work on and the route category — as a professional clicks them. The category is picked as often as
 * instruments have it, the goal mostly one that fits the category (sometimes two goals, as alternatives), the age at
 * random. Consecutive requests differ in filters and in professional (and so in organisation): no answer is the same
 * as the one before it, and no professional reaches the gateway's per-user limit.
 */
final class KeuzehulpSearches {

    static final String PATH = "/api/v1/keuzehulp/instrumenten";
    private static final int POOL = 4096;
    private static final double[] CATEGORY_WEIGHTS = {0.15, 0.25, 0.5, 0.1};

    private final List<String> queries;
    private final List<Professional> professionals;

    /** @param professionals whose tokens the searches carry, in turn */
    KeuzehulpSearches(List<Professional> professionals, long seed) {
        if (professionals.isEmpty()) {
            throw new IllegalArgumentException("No professionals to search with");
        }
        this.professionals = List.copyOf(professionals);
        this.queries = queries(seed, POOL);
    }

    /** {@code count} query strings with three active filters ({@code leeftijd}, {@code doel}, {@code categorie}). */
    static List<String> queries(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> ages = KeuzehulpVocabulary.TAGGED.get(KeuzehulpVocabulary.LEEFTIJD);
        List<String> allGoals = KeuzehulpVocabulary.TAGGED.get(KeuzehulpVocabulary.DOEL);
        List<String> queries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String category = category(random);
            List<String> fitting = KeuzehulpVocabulary.GOALS_BY_CATEGORY.get(category);
            List<String> from = random.nextDouble() < 0.85 ? fitting : allGoals;
            String goal = from.get(random.nextInt(from.size()));
            if (random.nextDouble() < 0.3) {
                String other = from.get(random.nextInt(from.size()));
                if (!other.equals(goal)) {
                    goal = goal + "," + other;
                }
            }
            String age = ages.get(random.nextInt(ages.size()));
            queries.add("leeftijd=" + age + "&doel=" + goal + "&categorie=" + category);
        }
        return List.copyOf(queries);
    }

    private static String category(SplittableRandom random) {
        double roll = random.nextDouble();
        for (int i = 0; i < CATEGORY_WEIGHTS.length; i++) {
            roll -= CATEGORY_WEIGHTS[i];
            if (roll < 0) {
                return KeuzehulpVocabulary.CATEGORIES.get(i);
            }
        }
        return KeuzehulpVocabulary.CATEGORIES.get(KeuzehulpVocabulary.CATEGORIES.size() - 1);
    }

    String query(long n) {
        return queries.get((int) Math.floorMod(n, (long) queries.size()));
    }

    Professional professional(long n) {
        return professionals.get((int) Math.floorMod(n, (long) professionals.size()));
    }

    /** The {@code n}-th search, sent to {@code baseUrl} (the gateway or keuzehulp-service itself). */
    LoadGenerator.Request request(String baseUrl, long n) {
        return new LoadGenerator.Request(HttpMethod.GET, baseUrl + PATH + "?" + query(n), professional(n).bearer(),
                null);
    }

    int distinctQueries() {
        return (int) queries.stream().distinct().count();
    }
}
