package nl.kenniskompas.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * "Mijn bronnen van kennis voor de aanpakken waren …": the knowledge sources of TNO's questionnaire (seed 001,
 * appendix 1; table 2 of the report), in its order. {@link #ANDERS} comes with a short description of its own.
 */
public enum KnowledgeSource {
    EIGEN_ERVARING("eigen-ervaring", "Mijn eigen ervaring"),
    ERVARING_COLLEGAS("ervaring-collegas", "Ervaring van collega's"),
    OPLEIDING("opleiding-training-intervisie", "Opleiding / training / intervisie"),
    WENSEN_WERKZOEKENDE("wensen-werkzoekende", "Wensen en ervaring van de werkzoekende"),
    INTERN_BELEID("interne-beleidsrichtlijnen", "Interne beleidsrichtlijnen / beleidsevaluaties"),
    LITERATUUR("externe-rapporten-literatuur", "Externe rapporten / literatuur"),
    INTERNET("internet", "Internet / Google / websites"),
    ANDERS("anders", "Anders");

    private final String code;
    private final String label;

    KnowledgeSource(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<KnowledgeSource> fromCode(String code) {
        return Arrays.stream(values()).filter(source -> source.code.equals(code)).findFirst();
    }
}
