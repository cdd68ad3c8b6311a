package nl.kenniskompas.dilemma.triage;

import nl.kenniskompas.dilemma.submissions.Status;
import nl.kenniskompas.platform.problem.Problem;
import nl.kenniskompas.platform.tenant.Caller;
import nl.kenniskompas.platform.tenant.Role;
import nl.kenniskompas.platform.tenant.Tenants;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/** The redactie's inbox of praktijkdilemma's, their themes and statuses. */
@RestController
@RequestMapping("/api/v1/praktijkdilemmas")
class TriageController {

    private final Triage triage;
    private final Themes themes;
    private final Tenants tenants;
    private final Clock clock;

    TriageController(Triage triage, Themes themes, Tenants tenants, Clock clock) {
        this.triage = triage;
        this.themes = themes;
        this.tenants = tenants;
        this.clock = clock;
    }

    @GetMapping
    Triage.Page inbox(@RequestParam(required = false) String status,
                      @RequestParam(name = "thema", required = false) String theme,
                      @RequestParam(name = "organisatie", required = false) String organisation,
                      @RequestParam(name = "zoek", required = false) String search,
                      @RequestParam(name = "pagina", defaultValue = "0") int page,
                      @RequestParam(name = "per", defaultValue = "20") int pageSize, Caller caller) {
        if (page < 0) {
            throw Problem.invalidField("pagina", "De pagina begint bij 0.");
        }
        if (pageSize < 1 || pageSize > 100) {
            throw Problem.invalidField("per", "Kies 1 tot 100 dilemma's per pagina.");
        }
        if (theme != null && !theme.isBlank() && themes.byCode(theme.strip()).isEmpty()) {
            throw Problem.invalidField("thema", "'" + theme + "' is geen thema.");
        }
        if (organisation != null && !organisation.isBlank() && tenants.byId(organisation.strip()).isEmpty()) {
            throw Problem.invalidField("organisatie", "'" + organisation + "' is geen organisatie op Kenniskompas.");
        }
        return triage.inbox(caller, new Triage.Filter(status == null || status.isBlank() ? null : statusOf("status", status),
                blankToNull(theme), blankToNull(organisation), blankToNull(search)), page, pageSize);
    }

    @GetMapping("/{id}")
    DilemmaView one(@PathVariable String id, Caller caller) {
        return triage.one(caller, id);
    }

    record ThemeChoice(String theme) {
    }

    @PutMapping("/{id}/thema")
    DilemmaView theme(@PathVariable String id, @RequestBody ThemeChoice choice, Caller caller) {
        return triage.theme(caller, id, choice == null ? null : choice.theme());
    }

    record StatusChoice(String status, String reason) {
    }

    @PutMapping("/{id}/status")
    DilemmaView status(@PathVariable String id, @RequestBody StatusChoice choice, Caller caller) {
        if (choice == null || choice.status() == null || choice.status().isBlank()) {
            throw Problem.invalidField("status", "Kies een status.");
        }
        return triage.status(caller, id, statusOf("status", choice.status()), choice.reason());
    }

    record Themed(List<Theme> themes, List<Choice> statuses) {
    }

    record Choice(String code, String label) {
    }

    /** The themes to choose from, and the statuses (for the redactie's filters and the analist's reports). */
    @GetMapping("/themas")
    Themed themes(Caller caller) {
        if (!caller.has(Role.REDACTEUR) && !caller.has(Role.ANALIST)) {
            throw Problem.forbidden("De thema's zijn voor de redactie en analisten.");
        }
        return new Themed(themes.all(), Arrays.stream(Status.values()).map(s -> new Choice(s.name(), s.label())).toList());
    }

    record NewTheme(String label) {
    }

    @PostMapping("/themas")
    @ResponseStatus(HttpStatus.CREATED)
    Theme addTheme(@RequestBody NewTheme theme, Caller caller) {
        caller.require(Role.REDACTEUR);
        return themes.add(theme == null ? null : theme.label(), caller.name(), clock.instant());
    }

    private static Status statusOf(String field, String value) {
        return Arrays.stream(Status.values()).filter(status -> status.name().equalsIgnoreCase(value.strip())).findFirst()
                .orElseThrow(() -> Problem.invalidField(field, "'" + value + "' is geen status. Kies uit "
                        + Arrays.toString(Status.values()) + "."));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
