package nl.kenniskompas.kopkraker.casus;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * How the case format counts words, defined once: a word is a run of non-space characters with at least one letter
 * or digit. So "MBO-4", "oplossingsgericht" and "2" are one word each, and a lone dash or bullet is none.
 */
public final class Words {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern HAS_LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");

    private Words() {
    }

    public static int count(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        return (int) Arrays.stream(WHITESPACE.split(text.strip()))
                .filter(token -> HAS_LETTER_OR_DIGIT.matcher(token).find())
                .count();
    }
}
