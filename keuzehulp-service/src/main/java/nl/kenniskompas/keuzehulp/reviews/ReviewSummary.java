package nl.kenniskompas.keuzehulp.reviews;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * How one source rated an instrument: how many (visible) reviews, and averages only from the minimum number on, so one
 * enthusiastic or angry review does not stand for the instrument.
 */
public record ReviewSummary(int count, Double average, Double result, Double execution) {

    static ReviewSummary of(List<Review> reviews, int minimum) {
        List<Review> shown = reviews.stream().filter(review -> !review.hidden()).toList();
        if (shown.size() < minimum || shown.isEmpty()) {
            return new ReviewSummary(shown.size(), null, null, null);
        }
        return new ReviewSummary(shown.size(), average(shown.stream().map(Review::general).toList()),
                average(shown.stream().map(Review::result).filter(java.util.Objects::nonNull).toList()),
                average(shown.stream().map(Review::execution).filter(java.util.Objects::nonNull).toList()));
    }

    private static Double average(List<Integer> scores) {
        if (scores.isEmpty()) {
            return null;
        }
        double mean = scores.stream().mapToInt(Integer::intValue).average().orElseThrow();
        return BigDecimal.valueOf(mean).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
