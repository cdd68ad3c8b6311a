package nl.kenniskompas.keuzehulp.vocabulary;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;
import java.util.Optional;

/**
 * One way to narrow the catalogue, as the search shows it: a name (also the URL parameter and CSV column), a label, its
 * kind and its values. Client characteristics describe for whom an instrument is meant; an instrument without values
 * in such a facet is meant for everyone.
 *
 * @param values empty for {@link Kind#LOCATIE}: each organisation has its own locations
 */
public record Facet(String name, String label, Kind kind, List<Value> values) {

    public enum Kind {
        /** The route category: exactly one per instrument. */
        CATEGORIE("route"),
        /** For whom; no values on an instrument = for everyone. */
        KLANT("klant"),
        /** What the route works on. */
        DOEL("doel"),
        /** Kopkraker ways of working the instrument puts into practice. */
        WERKWIJZE("werkwijze"),
        /** Derived from the instrument's evidence, duration or costs: one value per instrument. */
        AFGELEID("afgeleid"),
        /** Practical: group form. */
        PRAKTISCH("praktisch"),
        /** The organisation's own locations. */
        LOCATIE("locatie");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        /** How the API spells it, in the vocabulary and in the search's facet counts alike. */
        @JsonValue
        public String code() {
            return code;
        }
    }

    public record Value(String code, String label) {
    }

    public boolean forEveryoneWhenEmpty() {
        return kind == Kind.KLANT;
    }

    public Optional<Value> value(String code) {
        return values.stream().filter(value -> value.code().equals(code)).findFirst();
    }

    public boolean knows(String code) {
        return kind == Kind.LOCATIE ? code != null && !code.isBlank() : value(code).isPresent();
    }
}
