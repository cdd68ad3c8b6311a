package nl.kenniskompas.kopkraker.casus;

import java.util.List;

/**
 * What an editor writes: everything of a Kopkraker but its identity and place in the workflow. {@code inspiredBy}
 * names the praktijkdilemma's the case grew from (ids from the intake).
 */
public record Content(
        String title,
        ClientProfile profile,
        String background,
        String dilemma,
        List<Option> options,
        String theme,
        List<String> concepts,
        Audience audience,
        List<String> benefitTypes,
        List<String> literature,
        List<String> inspiredBy) {

    public Content {
        inspiredBy = inspiredBy == null ? List.of() : List.copyOf(inspiredBy);
        options = options == null ? List.of() : List.copyOf(options);
        concepts = concepts == null ? List.of() : List.copyOf(concepts);
        benefitTypes = benefitTypes == null ? List.of() : List.copyOf(benefitTypes);
        literature = literature == null ? List.of() : List.copyOf(literature);
    }
}
