package nl.kenniskompas.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * Education levels in the bands of TNO's questionnaire (seed 001, appendix 1). The questionnaire also asked for the
 * field of study; we leave that out, because a rare study in a small organisation can point to one person.
 */
public enum EducationLevel {
    VMBO_MBO1("vmbo-mbo1", "VMBO, MBO 1, AVO onderbouw"),
    HAVO_VWO_MBO("havo-vwo-mbo", "HAVO, VWO, MBO"),
    HBO_WO_BACHELOR("hbo-wo-bachelor", "HBO, WO bachelor"),
    WO_MASTER_DOCTOR("wo-master-doctor", "WO master, doctor");

    private final String code;
    private final String label;

    EducationLevel(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<EducationLevel> fromCode(String code) {
        return Arrays.stream(values()).filter(level -> level.code.equals(code)).findFirst();
    }
}
