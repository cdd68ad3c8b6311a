package nl.kenniskompas.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * The functions of professionals in TNO's questionnaire (seed 001, appendix 1), in its order. Events and profiles
 * carry the {@link #code()}; people see the {@link #label()}.
 */
public enum ProfessionalFunction {
    KLANTMANAGER("klantmanager", "Klantmanager"),
    SCHULDHULPVERLENER_INKOMENSCONSULENT("schuldhulpverlener-inkomensconsulent", "Schuldhulpverlener / inkomensconsulent"),
    CASEMANAGER("casemanager", "Casemanager"),
    ARBEIDSDESKUNDIGE("arbeidsdeskundige", "Arbeidsdeskundige"),
    RE_INTEGRATIECOACH("re-integratiecoach", "Re-integratiecoach / -begeleider"),
    JOBCOACH("jobcoach", "Jobcoach"),
    ADVISEUR_INTENSIEVE_BEGELEIDING("adviseur-intensieve-begeleiding", "Adviseur intensieve begeleiding"),
    LEIDINGGEVENDE_BELEID("leidinggevende-beleid", "Leidinggevende / manager / coördinator / beleidsmedewerker"),
    ANDERS("anders", "Anders");

    private final String code;
    private final String label;

    ProfessionalFunction(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<ProfessionalFunction> fromCode(String code) {
        return Arrays.stream(values()).filter(function -> function.code.equals(code)).findFirst();
    }
}
