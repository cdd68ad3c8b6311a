package nl.kenniskompas.vote.stemoverzicht;

import nl.kenniskompas.platform.problem.Problem;
import nl.kenniskompas.platform.pseudonym.Pseudonyms;
import nl.kenniskompas.platform.tenant.Caller;
import nl.kenniskompas.vote.ballot.Ballots;
import nl.kenniskompas.vote.catalogue.PublishedCase;
import nl.kenniskompas.vote.catalogue.PublishedCases;
import org.springframework.stereotype.Component;

/** Who may see a case's stemoverzicht: whoever voted on it, in their own organisation. */
@Component
class Viewers {

    private final Ballots ballots;
    private final PublishedCases cases;
    private final Pseudonyms pseudonyms;

    Viewers(Ballots ballots, PublishedCases cases, Pseudonyms pseudonyms) {
        this.ballots = ballots;
        this.cases = cases;
        this.pseudonyms = pseudonyms;
    }

    PublishedCase published(String caseId) {
        return cases.findById(caseId)
                .orElseThrow(() -> Problem.notFound("Er is geen gepubliceerde Kopkraker '" + caseId + "'."));
    }

    PublishedCase votedOn(String caseId, Caller caller) {
        PublishedCase kopkraker = published(caseId);
        if (!ballots.hasVoted(caller.tenantId(), caseId, pseudonyms.of(caller.tenantId(), caller.subject()))) {
            throw Problem.forbidden("Kies eerst zelf een optie. Daarna zie je wat je collega's kozen.");
        }
        return kopkraker;
    }
}
