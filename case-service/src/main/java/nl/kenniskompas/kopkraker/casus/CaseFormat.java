package nl.kenniskompas.kopkraker.casus;

import nl.kenniskompas.platform.problem.FieldProblem;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * TNO's case format (report 2021 R10648, chapter 4) as rules: every broken rule is named per field, with the count
 * where a count is the rule ("Belemmeringen: 19 woorden, maximaal 15"), so an editor can fix everything in one go.
 */
public final class CaseFormat {

    public static final int PROFILE_FIELD_WORDS = 15;
    public static final int BACKGROUND_MIN_WORDS = 150;
    public static final int BACKGROUND_MAX_WORDS = 170;
    public static final int GOOD_IDEA_WORDS = 50;
    public static final int SECTION_WORDS = 60;
    /** Sane upper bounds on characters, whatever the word count, so no field can carry a document. */
    static final int SHORT_TEXT_CHARS = 200;
    static final int SECTION_CHARS = 1_000;
    static final int BACKGROUND_CHARS = 2_500;

    public static final Set<String> CONCEPTS = Set.of(
            // Integraal gedragsmodel (IGM)
            "attitude", "sociale norm", "eigen-effectiviteit", "vaardigheden", "zelfregulering", "belemmeringen",
            // Wanberg
            "menselijk kapitaal", "sociaal kapitaal", "economische beloning", "discriminatie", "vraag arbeidsmarkt",
            // Zelfdeterminatietheorie
            "autonomie", "competentie", "verbondenheid");
    public static final Set<String> BENEFIT_TYPES = Set.of("WW", "IOW", "WIA", "WAO", "WAZ", "Wajong", "Ziektewet", "Wazo");

    private CaseFormat() {
    }

    public static List<FieldProblem> check(Kopkraker kopkraker) {
        var problems = new Problems();
        problems.requiredText("title", "Titel", kopkraker.title(), SHORT_TEXT_CHARS);
        if (kopkraker.profile() == null) {
            problems.add("profile", "De casus mist de vaste velden.");
        } else {
            for (ClientProfile.Field field : kopkraker.profile().inOrder()) {
                problems.words("profile." + field.field(), field.label(), field.value(), 1, PROFILE_FIELD_WORDS, SHORT_TEXT_CHARS);
            }
        }
        problems.requiredText("background", "Huidige situatie", kopkraker.background(), BACKGROUND_CHARS);
        problems.requiredText("dilemma", "Dilemma", kopkraker.dilemma(), SHORT_TEXT_CHARS * 2);
        int situationWords = Words.count(kopkraker.background()) + Words.count(kopkraker.dilemma());
        if (situationWords < BACKGROUND_MIN_WORDS || situationWords > BACKGROUND_MAX_WORDS) {
            problems.add("background", "Huidige situatie met dilemma: " + situationWords + " woorden, tussen "
                    + BACKGROUND_MIN_WORDS + " en " + BACKGROUND_MAX_WORDS);
        }
        if (kopkraker.dilemma() != null && !kopkraker.dilemma().strip().endsWith("?")) {
            problems.add("dilemma", "Dilemma: eindig met de vraag (een vraagteken).");
        }
        checkOptions(kopkraker.options(), problems);
        problems.requiredText("theme", "Thema", kopkraker.theme(), SHORT_TEXT_CHARS);
        for (String concept : kopkraker.concepts() == null ? List.<String>of() : kopkraker.concepts()) {
            if (!CONCEPTS.contains(concept)) {
                problems.add("concepts", "Onbekend begrip '" + concept + "'.");
            }
        }
        if (kopkraker.inspiredBy().size() > 20 || kopkraker.inspiredBy().stream().anyMatch(d -> d == null || d.length() > 80)) {
            problems.add("inspiredBy", "Noem hoogstens 20 praktijkdilemma's, elk met een geldig id.");
        }
        if (kopkraker.audience() == null) {
            problems.add("audience", "Kies voor wie: gemeente, UWV of beide.");
        }
        for (String benefit : kopkraker.benefitTypes() == null ? List.<String>of() : kopkraker.benefitTypes()) {
            if (!BENEFIT_TYPES.contains(benefit)) {
                problems.add("benefitTypes", "Onbekende uitkering '" + benefit + "'.");
            } else if (kopkraker.audience() == Audience.GEMEENTE) {
                problems.add("benefitTypes", "Een uitkeringssoort hoort bij een Kopkraker voor UWV.");
            }
        }
        return problems.list;
    }

    private static void checkOptions(List<Option> options, Problems problems) {
        if (options == null || options.size() != 2) {
            problems.add("options", "Een Kopkraker heeft precies twee handelingsopties.");
            return;
        }
        for (int i = 0; i < options.size(); i++) {
            Option option = options.get(i);
            String at = "options[" + i + "].";
            String name = "Optie " + (option.id() == null ? i + 1 : option.id()) + ", ";
            problems.requiredText(at + "id", name + "id", option.id(), 40);
            problems.requiredText(at + "title", name + "titel", option.title(), SHORT_TEXT_CHARS);
            problems.requiredText(at + "summary", name + "samenvatting", option.summary(), SHORT_TEXT_CHARS * 2);
            problems.words(at + "goodIdea", name + "Goed idee!", option.goodIdea(), 1, GOOD_IDEA_WORDS, SECTION_CHARS);
            problems.words(at + "howItWorks", name + "Hoe werkt het?", option.howItWorks(), 1, SECTION_WORDS, SECTION_CHARS);
            problems.words(at + "evidence", name + "Waaruit blijkt dat het werkt?", option.evidence(), 1, SECTION_WORDS, SECTION_CHARS);
            problems.words(at + "caution", name + "Let op", option.caution(), 1, SECTION_WORDS, SECTION_CHARS);
            if (!isWebLink(option.applyUrl())) {
                problems.add(at + "applyUrl", name + "Deze werkwijze toepassen?: geef een link die begint met http:// of https://.");
            }
            if (option.werkwijzen().size() > 3) {
                problems.add(at + "werkwijzen", name + "werkwijzen: kies er hoogstens drie.");
            }
            for (int j = 0; j < option.werkwijzen().size(); j++) {
                String code = option.werkwijzen().get(j);
                if (nl.kenniskompas.events.Werkwijze.fromCode(code).isEmpty()) {
                    problems.add(at + "werkwijzen[" + j + "]", name + "'" + code + "' is geen werkwijze uit de lijst.");
                }
            }
        }
        if (options.get(0).id() != null && options.get(0).id().equals(options.get(1).id())) {
            problems.add("options[1].id", "De twee opties hebben hetzelfde id.");
        }
    }

    static boolean isWebLink(String value) {
        if (value == null || value.length() > SHORT_TEXT_CHARS * 2) {
            return false;
        }
        try {
            URI uri = new URI(value);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static final class Problems {
        private final List<FieldProblem> list = new ArrayList<>();

        void add(String field, String message) {
            list.add(new FieldProblem(field, message));
        }

        void requiredText(String field, String label, String value, int maxChars) {
            if (value == null || value.isBlank()) {
                add(field, label + ": vul dit in.");
            } else if (value.length() > maxChars) {
                add(field, label + ": " + value.length() + " tekens, maximaal " + maxChars + ".");
            }
        }

        void words(String field, String label, String value, int min, int max, int maxChars) {
            int words = Words.count(value);
            if (words < min) {
                add(field, label + ": vul dit in.");
            } else if (words > max) {
                add(field, label + ": " + words + " woorden, maximaal " + max);
            } else if (value.length() > maxChars) {
                add(field, label + ": " + value.length() + " tekens, maximaal " + maxChars + ".");
            }
        }
    }
}
