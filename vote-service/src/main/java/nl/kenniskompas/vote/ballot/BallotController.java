package nl.kenniskompas.vote.ballot;

import io.micrometer.core.annotation.Timed;
import jakarta.validation.Valid;
import nl.kenniskompas.platform.problem.Problem;
import nl.kenniskompas.platform.tenant.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** My vote on a Kopkraker: a single resource per professional per case, so PUT is naturally idempotent. */
@RestController
@Timed("votes")
class BallotController {

    private final CastingVote casting;

    BallotController(CastingVote casting) {
        this.casting = casting;
    }

    @PutMapping("/api/v1/kopkrakers/{caseId}/stem")
    MyVote cast(@PathVariable String caseId, @Valid @RequestBody CastVote vote, Caller caller) {
        return MyVote.of(casting.cast(caller, caseId, vote.optionId()));
    }

    @GetMapping("/api/v1/kopkrakers/{caseId}/stem")
    MyVote mine(@PathVariable String caseId, Caller caller) {
        return casting.mine(caller, caseId).map(MyVote::of)
                .orElseThrow(() -> Problem.notFound("Je hebt nog niet gekozen bij Kopkraker '" + caseId + "'."));
    }

    @GetMapping("/api/v1/stemmen/mijn")
    MyVotes all(Caller caller) {
        return new MyVotes(casting.mine(caller).stream().map(MyVote::of).toList());
    }

    /** Does nothing but authenticate: the HTTP ceiling for the benchmark (through the gateway and direct). */
    @GetMapping("/api/v1/stemmen/ping")
    Ping ping(Caller caller) {
        return new Ping(caller.tenantId());
    }

    record Ping(String tenant) {
    }

    record MyVotes(List<MyVote> items) {
    }

    record MyVote(String caseId, String optionId, int caseVersion, Instant castAt) {
        static MyVote of(Ballot ballot) {
            return new MyVote(ballot.caseId(), ballot.optionId(), ballot.caseVersion(), ballot.castAt());
        }
    }
}
