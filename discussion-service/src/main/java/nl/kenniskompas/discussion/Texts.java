package nl.kenniskompas.discussion;

import nl.kenniskompas.platform.privacy.PersonalDataGuard;
import nl.kenniskompas.platform.problem.Problem;

/** Free text from professionals: trimmed, not empty, not too long, and without a real person's data. */
public final class Texts {

    private Texts() {
    }

    public static String required(String field, String text, int maxLength) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw Problem.invalidField(field, "Schrijf iets; een lege tekst kan niet.");
        }
        if (trimmed.length() > maxLength) {
            throw Problem.invalidField(field, "Houd het kort: hoogstens " + maxLength + " tekens (nu " + trimmed.length() + ").");
        }
        PersonalDataGuard.refuse(field, trimmed);
        return trimmed;
    }
}
