package nl.kenniskompas.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * Ways of working that a Kopkraker option recommends and that Keuzehulp instruments put into practice. Defined once,
 * here: case-service tags options with them, keuzehulp-service tags instruments, and "Deze werkwijze toepassen?" leads
 * from one to the other without either service calling the other.
 */
public enum Werkwijze {
    PROBLEEMOPLOSSEND_VERMOGEN("probleemoplossend-vermogen", "Probleemoplossend vermogen versterken"),
    SOLLICITATIEVAARDIGHEDEN("sollicitatievaardigheden", "Sollicitatievaardigheden versterken"),
    STURENDE_BEGELEIDING("sturende-begeleiding", "Sturende begeleiding"),
    COACHENDE_BEGELEIDING("coachende-begeleiding", "Coachende begeleiding vanuit sterke kanten"),
    GRIP_OP_GELD("grip-op-geld", "Grip op geld in een groep"),
    SCHULDEN_INDIVIDUEEL("schulden-individueel", "Geldzorgen individueel aanpakken"),
    PASSENDE_WERKGEVER("passende-werkgever", "Een passende werkgever zoeken"),
    DAGBESTEDING("dagbesteding", "Arbeidsmatige dagbesteding"),
    BREDE_ORIENTATIE("brede-orientatie", "Brede oriëntatie op werk"),
    SNEL_NAAR_WERK("snel-naar-werk", "Snel naar werk"),
    BELEMMERINGEN_EERST("belemmeringen-eerst", "Eerst belemmeringen aanpakken"),
    VEILIGHEID_THUIS("veiligheid-thuis", "Veiligheid thuis"),
    PASSEND_NIVEAU("passend-niveau", "Werk op een passend niveau"),
    ONTHEFFING("ontheffing", "Ontheffing en functiecreatie"),
    BEROEPSSCHOLING("beroepsscholing", "Scholing naar een beroep"),
    WERKFIT("werkfit", "Werkfit worden"),
    DESKUNDIG_OORDEEL("deskundig-oordeel", "Een deskundig oordeel vragen"),
    MAATWERK("maatwerk", "Maatwerk dat past bij de persoon");

    private final String code;
    private final String label;

    Werkwijze(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<Werkwijze> fromCode(String code) {
        return Arrays.stream(values()).filter(werkwijze -> werkwijze.code.equals(code)).findFirst();
    }
}
