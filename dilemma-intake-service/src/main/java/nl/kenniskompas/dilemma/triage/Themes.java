package nl.kenniskompas.dilemma.triage;

import nl.kenniskompas.platform.problem.Problem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The themes of table 3 of TNO's report (seed 001), in its order, plus those the redactie adds. The built-in ones
 * live in code, so every instance and every test knows them without seeding.
 */
@Component
public class Themes {

    static final List<Theme> TABLE_3 = List.of(
            builtIn("betaald-werk-haalbaar", "Betaald werk haalbaar of niet"),
            builtIn("snelste-route-naar-werk", "Snelste route naar werk"),
            builtIn("klant-met-rust-laten", "Klant met rust laten"),
            builtIn("traject-of-eerst-problematiek", "Traject richting werk of eerst problematiek aanpakken"),
            builtIn("sanctioneren-of-motivatie", "Sanctioneren (aankondiging) of aan motivatie werken"),
            builtIn("leeftijd-ontheffing", "Leeftijd (dicht tegen pensioen) / ontheffen sollicitatieplicht"),
            builtIn("omscholing-ander-werkveld", "Omscholing naar werk in ander werkveld"),
            builtIn("welk-probleem-eerst", "Welk probleem als eerste aanpakken (of problemen tegelijk aanpakken)"),
            builtIn("juridisch", "Juridisch"),
            builtIn("baan-op-lager-niveau", "Baan laten zoeken op lager niveau"),
            builtIn("weinig-vertrouwen-in-begeleiding", "Weinig vertrouwen cliënt in begeleiding"),
            builtIn("overig", "Overig"));

    private final MongoTemplate mongo;

    Themes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Table 3's themes first, in its order, then the added ones alphabetically. */
    public List<Theme> all() {
        List<Theme> all = new ArrayList<>(TABLE_3);
        mongo.findAll(Theme.class).stream().sorted(Comparator.comparing(Theme::label, String.CASE_INSENSITIVE_ORDER))
                .forEach(all::add);
        return all;
    }

    public Optional<Theme> byCode(String code) {
        return TABLE_3.stream().filter(theme -> theme.code().equals(code)).findFirst()
                .or(() -> Optional.ofNullable(mongo.findById(code, Theme.class)));
    }

    public String labelOf(String code) {
        return code == null ? null : byCode(code).map(Theme::label).orElse(code);
    }

    Theme add(String label, String by, Instant at) {
        String trimmed = label == null ? "" : label.strip().replaceAll("\\s+", " ");
        if (trimmed.length() < 3 || trimmed.length() > 80) {
            throw Problem.invalidField("label", "Geef het thema een naam van 3 tot 80 tekens.");
        }
        String code = codeOf(trimmed);
        if (code.isEmpty()) {
            throw Problem.invalidField("label", "Gebruik letters of cijfers in de naam van het thema.");
        }
        if (all().stream().anyMatch(theme -> theme.code().equals(code) || theme.label().equalsIgnoreCase(trimmed))) {
            throw Problem.conflict("thema-bestaat-al", "Het thema '" + trimmed + "' bestaat al.");
        }
        try {
            return mongo.insert(new Theme(code, trimmed, false, by, at));
        } catch (DuplicateKeyException addedMeanwhile) {
            throw Problem.conflict("thema-bestaat-al", "Het thema '" + trimmed + "' bestaat al.");
        }
    }

    /** "Schulden & werk (ZZP)" becomes "schulden-werk-zzp". */
    static String codeOf(String label) {
        String plain = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    }

    private static Theme builtIn(String code, String label) {
        return new Theme(code, label, true, null, null);
    }
}
