package nl.kenniskompas.platform.privacy;

import nl.kenniskompas.platform.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataGuardTest {

    @ParameterizedTest(name = "{0} in \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "BSN     | Zijn BSN is 123456782, zei hij.                | 123456782",
            "BSN     | bsn 1234.56.782                                | 1234.56.782",
            "BSN     | nummer 111 222 333 staat op de brief           | 111 222 333",
            "BSN     | 12-34-56-782                                   | 12-34-56-782",
            "EMAIL   | Mail hem op j.jansen@gemeente.nl voor een gesprek | j.jansen@gemeente.nl",
            "EMAIL   | ANNA.DE.VRIES+werk@Voorbeeld.co.uk             | ANNA.DE.VRIES+werk@Voorbeeld.co.uk",
            "PHONE   | Bel 06-12345678 na vijven                       | 06-12345678",
            "PHONE   | telefoon 020 123 4567                          | 020 123 4567",
            "PHONE   | of +31 6 12345678                              | +31 6 12345678",
            "PHONE   | (010) 4123456 is het kantoor                   | (010) 4123456",
            "IBAN    | Stort het op NL91ABNA0417164300.               | NL91ABNA0417164300",
            "IBAN    | rekening NL91 ABNA 0417 1643 00 van zijn moeder | NL91 ABNA 0417 1643 00",
            "IBAN    | en BE68539007547034 in België                  | BE68539007547034",
            "ADDRESS | Ze woont op Kerkstraat 12, 1234 AB Amsterdam    | Kerkstraat 12, 1234 AB",
            "ADDRESS | adres: Dorpsweg 7a 6543ZX                      | Dorpsweg 7a 6543ZX",
            "ADDRESS | 1234AB 12 is het adres                         | 1234AB 12",
            "ADDRESS | postcode 3511 LX, 45                           | 3511 LX, 45"})
    void findsEachKindOfPersonalDataAndWhereItIs(PersonalData kind, String text, String value) {
        var findings = PersonalDataGuard.findIn(text);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(kind);
            assertThat(text.substring(finding.start(), finding.end())).isEqualTo(value);
        });
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "Hij heeft MBO-4 gedaan en is 27 jaar.",
            "Na 2 jaar werkloos vond hij werk voor 20 uur per week.",
            "In 2026 en 2027 loopt het traject; daarna 3,5 jaar nazorg.",
            "De WW-uitkering is 70% van het dagloon, zo'n € 1.250,00 per maand.",
            "Een schuld van 12.500 euro bij 4 schuldeisers.",
            "Kopkraker 12 gaat over artikel 18 van de Participatiewet en artikel 7:611 BW.",
            "Het gesprek is tussen 10:00 en 12:00 op 1 januari.",
            "Ze haalde een 8 voor taalniveau 1F; 1 op de 5 lukt dat.",
            "Nummer 123456789 klopt niet met de 11-proef.",
            "NL92ABNA0417164300 is geen geldig rekeningnummer.",
            "Zij woont in postcodegebied 1234 en heeft 2 kinderen.",
            "Meer dan 40.000 mensen in de bijstand, 1.234.567 inwoners.",
            "Uitkering sinds 01-03-2024, evaluatie op 15-09-2025.",
            "Het e-mailadres van de klant noem ik niet; @collega's weten het."})
    void ordinaryNumbersAndWordsAreNoAlarm(String text) {
        assertThat(PersonalDataGuard.findIn(text)).isEmpty();
    }

    @Test
    void theProblemNamesEveryFieldKindAndPositionButNotTheValue() {
        assertThatThrownBy(() -> PersonalDataGuard.refuse(Map.of(
                "approach1", "Bel Jan op 06-12345678.",
                "situation", "Geen bijzonderheden.")))
                .isInstanceOfSatisfying(Problem.class, problem -> {
                    assertThat(problem.status().value()).isEqualTo(422);
                    assertThat(problem.type()).isEqualTo("persoonsgegevens");
                    assertThat(problem.errors()).singleElement().satisfies(error -> {
                        assertThat(error.field()).isEqualTo("approach1");
                        assertThat(error.message()).contains("telefoonnummer").contains("teken 12 t/m 22")
                                .doesNotContain("12345678");
                    });
                });
    }

    @Test
    void textWithoutPersonalDataPasses() {
        PersonalDataGuard.refuse("reason", "Hij koos voor optie A omdat het past bij zijn wensen.");
        PersonalDataGuard.refuse("reason", null);
    }
}
