package nl.kenniskompas.vote.stemoverzicht;

import io.micrometer.core.annotation.Timed;
import nl.kenniskompas.platform.problem.Problem;
import nl.kenniskompas.platform.tenant.Caller;
import nl.kenniskompas.platform.tenant.Role;
import nl.kenniskompas.vote.catalogue.PublishedCase;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;

/**
 * "Wat kozen je collega's?" — shown only to someone who chose first, so colleagues' choices do not steer one's own.
 */
@RestController
@Timed("stemoverzicht")
class StemoverzichtController {

    private final StemoverzichtQuery query;
    private final StemoverzichtFigures figures;
    private final Viewers viewers;

    StemoverzichtController(StemoverzichtQuery query, StemoverzichtFigures figures, Viewers viewers) {
        this.query = query;
        this.figures = figures;
        this.viewers = viewers;
    }

    @GetMapping("/api/v1/kopkrakers/{caseId}/stemoverzicht")
    Stemoverzicht overview(@PathVariable String caseId, Caller caller) {
        PublishedCase kopkraker = viewers.votedOn(caseId, caller);
        return figures.forViewer(kopkraker, query.tallyOf(caseId), caller.tenant());
    }

    /** One organisation's part. Another organisation's figures do not exist for the caller: 404, not 403. */
    @GetMapping("/api/v1/kopkrakers/{caseId}/stemoverzicht/organisaties/{tenant}")
    Stemoverzicht.Organisation ofOrganisation(@PathVariable String caseId, @PathVariable String tenant, Caller caller) {
        if (!tenant.equals(caller.tenantId())) {
            throw Problem.notFound("Er is geen stemoverzicht van organisatie '" + tenant + "' voor jou.");
        }
        return overview(caseId, caller).organisation();
    }

    /** The national results for redacteuren and analisten, who need not have voted; the same suppression applies. */
    @GetMapping(value = "/api/v1/kopkrakers/{caseId}/stemoverzicht/export", produces = "text/csv")
    ResponseEntity<String> export(@PathVariable String caseId, Caller caller) {
        if (!caller.has(Role.REDACTEUR) && !caller.has(Role.ANALIST)) {
            throw Problem.forbidden("Alleen een redacteur of analist kan de landelijke uitslag downloaden.");
        }
        PublishedCase kopkraker = viewers.published(caseId);
        String csv = StemoverzichtCsv.of(figures.national(kopkraker, query.tallyOf(caseId)));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("stemoverzicht-" + caseId + ".csv").build().toString())
                .body(csv);
    }
}
