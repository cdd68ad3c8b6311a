package nl.kenniskompas.discussion.proposals;

import nl.kenniskompas.discussion.Texts;
import nl.kenniskompas.platform.limits.PostingLimits;
import nl.kenniskompas.discussion.voters.CaseVoter;
import nl.kenniskompas.discussion.voters.Voters;
import nl.kenniskompas.platform.outbox.FreshCopy;
import nl.kenniskompas.platform.problem.Problem;
import nl.kenniskompas.platform.tenant.Caller;
import nl.kenniskompas.platform.tenant.Role;
import nl.kenniskompas.platform.tenant.Tenant;
import nl.kenniskompas.platform.tenant.Tenants;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Third options: professionals who voted propose and support them; redacteuren see them per case, ranked. */
@RestController
class ProposalController {

    private final OptionProposals proposals;
    private final Voters voters;
    private final PostingLimits limits;
    private final Tenants tenants;
    private final Clock clock;

    ProposalController(OptionProposals proposals, Voters voters, PostingLimits limits, Tenants tenants, Clock clock) {
        this.proposals = proposals;
        this.voters = voters;
        this.limits = limits;
        this.tenants = tenants;
        this.clock = clock;
    }

    @GetMapping("/api/v1/reacties/derde-opties")
    List<ProposalView> ofCase(@RequestParam(name = "kopkraker") String caseId, Caller caller) {
        voters.require(caller, caseId);
        String me = person(caller);
        return proposals.findByCaseIdOrderBySupportDescProposedAtAsc(caseId).stream().map(p -> view(p, me, caller)).toList();
    }

    @PostMapping("/api/v1/reacties/derde-opties")
    ResponseEntity<ProposalView> propose(@RequestBody NewProposal body, Caller caller) {
        caller.require(Role.PROFESSIONAL);
        if (body.caseId() == null || body.caseId().isBlank()) {
            throw Problem.invalidField("caseId", "Zeg bij welke Kopkraker je een andere aanpak voorstelt.");
        }
        CaseVoter vote = voters.require(caller, body.caseId());
        String title = Texts.required("title", body.title(), 120);
        String explanation = Texts.required("explanation", body.explanation(), 600);
        limits.take(caller.tenantId(), vote.voter());
        OptionProposal proposal = proposals.save(new OptionProposal(UUID.randomUUID().toString(), body.caseId(),
                caller.tenantId(), vote.voter(), title, explanation, clock.instant().truncatedTo(ChronoUnit.MILLIS)));
        return ResponseEntity.status(HttpStatus.CREATED).body(view(proposal, person(caller), caller));
    }

    @PutMapping("/api/v1/reacties/derde-opties/{id}/steun")
    ProposalView support(@PathVariable String id, Caller caller) {
        return supporting(id, caller, true);
    }

    @DeleteMapping("/api/v1/reacties/derde-opties/{id}/steun")
    ProposalView withdraw(@PathVariable String id, Caller caller) {
        return supporting(id, caller, false);
    }

    /** For redacteuren: every case's proposals, most supported first, as input for new Kopkrakers. */
    @GetMapping("/api/v1/reacties/derde-opties/redactie")
    Map<String, List<ProposalView>> forEditors(@RequestParam(name = "kopkraker", required = false) String caseId,
                                              Caller caller) {
        caller.require(Role.REDACTEUR);
        List<OptionProposal> all = caseId == null ? proposals.findAllByOrderByCaseIdAscSupportDescProposedAtAsc()
                : proposals.findByCaseIdOrderBySupportDescProposedAtAsc(caseId);
        Map<String, List<ProposalView>> perCase = new LinkedHashMap<>();
        all.forEach(p -> perCase.computeIfAbsent(p.caseId(), c -> new java.util.ArrayList<>()).add(view(p, null, caller)));
        return perCase;
    }

    private ProposalView supporting(String id, Caller caller, boolean supports) {
        String me = person(caller);
        // Many colleagues may support one proposal at the same moment.
        return FreshCopy.saved("Dit voorstel", () -> {
            OptionProposal proposal = proposals.findById(id)
                    .orElseThrow(() -> Problem.notFound("Er is geen voorstel '" + id + "'."));
            voters.require(caller, proposal.caseId());
            if (proposal.tenant().equals(caller.tenantId()) && proposal.author().equals(voters.pseudonymOf(caller))) {
                throw Problem.conflict("eigen-voorstel", "Je eigen voorstel steun je al.");
            }
            return view(proposal.support(me, supports) ? proposals.save(proposal) : proposal, me, caller);
        });
    }

    private String person(Caller caller) {
        return caller.tenantId() + ":" + voters.pseudonymOf(caller);
    }

    private ProposalView view(OptionProposal proposal, String me, Caller caller) {
        boolean mine = proposal.tenant().equals(caller.tenantId()) && proposal.author().equals(voters.pseudonymOf(caller));
        return new ProposalView(proposal.id(), proposal.caseId(), proposal.title(), proposal.explanation(),
                tenants.byId(proposal.tenant()).map(Tenant::name).orElse(proposal.tenant()), proposal.proposedAt(),
                proposal.support(), me != null && proposal.supportedBy(me), mine);
    }

    record NewProposal(String caseId, String title, String explanation) {
    }

    record ProposalView(String id, String caseId, String title, String explanation, String organisation,
                        Instant proposedAt, int support, boolean supportedByMe, boolean mine) {
    }
}
