package nl.kenniskompas.platform.privacy;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import nl.kenniskompas.platform.problem.FieldProblem;
import nl.kenniskompas.platform.problem.Problem;
import org.springframework.http.HttpStatus;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses free text that contains a real person's data. Cases and dilemmas are about fictitious or anonymised clients,
 * so a BSN, an e-mail address, a phone number, an IBAN or a postcode with house number has no place in them. Numbers
 * count only when they are what they look like: a BSN passes the 11-check, an IBAN its mod-97 check, a phone number is
 * a valid Dutch or international number; "MBO-4", "27 jaar" or "2 jaar werkloos" are ordinary text.
 * <p>
 * The answer names the kind and the position, never the value: the problem may end up in logs.
 */
public final class PersonalDataGuard {

    /** Nine digits, optionally grouped with single spaces, dots or dashes (123456782, 1234.56.782, 123 456 782). */
    private static final Pattern BSN = Pattern.compile("(?<![\\d.,-])\\d(?:[ .-]?\\d){8}(?![\\d]|[.,-]\\d)");
    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}\\d._%+-]+@[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.\\p{L}{2,}", Pattern.UNICODE_CHARACTER_CLASS);
    /** Country code, two check digits, then 11 to 30 letters or digits, optionally in groups of four. */
    private static final Pattern IBAN = Pattern.compile(
            "\\b[A-Za-z]{2}\\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,3})?\\b");
    /**
     * A Dutch postcode (1234 AB or 1234AB; lower case only without a space, so "2026 en 2027" stays text) next to a
     * house number: "Kerkstraat 12, 1234 AB" or "1234 AB 12".
     */
    private static final String POSTCODE = "[1-9]\\d{3}(?: ?(?!SA|SD|SS)[A-Z]{2}|(?!sa|sd|ss)[a-z]{2})";
    private static final Pattern ADDRESS = Pattern.compile(
            "\\b\\p{L}[\\p{L}.'-]*\\s+\\d{1,5}(?:\\s?-?[A-Za-z]|-\\d{1,4})?,?\\s+" + POSTCODE + "\\b"
                    + "|\\b" + POSTCODE + ",?\\s+\\d{1,5}[A-Za-z]?\\b");
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private PersonalDataGuard() {
    }

    /** Where a kind of personal data was found: characters {@code start} (inclusive) to {@code end} (exclusive). */
    public record Finding(PersonalData kind, int start, int end) {
    }

    /** Everything that looks like personal data, in text order; overlapping findings are reported once. */
    public static List<Finding> findIn(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Finding> found = new ArrayList<>();
        collect(found, EMAIL, text, PersonalData.EMAIL);
        collectIbans(found, text);
        collect(found, BSN, text, PersonalData.BSN, PersonalDataGuard::passesElevenCheck);
        collect(found, ADDRESS, text, PersonalData.ADDRESS);
        for (PhoneNumberMatch match : PHONES.findNumbers(text, "NL", PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
            add(found, new Finding(PersonalData.PHONE, match.start(), match.end()));
        }
        found.sort(Comparator.comparingInt(Finding::start));
        return List.copyOf(found);
    }

    /**
     * Ends the request with a 422 problem if any field holds personal data, naming each field, the kind and where.
     * {@code fields} maps field names (as the client sent them, e.g. {@code dilemmas[0].approach1}) to their text.
     */
    public static void refuse(Map<String, String> fields) {
        List<FieldProblem> problems = new ArrayList<>();
        fields.forEach((field, text) -> findIn(text).forEach(finding -> problems.add(new FieldProblem(field,
                "Hier staat " + finding.kind().description() + " (teken " + (finding.start() + 1) + " t/m " + finding.end()
                        + "). Schrijf over de situatie zonder gegevens waarmee iemand te herkennen is."))));
        if (!problems.isEmpty()) {
            throw new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "persoonsgegevens",
                    "De tekst bevat persoonsgegevens. Haal ze weg of beschrijf het anders; de casus gaat over een"
                            + " verzonnen of onherkenbaar gemaakte klant.", problems);
        }
    }

    /** One field; see {@link #refuse(Map)}. */
    public static void refuse(String field, String text) {
        Map<String, String> one = new LinkedHashMap<>();
        one.put(field, text);
        refuse(one);
    }

    private static void collect(List<Finding> found, Pattern pattern, String text, PersonalData kind) {
        collect(found, pattern, text, kind, value -> true);
    }

    private static void collect(List<Finding> found, Pattern pattern, String text, PersonalData kind,
                                java.util.function.Predicate<String> confirmed) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            if (confirmed.test(matcher.group())) {
                add(found, new Finding(kind, matcher.start(), matcher.end()));
            }
        }
    }

    /**
     * Printed IBANs end in a short group ("NL91 ABNA 0417 1643 00"), so the pattern also swallows a short word after
     * one ("… 7034 in België"): drop trailing words until the check digits agree, or give up.
     */
    private static void collectIbans(List<Finding> found, String text) {
        Matcher matcher = IBAN.matcher(text);
        while (matcher.find()) {
            String candidate = matcher.group();
            while (!validIban(candidate) && candidate.contains(" ")) {
                candidate = candidate.substring(0, candidate.lastIndexOf(' '));
            }
            if (validIban(candidate)) {
                add(found, new Finding(PersonalData.IBAN, matcher.start(), matcher.start() + candidate.length()));
            }
        }
    }

    private static void add(List<Finding> found, Finding candidate) {
        boolean overlaps = found.stream().anyMatch(known -> candidate.start() < known.end() && known.start() < candidate.end());
        if (!overlaps) {
            found.add(candidate);
        }
    }

    /** The BSN 11-check: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and the number is not all zeros). */
    static boolean passesElevenCheck(String candidate) {
        String digits = candidate.replaceAll("\\D", "");
        if (digits.length() != 9 || digits.chars().allMatch(c -> c == '0')) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (digits.charAt(i) - '0');
        }
        sum -= digits.charAt(8) - '0';
        return sum % 11 == 0;
    }

    /** ISO 13616: move the first four characters to the end, letters to numbers (A=10 … Z=35), then mod 97 is 1. */
    static boolean validIban(String candidate) {
        String iban = candidate.replace(" ", "").toUpperCase(Locale.ROOT);
        if (iban.length() < 15 || iban.length() > 34) {
            return false;
        }
        StringBuilder numeric = new StringBuilder();
        for (char c : (iban.substring(4) + iban.substring(0, 4)).toCharArray()) {
            numeric.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(numeric.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }
}
