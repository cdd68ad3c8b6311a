package nl.kenniskompas.keuzehulp.search;

import nl.kenniskompas.keuzehulp.catalogue.Instrument;
import nl.kenniskompas.keuzehulp.catalogue.InstrumentContent;
import nl.kenniskompas.keuzehulp.reviews.ReviewSummary;
import nl.kenniskompas.keuzehulp.vocabulary.Facet;
import nl.kenniskompas.keuzehulp.vocabulary.Vocabulary;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A published instrument prepared for search: its value(s) per facet (derived ones computed once) and its names
 * folded for free-text search.
 */
record Indexed(Instrument instrument, Map<String, Set<String>> values, String searchable, ReviewSummary reviews) {

    static Indexed of(Instrument instrument, ReviewSummary reviews) {
        InstrumentContent content = instrument.content();
        Map<String, Set<String>> values = new HashMap<>();
        values.put(Vocabulary.CATEGORIE, Set.of(content.category()));
        for (String facet : Vocabulary.TAGGED) {
            values.put(facet, Set.copyOf(content.facet(facet)));
        }
        values.put(Vocabulary.ERKENNING, Set.of(content.evidence().level()));
        values.put(Vocabulary.DUUR, Set.of(durationBand(content.duration())));
        values.put(Vocabulary.KOSTEN, Set.of(costBand(content.costsEuro())));
        values.put(Vocabulary.VORM, Set.copyOf(content.groupForms()));
        values.put(Vocabulary.LOCATIE, Set.copyOf(content.locations()));
        StringBuilder names = new StringBuilder(content.name());
        content.aliases().forEach(alias -> names.append('\n').append(alias));
        return new Indexed(instrument, Map.copyOf(values), fold(names.toString()), reviews);
    }

    /**
     * Whether the instrument fits one facet's chosen values (alternatives). For a client characteristic an instrument
     * without values is meant for everyone, so it fits whatever is chosen.
     */
    boolean fits(Facet facet, Set<String> chosen) {
        if (chosen.isEmpty()) {
            return true;
        }
        Set<String> own = values.getOrDefault(facet.name(), Set.of());
        if (own.isEmpty() && facet.forEveryoneWhenEmpty()) {
            return true;
        }
        for (String value : chosen) {
            if (own.contains(value)) {
                return true;
            }
        }
        return false;
    }

    boolean matchesText(String foldedQuery) {
        return foldedQuery == null || searchable.contains(foldedQuery);
    }

    static String durationBand(InstrumentContent.Duration duration) {
        if (duration == null) {
            return "onbekend";
        }
        if (duration.continuous()) {
            return "doorlopend";
        }
        Integer days = duration.days();
        if (days == null) {
            return "onbekend";
        }
        if (days <= 31) {
            return "tot-1-maand";
        }
        if (days <= 92) {
            return "1-3-maanden";
        }
        if (days <= 183) {
            return "3-6-maanden";
        }
        return days <= 366 ? "6-12-maanden" : "langer";
    }

    static String costBand(Integer euro) {
        if (euro == null) {
            return "onbekend";
        }
        if (euro == 0) {
            return "gratis";
        }
        if (euro <= 500) {
            return "tot-500";
        }
        return euro <= 2500 ? "500-2500" : "meer-dan-2500";
    }

    /** Lower case without accents: "Oriëntatie" finds "orientatie" and back. */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    static List<String> locationsOf(List<Indexed> catalogue) {
        return catalogue.stream().flatMap(indexed -> indexed.instrument().content().locations().stream()).distinct()
                .sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }
}
