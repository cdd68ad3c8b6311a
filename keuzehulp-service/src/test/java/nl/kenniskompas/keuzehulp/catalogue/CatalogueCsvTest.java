package nl.kenniskompas.keuzehulp.catalogue;

import nl.kenniskompas.platform.problem.FieldProblem;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading and writing the catalogue spreadsheet, including everything a spreadsheet program can get wrong. */
class CatalogueCsvTest {

    @Test
    void aCompleteRowBecomesAnInstrument() {
        Map<String, String> row = CsvRows.publishable("sollicitatietraining");
        row.put("doel", "Solliciteren; met \"echte\" werkgevers.\nIn de regio.");

        CatalogueCsv.Parsed parsed = CatalogueCsv.parse(("\uFEFF" + CsvRows.csv(List.of(row))).getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.problems()).isEmpty();
        CatalogueCsv.Row read = parsed.rows().get(0);
        assertThat(read.line()).isEqualTo(2);
        assertThat(read.key()).isEqualTo("sollicitatietraining");
        InstrumentContent content = read.content();
        assertThat(content.goal()).isEqualTo("Solliciteren; met \"echte\" werkgevers.\nIn de regio.");
        assertThat(content.aliases()).containsExactly("Solliciteren in de praktijk", "Werkzoeken");
        assertThat(content.duration()).isEqualTo(new InstrumentContent.Duration(8, "weken", false));
        assertThat(content.intensityHoursPerWeek()).isEqualTo(4.5);
        assertThat(content.costsEuro()).isZero();
        assertThat(content.facet("doel")).containsExactly("zoeken-solliciteren");
        assertThat(content.facet("werkwijze")).containsExactly("sollicitatievaardigheden");
        assertThat(content.links()).containsExactly(new InstrumentContent.Link("Divosa", "https://www.divosa.nl/"));
        assertThat(InstrumentCheck.check(content, true).problems()).isEmpty();
    }

    @Test
    void whatIsWrittenReadsBackTheSame() {
        Map<String, String> row = CsvRows.publishable("wep");
        InstrumentContent content = CatalogueCsv.parse(CsvRows.csv(List.of(row)).getBytes(StandardCharsets.UTF_8)).rows().get(0).content();
        Instrument instrument = new Instrument("i", "t", "wep", content, new TemplateOrigin("werkervaringsplaats", 1), "test", Instant.EPOCH);
        instrument.publish("test", Instant.EPOCH);

        CatalogueCsv.Parsed again = CatalogueCsv.parse(CatalogueCsv.write(List.of(instrument)).getBytes(StandardCharsets.UTF_8));

        assertThat(again.problems()).isEmpty();
        assertThat(again.rows().get(0).content()).isEqualTo(content);
        assertThat(again.rows().get(0).status()).isEqualTo("gepubliceerd");
        assertThat(again.rows().get(0).template()).isEqualTo("werkervaringsplaats");
    }

    @Test
    void aWrongHeaderIsNamed() {
        String csv = CsvRows.csv(List.of(CsvRows.publishable("a"))).replaceFirst("naam;", "titel;");

        List<FieldProblem> problems = CatalogueCsv.parse(csv.getBytes(StandardCharsets.UTF_8)).problems();

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("rij 1");
            assertThat(problem.message()).contains("Ontbreekt: naam").contains("Onbekend: titel");
        });
    }

    @Test
    void badRowsAreReportedWithTheirRowNumbers() {
        Map<String, String> fine = CsvRows.publishable("goed");
        Map<String, String> bad = CsvRows.publishable("fout");
        bad.put("duur", "een tijdje");
        bad.put("kosten", "veel");
        String csv = CsvRows.csv(List.of(fine, bad)) + "te;weinig;velden\r\n";

        CatalogueCsv.Parsed parsed = CatalogueCsv.parse(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.problems()).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("rij 3: duur", "rij 3: kosten", "rij 4");
    }

    @Test
    void brokenQuotesAndOtherEncodingsAreRefused() {
        String open = CsvRows.csv(List.of(CsvRows.publishable("a"))) + "b;\"nooit gesloten;x\r\n";
        byte[] latin1 = CsvRows.csv(List.of(CsvRows.publishable("c"))).replace("Sollicitatietraining", "Oriëntatie")
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThat(CatalogueCsv.parse(open.getBytes(StandardCharsets.UTF_8)).problems()).isNotEmpty();
        assertThat(CatalogueCsv.parse(latin1).problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("geen UTF-8"));
        assertThat(CatalogueCsv.parse(new byte[0]).problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("leeg"));
    }

    @Test
    void contentProblemsMapToTheirColumns() {
        assertThat(CatalogueCsv.column("facets.doel[2]")).isEqualTo("doelen");
        assertThat(CatalogueCsv.column("b1.voorWie")).isEqualTo("b1_voor_wie");
        assertThat(CatalogueCsv.column("links[0].url")).isEqualTo("links");
        assertThat(CatalogueCsv.column("evidence.recognisedOn")).isEqualTo("erkend_op");
    }
}
