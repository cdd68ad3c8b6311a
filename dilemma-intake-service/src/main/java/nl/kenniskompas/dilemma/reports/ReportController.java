package nl.kenniskompas.dilemma.reports;

import nl.kenniskompas.dilemma.submissions.Dilemma;
import nl.kenniskompas.dilemma.submissions.Submission;
import nl.kenniskompas.dilemma.submissions.UsedFor;
import nl.kenniskompas.dilemma.triage.Theme;
import nl.kenniskompas.dilemma.triage.Themes;
import nl.kenniskompas.platform.problem.Problem;
import nl.kenniskompas.platform.tenant.Caller;
import nl.kenniskompas.platform.tenant.Role;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Live reports over the praktijkdilemma's, like TNO's tables 1–3: computed from the store at every request, so they
 * always include the latest form. National figures only, for the redactie and analisten: per organisation the groups
 * would be small enough to point at a respondent.
 */
@RestController
@RequestMapping("/api/v1/praktijkdilemmas/rapportage")
class ReportController {

    private final MongoTemplate mongo;
    private final Themes themes;

    ReportController(MongoTemplate mongo, Themes themes) {
        this.mongo = mongo;
        this.themes = themes;
    }

    @GetMapping
    Rapportage report(@RequestParam(name = "van", required = false) String from,
                      @RequestParam(name = "tot", required = false) String to, Caller caller) {
        return build(caller, from, to);
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(name = "van", required = false) String from,
                                  @RequestParam(name = "tot", required = false) String to, Caller caller) {
        Rapportage report = build(caller, from, to);
        String name = "praktijkdilemmas" + (report.from() == null ? "" : "-van-" + report.from())
                + (report.to() == null ? "" : "-tot-" + report.to()) + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(RapportageCsv.of(report).getBytes(StandardCharsets.UTF_8));
    }

    private Rapportage build(Caller caller, String fromText, String toText) {
        if (!caller.has(Role.REDACTEUR) && !caller.has(Role.ANALIST)) {
            throw Problem.forbidden("De rapportage is voor de redactie en analisten.");
        }
        LocalDate from = date("van", fromText);
        LocalDate to = date("tot", toText);
        if (from != null && to != null && from.isAfter(to)) {
            throw Problem.invalidField("tot", "De periode eindigt voor ze begint: 'tot' ligt voor 'van'.");
        }
        Criteria period = Criteria.where("receivedOn");
        if (from != null) {
            period = period.gte(from.toString());
        }
        if (to != null) {
            period = period.lte(to.toString());
        }
        Query query = from == null && to == null ? new Query() : Query.query(period);
        List<ReportLine> lines = mongo.find(query, Submission.class).stream()
                .flatMap(submission -> submission.dilemmas().stream().map(dilemma -> line(submission, dilemma)))
                .toList();
        Map<String, String> themeOrder = new LinkedHashMap<>();
        for (Theme theme : themes.all()) {
            themeOrder.put(theme.code(), theme.label());
        }
        return Rapportage.of(lines, from, to, themeOrder);
    }

    private static ReportLine line(Submission submission, Dilemma dilemma) {
        var background = submission.background();
        return new ReportLine(submission.id(), submission.receivedOn(), background.function(), background.educationLevel(),
                background.yearsInField(), dilemma.knowledgeSources(), dilemma.theme(),
                dilemma.usedFor().stream().map(UsedFor::caseId).toList());
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw Problem.invalidField(field, "'" + text + "' is geen datum; schrijf jjjj-mm-dd, bijvoorbeeld 2026-01-31.");
        }
    }
}
