package nl.kenniskompas.dilemma.reports;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report's arithmetic, checked against TNO's own tables (seed 001, section 2.3): 23 respondents with 37
 * dilemmas give table 1's and table 2's percentages, and the theme counts of table 3.
 */
class RapportageTest {

    private static final LocalDate DAY = LocalDate.parse("2020-11-02");
    private static final Map<String, String> THEMES = new LinkedHashMap<>(Map.of("werk-haalbaar", "Betaald werk haalbaar of niet"));

    @Test
    void tnoTableOneFromTwentyThreeRespondents() {
        Rapportage report = Rapportage.of(tnoRespondents(), null, null, THEMES);

        assertThat(report.respondents()).isEqualTo(23);
        assertThat(report.dilemmas()).isEqualTo(37);
        assertThat(percentages(report.functions())).containsAllEntriesOf(Map.of(
                "klantmanager", 35, "casemanager", 4, "arbeidsdeskundige", 17, "re-integratiecoach", 26,
                "adviseur-intensieve-begeleiding", 9, "leidinggevende-beleid", 4, "anders", 4));
        assertThat(counts(report.functions())).containsEntry("klantmanager", 8).containsEntry("jobcoach", 0);
        assertThat(report.functions().get(report.functions().size() - 1)).isEqualTo(
                new Rapportage.Row(null, Rapportage.NOT_ANSWERED, 0, 0));
    }

    @Test
    void tnoTableTwoAsSharesOfThirtySevenDilemmas() {
        Rapportage report = Rapportage.of(tnoRespondents(), null, null, THEMES);

        assertThat(percentages(report.knowledgeSources())).isEqualTo(Map.of(
                "eigen-ervaring", 97, "ervaring-collegas", 70, "opleiding-training-intervisie", 65,
                "wensen-werkzoekende", 76, "interne-beleidsrichtlijnen", 22, "externe-rapporten-literatuur", 16,
                "internet", 11, "anders", 11));
    }

    @Test
    void themesCountDilemmasAndCollectTheKopkrakersTheyLedTo() {
        List<ReportLine> lines = List.of(
                line("s1", "klantmanager", List.of("eigen-ervaring"), "werk-haalbaar", List.of("kk-4")),
                line("s1", "klantmanager", List.of("eigen-ervaring"), "werk-haalbaar", List.of()),
                line("s2", null, List.of("internet"), "juridisch", List.of("kk-6", "kk-10")),
                line("s3", "jobcoach", List.of("internet"), null, List.of()));

        Rapportage report = Rapportage.of(lines, null, null, THEMES);

        assertThat(report.respondents()).isEqualTo(3);
        assertThat(report.themes()).containsExactly(
                new Rapportage.ThemeRow("werk-haalbaar", "Betaald werk haalbaar of niet", 2, 50, List.of("kk-4")),
                // A theme the list does not know (yet) still counts, under its code.
                new Rapportage.ThemeRow("juridisch", "juridisch", 1, 25, List.of("kk-6", "kk-10")),
                new Rapportage.ThemeRow(null, Rapportage.NO_THEME, 1, 25, List.of()));
        assertThat(counts(report.functions())).containsEntry("klantmanager", 1).containsEntry("jobcoach", 1);
        assertThat(report.functions().get(report.functions().size() - 1).count()).isEqualTo(1);
    }

    @Test
    void aPeriodIncludesBothEndsAndNothingElse() {
        List<ReportLine> lines = List.of(
                line("s1", LocalDate.parse("2026-01-31")), line("s2", LocalDate.parse("2026-02-01")),
                line("s3", LocalDate.parse("2026-02-28")), line("s4", LocalDate.parse("2026-03-01")));

        Rapportage february = Rapportage.of(lines, LocalDate.parse("2026-02-01"), LocalDate.parse("2026-02-28"), THEMES);

        assertThat(february.respondents()).isEqualTo(2);
        assertThat(Rapportage.of(lines, null, LocalDate.parse("2026-01-31"), THEMES).respondents()).isEqualTo(1);
        assertThat(Rapportage.of(lines, LocalDate.parse("2026-03-01"), null, THEMES).respondents()).isEqualTo(1);
    }

    @Test
    void anEmptyPeriodHasZeroesNotErrors() {
        Rapportage report = Rapportage.of(List.of(), null, null, THEMES);

        assertThat(report.respondents()).isZero();
        assertThat(report.knowledgeSources()).allSatisfy(row -> assertThat(row.percentage()).isZero());
    }

    @Test
    void percentagesRoundHalfUp() {
        assertThat(Rapportage.percentage(1, 8)).isEqualTo(13); // 12.5
        assertThat(Rapportage.percentage(1, 3)).isEqualTo(33);
        assertThat(Rapportage.percentage(2, 3)).isEqualTo(67);
    }

    /**
     * 23 respondents as in table 1 (8 klantmanagers, 1 casemanager, 4 arbeidsdeskundigen, 6 re-integratiecoaches,
     * 2 adviseurs, 1 leidinggevende, 1 anders); 14 of them with two dilemmas, 9 with one (37 dilemmas), and knowledge
     * sources spread so that table 2 comes out: 36, 26, 24, 28, 8, 6, 4 and 4 of 37.
     */
    private static List<ReportLine> tnoRespondents() {
        List<String> functions = new ArrayList<>();
        add(functions, "klantmanager", 8);
        add(functions, "casemanager", 1);
        add(functions, "arbeidsdeskundige", 4);
        add(functions, "re-integratiecoach", 6);
        add(functions, "adviseur-intensieve-begeleiding", 2);
        add(functions, "leidinggevende-beleid", 1);
        add(functions, "anders", 1);
        Map<String, Integer> sourceCounts = new LinkedHashMap<>();
        sourceCounts.put("eigen-ervaring", 36);
        sourceCounts.put("ervaring-collegas", 26);
        sourceCounts.put("opleiding-training-intervisie", 24);
        sourceCounts.put("wensen-werkzoekende", 28);
        sourceCounts.put("interne-beleidsrichtlijnen", 8);
        sourceCounts.put("externe-rapporten-literatuur", 6);
        sourceCounts.put("internet", 4);
        sourceCounts.put("anders", 4);
        List<List<String>> sources = new ArrayList<>();
        for (int d = 0; d < 37; d++) {
            sources.add(new ArrayList<>());
        }
        sourceCounts.forEach((source, count) -> {
            for (int d = 0; d < count; d++) {
                sources.get(d).add(source);
            }
        });
        List<ReportLine> lines = new ArrayList<>();
        int dilemma = 0;
        for (int respondent = 0; respondent < 23; respondent++) {
            int dilemmas = respondent < 14 ? 2 : 1;
            for (int i = 0; i < dilemmas; i++) {
                lines.add(new ReportLine("r" + respondent, DAY, functions.get(respondent), null, null, sources.get(dilemma++),
                        null, List.of()));
            }
        }
        return lines;
    }

    private static void add(List<String> list, String value, int times) {
        for (int i = 0; i < times; i++) {
            list.add(value);
        }
    }

    private static ReportLine line(String submission, String function, List<String> sources, String theme, List<String> kopkrakers) {
        return new ReportLine(submission, DAY, function, null, null, sources, theme, kopkrakers);
    }

    private static ReportLine line(String submission, LocalDate day) {
        return new ReportLine(submission, day, null, null, null, List.of("internet"), null, List.of());
    }

    private static Map<String, Integer> percentages(List<Rapportage.Row> rows) {
        Map<String, Integer> result = new LinkedHashMap<>();
        rows.stream().filter(row -> row.code() != null).forEach(row -> result.put(row.code(), row.percentage()));
        return result;
    }

    private static Map<String, Integer> counts(List<Rapportage.Row> rows) {
        Map<String, Integer> result = new LinkedHashMap<>();
        rows.stream().filter(row -> row.code() != null).forEach(row -> result.put(row.code(), row.count()));
        return result;
    }
}
