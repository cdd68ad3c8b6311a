package nl.kenniskompas.kopkraker.casus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class WordsTest {

    @ParameterizedTest(name = "\"{0}\" has {1} words")
    @CsvSource(delimiter = '|', value = {
            "Jeanne|1",
            "MBO-4 Communicatie, niet afgemaakt|4",
            "2 jaar werkloos|3",
            "Klein; goede band met haar moeder – die depressieve klachten heeft|10",
            "– 27 jaar –|2"
    })
    void countsDutchTextAsTheCaseFormatMeansIt(String text, int words) {
        assertThat(Words.count(text)).isEqualTo(words);
    }

    @Test
    void anyWhitespaceSeparatesAndNothingIsNoWords() {
        assertThat(Words.count("  zelf-regulering   en\teigen-effectiviteit \n")).isEqualTo(3);
        assertThat(Words.count("")).isZero();
        assertThat(Words.count(null)).isZero();
    }
}
