package nl.kenniskompas.dilemma.reports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The report as CSV for a spreadsheet: semicolons, as Dutch spreadsheet programs expect, and a byte order mark so
 * they read UTF-8. One row per table and category; the share is of respondents (tables 1a–c) or dilemmas (2, 3).
 */
final class RapportageCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .setHeader("tabel", "van", "tot", "code", "omschrijving", "aantal", "percentage", "noemer", "kopkrakers")
            .get();

    private RapportageCsv() {
    }

    static String of(Rapportage report) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            rows(csv, report, "1 functie", report.functions(), report.respondents());
            rows(csv, report, "1b opleiding", report.educationLevels(), report.respondents());
            rows(csv, report, "1c jaren in het vak", report.yearsInField(), report.respondents());
            rows(csv, report, "2 kennisbron", report.knowledgeSources(), report.dilemmas());
            for (Rapportage.ThemeRow theme : report.themes()) {
                csv.printRecord("3 thema", date(report.from()), date(report.to()), orEmpty(theme.code()), theme.label(),
                        theme.count(), theme.percentage(), report.dilemmas(), String.join(" ", theme.kopkrakers()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void rows(CSVPrinter csv, Rapportage report, String table, java.util.List<Rapportage.Row> rows, int total)
            throws IOException {
        for (Rapportage.Row row : rows) {
            csv.printRecord(table, date(report.from()), date(report.to()), orEmpty(row.code()), row.label(), row.count(),
                    row.percentage(), total, "");
        }
    }

    private static String date(java.time.LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
