package nl.kenniskompas.keuzehulp.vocabulary;

import nl.kenniskompas.events.Werkwijze;
import nl.kenniskompas.keuzehulp.vocabulary.Facet.Kind;
import nl.kenniskompas.keuzehulp.vocabulary.Facet.Value;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every facet of the Keuzehulp, in the order the search shows them. The values follow VNG's Eva and Dennis code lists
 * where they exist, with terms a client recognises too (research notes, section 2). Defined once: the search, the
 * editor, the CSV import and the web app all read this list.
 */
public final class Vocabulary {

    public static final String CATEGORIE = "categorie";
    public static final String ERKENNING = "erkenning";
    public static final String DUUR = "duur";
    public static final String KOSTEN = "kosten";
    public static final String VORM = "vorm";
    public static final String LOCATIE = "locatie";
    public static final String WERKWIJZE = "werkwijze";

    /** The facets an instrument carries as lists of codes (the others are derived from its fields). */
    public static final List<String> TAGGED = List.of("leeftijd", "uitkering", "doelgroepregister", "doelgroep", "taalniveau",
            "opleiding", "werkervaring", "aandachtspunt", "doel", WERKWIJZE);

    public static final List<Facet> FACETS = List.of(
            facet(CATEGORIE, "Fase in de route", Kind.CATEGORIE,
                    "verrijking-klantbeeld", "Verrijking klantbeeld",
                    "praktische-problemen", "Oplossen van praktische problemen",
                    "richting-werk", "Instrumenten richting werk",
                    "nazorg", "Nazorg"),
            facet("leeftijd", "Leeftijd", Kind.KLANT,
                    "16-18", "16 tot en met 18 jaar", "19-21", "19 tot en met 21 jaar", "22-26", "22 tot en met 26 jaar",
                    "27-55", "27 tot en met 55 jaar", "56-aow", "56 jaar tot AOW-leeftijd", "aow-plus", "AOW-leeftijd en ouder"),
            facet("uitkering", "Uitkering", Kind.KLANT,
                    "geen-uitkering", "Geen uitkering", "participatiewet", "Bijstand (Participatiewet)", "ioaw-ioaz", "IOAW / IOAZ",
                    "ww", "WW", "wia-wao-waz", "WIA / WAO / WAZ", "wajong", "Wajong", "ziektewet", "Ziektewet",
                    "bbz", "Bbz (zelfstandigen)"),
            facet("doelgroepregister", "Doelgroepregister banenafspraak", Kind.KLANT,
                    "ja", "Staat in het doelgroepregister", "nee", "Staat niet in het doelgroepregister"),
            facet("doelgroep", "Doelgroep", Kind.KLANT,
                    "jongeren-tot-27", "Jongeren tot 27 jaar", "50-plussers", "50-plussers",
                    "lvb", "(Vermoedelijk) licht verstandelijke beperking", "arbeidsbeperkt", "(Vermoedelijk) arbeidsbeperkt",
                    "statushouders", "Statushouders", "migranten", "Migranten", "ondernemers", "Ondernemers",
                    "dak-thuislozen", "Dak- en thuislozen"),
            facet("taalniveau", "Taalniveau Nederlands", Kind.KLANT,
                    "a0", "Alfabetisering (A0)", "a1", "A1", "a2", "A2", "b1", "B1", "b2-plus", "B2 of hoger",
                    "laaggeletterd", "Laaggeletterd (NT1)"),
            facet("opleiding", "Opleiding", Kind.KLANT,
                    "geen-basis", "Geen of basisonderwijs", "vmbo-pro-vso", "Vmbo, praktijkonderwijs of vso",
                    "mbo-1-entree", "Mbo 1 (entree)", "startkwalificatie", "Startkwalificatie (mbo 2 of hoger, havo, vwo)",
                    "hbo-wo", "Hbo of wo", "diploma-buitenland", "Diploma uit het buitenland"),
            facet("werkervaring", "Werkervaring", Kind.KLANT,
                    "geen", "Geen", "minder-dan-1-jaar", "Minder dan 1 jaar", "1-5-jaar", "1 tot 5 jaar",
                    "meer-dan-5-jaar", "Meer dan 5 jaar"),
            facet("aandachtspunt", "Aandachtspunten", Kind.KLANT,
                    "schulden", "Schulden", "psychisch", "Psychische klachten", "lichamelijk", "Lichamelijke klachten",
                    "verslaving", "Verslaving", "praktisch", "Praktisch (kinderopvang, vervoer, wonen)",
                    "zorgtaken", "Zorgtaken", "digitale-vaardigheden", "Weinig digitale vaardigheden", "rijbewijs", "Geen rijbewijs"),
            facet("doel", "Werkt aan", Kind.DOEL,
                    "schulden", "Geld en schulden", "gezondheid", "Gezondheid", "randvoorwaarden", "Praktische randvoorwaarden",
                    "taal-basisvaardigheden", "Taal en basisvaardigheden", "netwerk", "Sociale steun en netwerk",
                    "motivatie", "Motivatie en geloof in eigen kunnen", "zelfregie", "Zelfregie",
                    "werknemersvaardigheden", "Werknemersvaardigheden", "beroepsorientatie", "Beroepsoriëntatie",
                    "werkervaring", "Werkervaring opdoen", "scholing", "Scholing", "zoeken-solliciteren", "Zoeken en solliciteren",
                    "bemiddeling", "Bemiddeling en plaatsing", "werkgeversprikkel", "Voordeel voor de werkgever",
                    "werkplek", "Begeleiding of aanpassing op de werkplek", "ondernemerschap", "Ondernemerschap",
                    "behoud-van-werk", "Werk behouden"),
            werkwijzen(),
            facet(ERKENNING, "Wetenschappelijke onderbouwing", Kind.AFGELEID,
                    "niet-beoordeeld", "Niet beoordeeld", "goed-beschreven", "Goed beschreven", "goed-onderbouwd", "Goed onderbouwd",
                    "effectief-eerste", "Effectief: eerste aanwijzingen", "effectief-goede", "Effectief: goede aanwijzingen",
                    "effectief-sterke", "Effectief: sterke aanwijzingen"),
            facet(DUUR, "Duur", Kind.AFGELEID,
                    "tot-1-maand", "Tot 1 maand", "1-3-maanden", "1 tot 3 maanden", "3-6-maanden", "3 tot 6 maanden",
                    "6-12-maanden", "6 tot 12 maanden", "langer", "Langer dan een jaar", "doorlopend", "Doorlopend",
                    "onbekend", "Duur onbekend"),
            facet(KOSTEN, "Kosten per klant", Kind.AFGELEID,
                    "gratis", "Gratis", "tot-500", "Tot € 500", "500-2500", "€ 500 tot € 2.500", "meer-dan-2500", "Meer dan € 2.500",
                    "onbekend", "Kosten onbekend"),
            facet(VORM, "Vorm", Kind.PRAKTISCH, "individueel", "Individueel", "groep", "In een groep"),
            new Facet(LOCATIE, "Locatie", Kind.LOCATIE, List.of()));

    /** Looked up on every filter check of every search: a map, not a walk through the list. */
    private static final java.util.Map<String, Facet> BY_NAME = FACETS.stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Facet::name, facet -> facet));

    private Vocabulary() {
    }

    public static Optional<Facet> facet(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static Facet require(String name) {
        return facet(name).orElseThrow(() -> new IllegalArgumentException("No facet " + name));
    }

    public static String label(String facet, String code) {
        return facet(facet).flatMap(found -> found.value(code)).map(Value::label).orElse(code);
    }

    private static Facet werkwijzen() {
        return new Facet(WERKWIJZE, "Werkwijze uit een Kopkraker", Kind.WERKWIJZE,
                Arrays.stream(Werkwijze.values()).map(werkwijze -> new Value(werkwijze.code(), werkwijze.label())).toList());
    }

    private static Facet facet(String name, String label, Kind kind, String... codesAndLabels) {
        List<Value> values = new ArrayList<>();
        for (int i = 0; i < codesAndLabels.length; i += 2) {
            values.add(new Value(codesAndLabels[i], codesAndLabels[i + 1]));
        }
        return new Facet(name, label, kind, List.copyOf(values));
    }
}
