package nl.kenniskompas.platform.problem;

/** One broken rule on one field of a request, e.g. {@code optionId}: "Deze Kopkraker heeft geen optie 'C'." */
public record FieldProblem(String field, String message) {
}
