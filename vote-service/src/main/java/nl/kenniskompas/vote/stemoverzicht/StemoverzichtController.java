package nl.kenniskompas.vote.stemoverzicht;

import io.micrometer.core.annotation.Timed;
import nl.kenniskompas.platform.problem.Problem;
import nl.kenniskompas.platform.pseudonym.Pseudonyms;
import nl.kenniskompas.platform.tenant.Caller;
import nl.kenniskompas.vote.ballot.Ballots;
import nl.kenniskompas.vote.catalogue.PublishedCase;
import nl.kenniskompas.vote.catalogue.PublishedCases;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * "Wat kozen je collega's?" — shown only to someone who chose first, so colleagues' choices do not steer one's own.
 */
@RestController
@Timed("stemoverzicht")
class StemoverzichtController {

    private final StemoverzichtQuery query;
    private final Ballots ballots;
    private final PublishedCases cases;
    private final Pseudonyms pseudonyms;

    StemoverzichtController(StemoverzichtQuery query, Ballots ballots, PublishedCases cases, Pseudonyms pseudonyms) {
        this.query = query;
        this.ballots = ballots;
        this.cases = cases;
        this.pseudonyms = pseudonyms;
    }

    @GetMapping("/api/v1/kopkrakers/{caseId}/stemoverzicht")
    Stemoverzicht overview(@PathVariable String caseId, Caller caller) {
        PublishedCase kopkraker = votedOn(caseId, caller);
        Tally tally = query.tallyOf(caseId);
        return new Stemoverzicht(caseId, organisation(kopkraker, tally, caller),
                Shares.of(kopkraker.optionIds(), tally.nationwide()));
    }

    /** One organisation's part. Another organisation's figures do not exist for the caller: 404, not 403. */
    @GetMapping("/api/v1/kopkrakers/{caseId}/stemoverzicht/organisaties/{tenant}")
    Organisation ofOrganisation(@PathVariable String caseId, @PathVariable String tenant, Caller caller) {
        if (!tenant.equals(caller.tenantId())) {
            throw Problem.notFound("Er is geen stemoverzicht van organisatie '" + tenant + "' voor jou.");
        }
        PublishedCase kopkraker = votedOn(caseId, caller);
        return organisation(kopkraker, query.tallyOf(caseId), caller);
    }

    private PublishedCase votedOn(String caseId, Caller caller) {
        PublishedCase kopkraker = cases.findById(caseId)
                .orElseThrow(() -> Problem.notFound("Er is geen gepubliceerde Kopkraker '" + caseId + "'."));
        if (!ballots.hasVoted(caller.tenantId(), caseId, pseudonyms.of(caller.tenantId(), caller.subject()))) {
            throw Problem.forbidden("Kies eerst zelf een optie. Daarna zie je wat je collega's kozen.");
        }
        return kopkraker;
    }

    private static Organisation organisation(PublishedCase kopkraker, Tally tally, Caller caller) {
        return new Organisation(caller.tenantId(), caller.tenant().name(),
                Shares.of(kopkraker.optionIds(), tally.of(caller.tenantId())));
    }

    record Stemoverzicht(String caseId, Organisation organisation, Shares nationwide) {
    }

    record Organisation(String tenant, String name, long total, List<OptionShare> options) {
        Organisation(String tenant, String name, Shares shares) {
            this(tenant, name, shares.total(), shares.options());
        }
    }

    record Shares(long total, List<OptionShare> options) {
        static Shares of(List<String> optionIds, Map<String, Long> counts) {
            long total = optionIds.stream().mapToLong(option -> counts.getOrDefault(option, 0L)).sum();
            return new Shares(total, optionIds.stream()
                    .map(option -> OptionShare.of(option, counts.getOrDefault(option, 0L), total))
                    .toList());
        }
    }

    record OptionShare(String optionId, long count, double percentage) {
        static OptionShare of(String optionId, long count, long total) {
            double percentage = total == 0 ? 0.0
                    : BigDecimal.valueOf(count * 100.0 / total).setScale(1, RoundingMode.HALF_UP).doubleValue();
            return new OptionShare(optionId, count, percentage);
        }
    }
}
