package nl.kenniskompas.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * Years in the field, in the bands of TNO's questionnaire (seed 001, appendix 1). The questionnaire jumped from
 * 10–15 to "meer dan 20"; we close that gap with 15–20 so every professional fits one band.
 */
public enum YearsInField {
    UP_TO_5("0-5", "0–5 jaar"),
    FIVE_TO_10("5-10", "5–10 jaar"),
    TEN_TO_15("10-15", "10–15 jaar"),
    FIFTEEN_TO_20("15-20", "15–20 jaar"),
    OVER_20("20+", "Meer dan 20 jaar");

    private final String code;
    private final String label;

    YearsInField(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<YearsInField> fromCode(String code) {
        return Arrays.stream(values()).filter(band -> band.code.equals(code)).findFirst();
    }
}
