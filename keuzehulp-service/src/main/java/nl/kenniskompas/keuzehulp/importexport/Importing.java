package nl.kenniskompas.keuzehulp.importexport;

import nl.kenniskompas.keuzehulp.catalogue.CatalogueCsv;
import nl.kenniskompas.keuzehulp.catalogue.Instrument;
import nl.kenniskompas.keuzehulp.catalogue.InstrumentCheck;
import nl.kenniskompas.keuzehulp.catalogue.InstrumentContent;
import nl.kenniskompas.keuzehulp.catalogue.InstrumentEvents;
import nl.kenniskompas.keuzehulp.catalogue.InstrumentStatus;
import nl.kenniskompas.keuzehulp.catalogue.Instruments;
import nl.kenniskompas.keuzehulp.catalogue.Managing;
import nl.kenniskompas.keuzehulp.catalogue.TemplateOrigin;
import nl.kenniskompas.keuzehulp.templates.Template;
import nl.kenniskompas.keuzehulp.templates.Templates;
import nl.kenniskompas.platform.problem.FieldProblem;
import nl.kenniskompas.platform.problem.Problem;
import nl.kenniskompas.platform.tenant.Caller;
import nl.kenniskompas.platform.tenant.Role;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Loads a whole catalogue from a spreadsheet: every row is read and checked first, every problem is reported with its
 * row, and only a file without problems is written — so a file with one bad row imports nothing. Rows update the
 * instrument with the same key or create it; their status is applied as the editor would (publishing announces it).
 */
@Service
public class Importing {

    private final Instruments instruments;
    private final Managing managing;
    private final InstrumentEvents events;
    private final Templates templates;
    private final Clock clock;

    Importing(Instruments instruments, Managing managing, InstrumentEvents events, Templates templates, Clock clock) {
        this.instruments = instruments;
        this.managing = managing;
        this.events = events;
        this.templates = templates;
        this.clock = clock;
    }

    public record Result(int rows, int created, int updated, int published) {
    }

    public Result importCsv(Caller caller, byte[] file) {
        caller.require(Role.INSTRUMENTBEHEERDER);
        return importRows(caller.tenantId(), caller.name(), file);
    }

    /** Also used to fill the demo organisations' catalogues. */
    public Result importRows(String tenant, String by, byte[] file) {
        CatalogueCsv.Parsed parsed = CatalogueCsv.parse(file);
        List<FieldProblem> problems = new ArrayList<>(parsed.problems());
        Set<String> keys = new HashSet<>();
        List<Prepared> prepared = new ArrayList<>();
        for (CatalogueCsv.Row row : parsed.rows()) {
            String at = "rij " + row.line() + ": ";
            if (!Managing.KEY.matcher(row.key()).matches()) {
                problems.add(new FieldProblem(at + "id", "Een id is 2 tot 60 kleine letters, cijfers of streepjes."));
            } else if (!keys.add(row.key())) {
                problems.add(new FieldProblem(at + "id", "Het id '" + row.key() + "' staat al op een eerdere rij."));
            }
            Optional<Template> template = Optional.empty();
            if (row.template() != null) {
                template = templates.byId(row.template());
                if (template.isEmpty()) {
                    problems.add(new FieldProblem(at + "sjabloon", "Er is geen landelijk sjabloon '" + row.template() + "'."));
                }
            }
            // Every problem of the row at once, also when some cells could not be read: one round of corrections.
            InstrumentCheck.Checked checked = InstrumentCheck.check(row.content(), row.status().equals("gepubliceerd"));
            checked.problems().stream()
                    .filter(problem -> !row.unreadable().contains(CatalogueCsv.column(problem.field())))
                    .forEach(problem -> problems.add(new FieldProblem(at + CatalogueCsv.column(problem.field()), problem.message())));
            prepared.add(new Prepared(row, checked.content(),
                    template.map(found -> new TemplateOrigin(found.id(), found.version())).orElse(null)));
        }
        if (!problems.isEmpty()) {
            throw new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "import-geweigerd",
                    "Niets geïmporteerd: " + problems.size() + (problems.size() == 1 ? " probleem" : " problemen")
                            + ". Verbeter ze en importeer het hele bestand opnieuw.", problems);
        }
        if (prepared.isEmpty()) {
            throw Problem.invalidField("bestand", "Het bestand heeft geen rijen met instrumenten.");
        }
        Map<String, Instrument> existing = new HashMap<>();
        instruments.findByTenant(tenant).forEach(instrument -> existing.put(instrument.key(), instrument));
        int created = 0;
        int updated = 0;
        int published = 0;
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        for (Prepared row : prepared) {
            Instrument known = existing.get(row.row().key());
            if (known == null) {
                Instrument instrument = new Instrument(UUID.randomUUID().toString(), tenant, row.row().key(), row.content(), row.origin(), by, at);
                apply(row, instrument, by, at);
                managing.saved(instrument);
                created++;
            } else {
                managing.changed(tenant, known.id(), instrument -> {
                    instrument.edit(row.content(), by, at);
                    apply(row, instrument, by, at);
                    return true;
                });
                updated++;
            }
            if (row.row().status().equals("gepubliceerd")) {
                published++;
            }
        }
        return new Result(prepared.size(), created, updated, published);
    }

    private void apply(Prepared row, Instrument instrument, String by, Instant at) {
        switch (row.row().status()) {
            case "gepubliceerd" -> {
                instrument.publish(by, at);
                instrument.announce(events.published(instrument, false, at));
            }
            case "ingetrokken" -> {
                if (instrument.status() != InstrumentStatus.INGETROKKEN) {
                    boolean wasPublished = instrument.published();
                    instrument.retire("import", by, at);
                    if (wasPublished) {
                        instrument.announce(events.published(instrument, true, at));
                    }
                }
            }
            default -> {
                if (instrument.status() != InstrumentStatus.CONCEPT) {
                    instrument.conceptAgain(by, at);
                }
            }
        }
    }

    private record Prepared(CatalogueCsv.Row row, InstrumentContent content, TemplateOrigin origin) {
    }
}
