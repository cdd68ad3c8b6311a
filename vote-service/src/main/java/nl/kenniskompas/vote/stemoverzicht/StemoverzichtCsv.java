package nl.kenniskompas.vote.stemoverzicht;

import nl.kenniskompas.vote.stemoverzicht.Stemoverzicht.OptionShare;
import nl.kenniskompas.vote.stemoverzicht.Stemoverzicht.Part;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The national results as CSV for a spreadsheet: semicolons and decimal commas, as Dutch spreadsheet programs expect,
 * and a byte order mark so they read UTF-8. One row per group and option; a suppressed group is one row that says so.
 */
final class StemoverzichtCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .setHeader("kopkraker", "indeling", "groep", "optie", "aantal", "percentage", "onderdrukt")
            .get();

    private StemoverzichtCsv() {
    }

    static String of(Stemoverzicht overzicht) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            rows(csv, overzicht.caseId(), "landelijk", "Landelijk", overzicht.nationwide());
            for (Stemoverzicht.Breakdown breakdown : overzicht.breakdowns()) {
                for (Stemoverzicht.Group group : breakdown.groups()) {
                    rows(csv, overzicht.caseId(), breakdown.dimension(), group.label(),
                            new Part(group.suppressed(), group.total(), group.options()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void rows(CSVPrinter csv, String caseId, String dimension, String group, Part part) throws IOException {
        if (part.suppressed()) {
            csv.printRecord(caseId, dimension, group, "", "", "", "ja");
            return;
        }
        for (OptionShare option : part.options()) {
            csv.printRecord(caseId, dimension, group, option.optionId(), option.count(), percentage(option.percentage()), "nee");
        }
    }

    private static String percentage(double value) {
        return new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL"))).format(value);
    }
}
