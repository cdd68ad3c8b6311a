package nl.kenniskompas.discussion.voters;

import nl.kenniskompas.platform.problem.Problem;
import nl.kenniskompas.platform.pseudonym.Pseudonyms;
import nl.kenniskompas.platform.tenant.Caller;
import org.springframework.stereotype.Component;

/** Who takes part in a Kopkraker's conversation: only professionals who voted on it. */
@Component
public class Voters {

    private final CaseVoters voters;
    private final Pseudonyms pseudonyms;

    Voters(CaseVoters voters, Pseudonyms pseudonyms) {
        this.voters = voters;
        this.pseudonyms = pseudonyms;
    }

    public String pseudonymOf(Caller caller) {
        return pseudonyms.of(caller.tenantId(), caller.subject());
    }

    /** The caller's vote on the case, or a 403 problem: reactions are for those who chose first. */
    public CaseVoter require(Caller caller, String caseId) {
        return voters.of(caller.tenantId(), caseId, pseudonymOf(caller)).orElseThrow(() -> Problem.forbidden(
                "Kies eerst zelf een aanpak bij deze Kopkraker. Daarna lees en schrijf je waarom collega's kozen wat ze kozen."));
    }
}
