package nl.kenniskompas.vote.ballot;

import nl.kenniskompas.platform.outbox.FreshCopy;
import nl.kenniskompas.platform.outbox.OutboxRelay;
import nl.kenniskompas.platform.problem.Problem;
import nl.kenniskompas.platform.pseudonym.Pseudonyms;
import nl.kenniskompas.platform.tenant.Caller;
import nl.kenniskompas.platform.tenant.Role;
import nl.kenniskompas.vote.catalogue.PublishedCase;
import nl.kenniskompas.vote.catalogue.PublishedCases;
import nl.kenniskompas.vote.profile.MyProfile;
import nl.kenniskompas.vote.profile.Profile;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * A professional chooses an option of a published Kopkraker. One ballot per professional per case: the same choice
 * again changes nothing, another choice moves the vote. Concurrent requests of one person (a double tap) meet at the
 * ballot's id and version; the loser re-reads and usually finds nothing left to do.
 */
@Service
public class CastingVote {

    private final Ballots ballots;
    private final PublishedCases cases;
    private final Pseudonyms pseudonyms;
    private final VoteCastAnnouncer announcer;
    private final OutboxRelay relay;
    private final MyProfile profiles;
    private final Clock clock;

    CastingVote(Ballots ballots, PublishedCases cases, Pseudonyms pseudonyms, VoteCastAnnouncer announcer,
                OutboxRelay relay, MyProfile profiles, Clock clock) {
        this.ballots = ballots;
        this.cases = cases;
        this.pseudonyms = pseudonyms;
        this.announcer = announcer;
        this.relay = relay;
        this.profiles = profiles;
        this.clock = clock;
    }

    public Ballot cast(Caller caller, String caseId, String optionId) {
        caller.require(Role.PROFESSIONAL);
        PublishedCase kopkraker = cases.findById(caseId)
                .orElseThrow(() -> Problem.notFound("Er is geen gepubliceerde Kopkraker '" + caseId + "' om op te stemmen."));
        if (kopkraker.archived()) {
            throw Problem.conflict("kopkraker-gearchiveerd",
                    "Kopkraker '" + caseId + "' is gearchiveerd: je kunt er niet meer op stemmen. Wat collega's kozen, blijft zichtbaar.");
        }
        if (!kopkraker.hasOption(optionId)) {
            throw Problem.invalidField("optionId", "Kopkraker '" + caseId + "' heeft geen optie '" + optionId
                    + "'; kies uit " + String.join(", ", kopkraker.optionIds()) + ".");
        }
        String voter = pseudonyms.of(caller.tenantId(), caller.subject());
        Profile profile = profiles.of(caller);
        // The same person voting from two places at once, or again right after the relay marked the vote sent.
        return FreshCopy.saved("Je stem", () -> {
            Ballot ballot = ballots.findById(Ballot.idOf(caller.tenantId(), caseId, voter))
                    .orElseGet(() -> Ballot.first(caller.tenantId(), caseId, voter));
            // MongoDB keeps milliseconds; so do we, or a repeated request would answer a different time.
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            if (!ballot.choose(optionId, kopkraker.version(), now, profile, announcer)) {
                return ballot;
            }
            Ballot saved = ballots.save(ballot);
            relay.nudge(Ballot.COLLECTION, saved.id());
            return saved;
        });
    }

    /** "Mijn keuzes": every case I chose on, newest first. */
    public List<Ballot> mine(Caller caller) {
        return ballots.findByTenantAndVoterOrderByCastAtDesc(caller.tenantId(), pseudonyms.of(caller.tenantId(), caller.subject()));
    }

    public Optional<Ballot> mine(Caller caller, String caseId) {
        String voter = pseudonyms.of(caller.tenantId(), caller.subject());
        return ballots.findById(Ballot.idOf(caller.tenantId(), caseId, voter));
    }
}
