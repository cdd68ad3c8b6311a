package nl.kenniskompas.kopkraker.casus;

import java.util.ArrayList;
import java.util.List;

/** A Kopkraker that meets every rule of the case format, with public fields to break one rule at a time. */
class CaseFixture {

    String title = "Een passende titel";
    String[] profile = {"Jeanne", "23 jaar", "Alleenstaand", "MBO-4 Communicatie, niet afgemaakt", "2 jaar",
            "Korte baantjes", "Weer aan het werk", "Raakt snel ontmoedigd", "Klein"};
    String background = words(140);
    String dilemma = words(14) + " of niet?";
    String[] sectionsA = {words(50), words(60), words(60), words(60)};
    String[] sectionsB = {words(20), words(20), words(20), words(20)};
    String applyUrl = "https://www.movisie.nl/";
    List<String> werkwijzen = new ArrayList<>(List.of("probleemoplossend-vermogen"));
    String theme = "Welk probleem als eerste aanpakken";
    List<String> concepts = new ArrayList<>(List.of("zelfregulering", "vaardigheden"));
    Audience audience = Audience.BEIDE;
    List<String> benefitTypes = new ArrayList<>();

    static String words(int count) {
        return count == 0 ? "" : ("woord ".repeat(count)).strip();
    }

    Kopkraker build() {
        var clientProfile = new ClientProfile(profile[0], profile[1], profile[2], profile[3], profile[4], profile[5],
                profile[6], profile[7], profile[8]);
        var a = new Option("A", "Eerste aanpak", "Kort gezegd", sectionsA[0], sectionsA[1], sectionsA[2], sectionsA[3], applyUrl,
                werkwijzen);
        var b = new Option("B", "Tweede aanpak", "Kort gezegd", sectionsB[0], sectionsB[1], sectionsB[2], sectionsB[3],
                "https://www.divosa.nl/");
        return new Kopkraker("test", 1, title, clientProfile, background, dilemma, List.of(a, b), theme, concepts, audience,
                benefitTypes, List.of());
    }
}
