package nl.kenniskompas.dilemma.reports;

import nl.kenniskompas.events.EducationLevel;
import nl.kenniskompas.events.KnowledgeSource;
import nl.kenniskompas.events.ProfessionalFunction;
import nl.kenniskompas.events.YearsInField;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The aggregates of TNO's tables 1–3 (seed 001, section 2.3) over a period: respondents by function (and by
 * education and years in the field, which the report gives in its text), knowledge sources as a share of dilemmas
 * (several per dilemma, so the shares add up to more than 100 %), and dilemmas per theme with the Kopkrakers they led
 * to. Percentages are whole numbers, rounded half up, as in the report.
 * <p>
 * A respondent is one submitted form: the intake is anonymous, so two forms of one person count as two.
 */
public record Rapportage(
        LocalDate from,
        LocalDate to,
        int respondents,
        int dilemmas,
        List<Row> functions,
        List<Row> educationLevels,
        List<Row> yearsInField,
        List<Row> knowledgeSources,
        List<ThemeRow> themes) {

    /** Code {@code null} is the row for "not answered" (or, for themes, "no theme yet"). */
    public record Row(String code, String label, int count, int percentage) {
    }

    public record ThemeRow(String code, String label, int count, int percentage, List<String> kopkrakers) {
    }

    static final String NOT_ANSWERED = "Niet ingevuld";
    static final String NO_THEME = "Nog geen thema";

    /**
     * @param lines       every dilemma; those outside the period are left out here
     * @param from        first day, or {@code null} for from the start
     * @param to          last day, or {@code null} for up to today
     * @param themeOrder  the themes to show, in order, with their labels; a theme in a line but not here is added
     */
    public static Rapportage of(Collection<ReportLine> lines, LocalDate from, LocalDate to, Map<String, String> themeOrder) {
        List<ReportLine> inPeriod = lines.stream()
                .filter(line -> (from == null || !line.receivedOn().isBefore(from)) && (to == null || !line.receivedOn().isAfter(to)))
                .toList();
        // A respondent's background is the same on each of their dilemmas: count it once per form.
        Map<String, ReportLine> perRespondent = new LinkedHashMap<>();
        inPeriod.forEach(line -> perRespondent.putIfAbsent(line.submissionId(), line));
        Collection<ReportLine> respondents = perRespondent.values();
        int r = respondents.size();
        int d = inPeriod.size();

        List<Row> functions = rows(respondents, ReportLine::function, r,
                Arrays.stream(ProfessionalFunction.values()).collect(labels(ProfessionalFunction::code, ProfessionalFunction::label)));
        List<Row> education = rows(respondents, ReportLine::educationLevel, r,
                Arrays.stream(EducationLevel.values()).collect(labels(EducationLevel::code, EducationLevel::label)));
        List<Row> years = rows(respondents, ReportLine::yearsInField, r,
                Arrays.stream(YearsInField.values()).collect(labels(YearsInField::code, YearsInField::label)));

        List<Row> sources = new ArrayList<>();
        for (KnowledgeSource source : KnowledgeSource.values()) {
            int count = (int) inPeriod.stream().filter(line -> line.knowledgeSources().contains(source.code())).count();
            sources.add(new Row(source.code(), source.label(), count, percentage(count, d)));
        }

        Map<String, String> themeLabels = new LinkedHashMap<>(themeOrder);
        inPeriod.stream().map(ReportLine::theme).filter(Objects::nonNull).forEach(code -> themeLabels.putIfAbsent(code, code));
        List<ThemeRow> themes = new ArrayList<>();
        themeLabels.forEach((code, label) -> themes.add(themeRow(code, label, inPeriod, d)));
        themes.add(themeRow(null, NO_THEME, inPeriod, d));
        return new Rapportage(from, to, r, d, functions, education, years, sources, themes);
    }

    private static ThemeRow themeRow(String code, String label, List<ReportLine> lines, int total) {
        List<ReportLine> inTheme = lines.stream().filter(line -> Objects.equals(code, line.theme())).toList();
        Set<String> kopkrakers = new LinkedHashSet<>();
        inTheme.forEach(line -> kopkrakers.addAll(line.kopkrakers()));
        return new ThemeRow(code, label, inTheme.size(), percentage(inTheme.size(), total), List.copyOf(kopkrakers));
    }

    private static List<Row> rows(Collection<ReportLine> respondents, Function<ReportLine, String> answer, int total,
                                  Map<String, String> vocabulary) {
        List<Row> rows = new ArrayList<>();
        vocabulary.forEach((code, label) -> {
            int count = (int) respondents.stream().filter(line -> code.equals(answer.apply(line))).count();
            rows.add(new Row(code, label, count, percentage(count, total)));
        });
        int unanswered = (int) respondents.stream().filter(line -> answer.apply(line) == null).count();
        rows.add(new Row(null, NOT_ANSWERED, unanswered, percentage(unanswered, total)));
        return rows;
    }

    static int percentage(int count, int total) {
        if (total == 0) {
            return 0;
        }
        return BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(total), 0, RoundingMode.HALF_UP).intValueExact();
    }

    private static <T> java.util.stream.Collector<T, ?, Map<String, String>> labels(Function<T, String> code, Function<T, String> label) {
        return Collectors.toMap(code, label, (a, b) -> a, LinkedHashMap::new);
    }
}
