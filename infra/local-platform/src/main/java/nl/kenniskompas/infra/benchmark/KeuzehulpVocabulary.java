package nl.kenniskompas.infra.benchmark;

import nl.kenniskompas.events.Werkwijze;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Keuzehulp's facet codes as docs/api-v1-keuzehulp.md lists them, for the synthetic catalogues and the searches of
 * {@code benchmark-keuzehulp}. The benchmark does not link keuzehulp-service (a Boot fat jar): it checks these codes
 * against the running service's {@code GET /api/v1/keuzehulp/vocabulaire} before it loads anything, so a renamed code
 * stops the run instead of quietly producing instruments nobody can find.
 */
final class KeuzehulpVocabulary {

    static final String CATEGORIE = "categorie";
    static final String LEEFTIJD = "leeftijd";
    static final String DOEL = "doel";

    static final List<String> CATEGORIES = List.of("verrijking-klantbeeld", "praktische-problemen", "richting-werk",
            "nazorg");

    /**
     * The facets an instrument carries as lists of codes (keuzehulp-service {@code Vocabulary.TAGGED}), in that order,
     * with their codes. All but {@code doel} and {@code werkwijze} describe clients: no values there means "for
     * everyone".
     */
    static final Map<String, List<String>> TAGGED = tagged();

    static final List<String> EVIDENCE = List.of("niet-beoordeeld", "goed-beschreven", "goed-onderbouwd",
            "effectief-eerste", "effectief-goede", "effectief-sterke");
    static final List<String> GROUP_FORMS = List.of("individueel", "groep");
    static final List<String> REACHES = List.of("lokaal", "regionaal", "landelijk");
    static final List<String> DUTCH_RESEARCH = List.of("positief", "gemengd", "zwak", "onbekend");

    /** What instruments of each route category mostly work on: goals and categories go together in real catalogues. */
    static final Map<String, List<String>> GOALS_BY_CATEGORY = Map.of(
            "verrijking-klantbeeld", List.of("motivatie", "zelfregie", "netwerk", "beroepsorientatie", "gezondheid"),
            "praktische-problemen", List.of("schulden", "gezondheid", "randvoorwaarden", "taal-basisvaardigheden",
                    "netwerk", "zelfregie"),
            "richting-werk", List.of("werknemersvaardigheden", "beroepsorientatie", "werkervaring", "scholing",
                    "zoeken-solliciteren", "bemiddeling", "werkgeversprikkel", "werkplek", "ondernemerschap",
                    "taal-basisvaardigheden", "motivatie"),
            "nazorg", List.of("behoud-van-werk", "werkplek", "zelfregie", "schulden"));

    private KeuzehulpVocabulary() {
    }

    static List<String> codes(String facet) {
        if (facet.equals(CATEGORIE)) {
            return CATEGORIES;
        }
        List<String> codes = TAGGED.get(facet);
        if (codes == null) {
            throw new IllegalArgumentException("No facet " + facet);
        }
        return codes;
    }

    static boolean describesClients(String facet) {
        return !facet.equals(DOEL) && !facet.equals("werkwijze");
    }

    private static Map<String, List<String>> tagged() {
        Map<String, List<String>> facets = new LinkedHashMap<>();
        facets.put(LEEFTIJD, List.of("16-18", "19-21", "22-26", "27-55", "56-aow", "aow-plus"));
        facets.put("uitkering", List.of("geen-uitkering", "participatiewet", "ioaw-ioaz", "ww", "wia-wao-waz", "wajong",
                "ziektewet", "bbz"));
        facets.put("doelgroepregister", List.of("ja", "nee"));
        facets.put("doelgroep", List.of("jongeren-tot-27", "50-plussers", "lvb", "arbeidsbeperkt", "statushouders",
                "migranten", "ondernemers", "dak-thuislozen"));
        facets.put("taalniveau", List.of("a0", "a1", "a2", "b1", "b2-plus", "laaggeletterd"));
        facets.put("opleiding", List.of("geen-basis", "vmbo-pro-vso", "mbo-1-entree", "startkwalificatie", "hbo-wo",
                "diploma-buitenland"));
        facets.put("werkervaring", List.of("geen", "minder-dan-1-jaar", "1-5-jaar", "meer-dan-5-jaar"));
        facets.put("aandachtspunt", List.of("schulden", "psychisch", "lichamelijk", "verslaving", "praktisch",
                "zorgtaken", "digitale-vaardigheden", "rijbewijs"));
        facets.put(DOEL, List.of("schulden", "gezondheid", "randvoorwaarden", "taal-basisvaardigheden", "netwerk",
                "motivatie", "zelfregie", "werknemersvaardigheden", "beroepsorientatie", "werkervaring", "scholing",
                "zoeken-solliciteren", "bemiddeling", "werkgeversprikkel", "werkplek", "ondernemerschap",
                "behoud-van-werk"));
        facets.put("werkwijze", Arrays.stream(Werkwijze.values()).map(Werkwijze::code).toList());
        return java.util.Collections.unmodifiableMap(facets);
    }
}
