package nl.kenniskompas.keuzehulp.search;

import nl.kenniskompas.keuzehulp.vocabulary.Facet;
import nl.kenniskompas.keuzehulp.vocabulary.Vocabulary;
import nl.kenniskompas.platform.problem.FieldProblem;
import nl.kenniskompas.platform.problem.Problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Webshop search over one organisation's catalogue. Values of one facet are alternatives, facets combine. Next to the
 * results, every value of every facet tells how many instruments there would be if it were added to the current
 * choice — computed exactly that way, so the number on a filter is the number one gets by clicking it.
 */
final class Search {

    static final List<String> SORTINGS = List.of("naam", "erkenning", "beoordeling");
    static final List<String> PARAMETERS = List.of("zoek", "sortering", "pagina", "per");

    private Search() {
    }

    /** What was asked: chosen values per facet (only facets with a choice), folded text, sorting and page. */
    record Query(Map<String, Set<String>> chosen, String text, String sorting, int page, int pageSize) {
    }

    record FacetCount(String name, String label, String kind, List<ValueCount> values) {
    }

    record ValueCount(String code, String label, int count, boolean selected) {
    }

    record Result(List<Indexed> items, int total, List<FacetCount> facets) {
    }

    /** Reads the query string strictly: unknown parameters and unknown values are named in a 422. */
    static Query parse(Map<String, List<String>> parameters, List<String> locations) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Set<String>> chosen = new LinkedHashMap<>();
        for (var parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (PARAMETERS.contains(name)) {
                continue;
            }
            var facet = Vocabulary.facet(name);
            if (facet.isEmpty()) {
                problems.add(new FieldProblem(name, "'" + name + "' is geen filter van de Keuzehulp."));
                continue;
            }
            Set<String> values = new LinkedHashSet<>();
            for (String given : parameter.getValue()) {
                for (String value : given.split(",")) {
                    String code = value.strip();
                    if (code.isEmpty()) {
                        continue;
                    }
                    boolean known = facet.get().kind() == Facet.Kind.LOCATIE ? locations.contains(code) : facet.get().knows(code);
                    if (!known) {
                        problems.add(new FieldProblem(name, "'" + abbreviated(code) + "' is geen waarde van '" + facet.get().label() + "'."));
                    } else {
                        values.add(code);
                    }
                }
            }
            if (!values.isEmpty()) {
                chosen.put(name, values);
            }
        }
        String text = first(parameters, "zoek");
        if (text != null && text.length() > 100) {
            problems.add(new FieldProblem("zoek", "Zoek met hoogstens 100 tekens."));
        }
        String sorting = first(parameters, "sortering");
        if (sorting == null) {
            sorting = "naam";
        } else if (!SORTINGS.contains(sorting)) {
            problems.add(new FieldProblem("sortering", "Sorteer op naam, erkenning of beoordeling."));
        }
        int page = number(parameters, "pagina", 0, 0, 10_000, problems);
        int pageSize = number(parameters, "per", 24, 1, 100, problems);
        if (!problems.isEmpty()) {
            throw Problem.invalidFields(problems);
        }
        return new Query(chosen, text == null || text.isBlank() ? null : Indexed.fold(text.strip()), sorting, page, pageSize);
    }

    static Result run(List<Indexed> catalogue, Query query, List<String> locations) {
        List<Indexed> textual = catalogue.stream().filter(indexed -> indexed.matchesText(query.text())).toList();
        List<Indexed> results = textual.stream().filter(indexed -> fitsAll(indexed, query.chosen(), null)).toList();
        List<FacetCount> facets = new ArrayList<>();
        for (Facet facet : Vocabulary.FACETS) {
            Set<String> chosen = query.chosen().getOrDefault(facet.name(), Set.of());
            // Everything the other facets allow; then per value: would it fit with this value added?
            List<Indexed> others = textual.stream().filter(indexed -> fitsAll(indexed, query.chosen(), facet.name())).toList();
            List<ValueCount> counts = new ArrayList<>();
            List<Facet.Value> values = facet.kind() == Facet.Kind.LOCATIE
                    ? locations.stream().map(location -> new Facet.Value(location, location)).toList()
                    : facet.values();
            // An instrument fits "chosen + v" if it fits what is chosen already, or if v is one of its own values (an
            // instrument for everyone fits any choice). So one pass over them counts every value at once.
            int fitting = 0;
            Map<String, Integer> withOwnValue = new HashMap<>();
            for (Indexed indexed : others) {
                Set<String> own = indexed.values().getOrDefault(facet.name(), Set.of());
                if (chosen.isEmpty() ? own.isEmpty() && facet.forEveryoneWhenEmpty() : indexed.fits(facet, chosen)) {
                    fitting++;
                } else {
                    own.forEach(value -> withOwnValue.merge(value, 1, Integer::sum));
                }
            }
            for (Facet.Value value : values) {
                int count = fitting + withOwnValue.getOrDefault(value.code(), 0);
                counts.add(new ValueCount(value.code(), value.label(), count, chosen.contains(value.code())));
            }
            facets.add(new FacetCount(facet.name(), facet.label(), facet.kind().code(), counts));
        }
        List<Indexed> sorted = new ArrayList<>(results);
        sorted.sort(comparator(query.sorting()));
        int from = Math.min(sorted.size(), query.page() * query.pageSize());
        return new Result(sorted.subList(from, Math.min(sorted.size(), from + query.pageSize())), results.size(), facets);
    }

    private static boolean fitsAll(Indexed indexed, Map<String, Set<String>> chosen, String except) {
        for (var choice : chosen.entrySet()) {
            if (!choice.getKey().equals(except) && !indexed.fits(Vocabulary.require(choice.getKey()), choice.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static final List<String> LADDER = Vocabulary.require(Vocabulary.ERKENNING).values().stream().map(Facet.Value::code).toList();

    private static Comparator<Indexed> comparator(String sorting) {
        Comparator<Indexed> byName = Comparator.comparing(indexed -> indexed.instrument().content().name(), String.CASE_INSENSITIVE_ORDER);
        return switch (sorting) {
            case "erkenning" -> Comparator.<Indexed>comparingInt(indexed ->
                    -LADDER.indexOf(indexed.instrument().content().evidence().level())).thenComparing(byName);
            case "beoordeling" -> Comparator.<Indexed>comparingDouble(indexed ->
                    indexed.reviews().average() == null ? 1 : -indexed.reviews().average()).thenComparing(byName);
            default -> byName;
        };
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static int number(Map<String, List<String>> parameters, String name, int fallback, int min, int max,
                              List<FieldProblem> problems) {
        String value = first(parameters, name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number < min || number > max) {
                problems.add(new FieldProblem(name, "Kies " + min + " tot en met " + max + "."));
                return fallback;
            }
            return number;
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(name, "'" + abbreviated(value) + "' is geen getal."));
            return fallback;
        }
    }

    private static String abbreviated(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
