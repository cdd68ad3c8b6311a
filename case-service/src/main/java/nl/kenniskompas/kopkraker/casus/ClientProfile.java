package nl.kenniskompas.kopkraker.casus;

import java.util.List;

/** The fixed fields of TNO's case format, in their fixed order. */
public record ClientProfile(
        String naam,
        String leeftijd,
        String thuissituatie,
        String opleiding,
        String werkloosheidsduur,
        String werkervaring,
        String wensVanDeKlant,
        String belemmeringen,
        String sociaalNetwerk) {

    public List<Field> inOrder() {
        return List.of(
                new Field("naam", "Naam", naam),
                new Field("leeftijd", "Leeftijd", leeftijd),
                new Field("thuissituatie", "Thuissituatie", thuissituatie),
                new Field("opleiding", "Opleiding", opleiding),
                new Field("werkloosheidsduur", "Werkloosheidsduur", werkloosheidsduur),
                new Field("werkervaring", "Werkervaring", werkervaring),
                new Field("wensVanDeKlant", "Wens van de klant", wensVanDeKlant),
                new Field("belemmeringen", "Belemmeringen", belemmeringen),
                new Field("sociaalNetwerk", "Sociaal netwerk", sociaalNetwerk));
    }

    public record Field(String field, String label, String value) {
    }
}
