package nl.kenniskompas.vote.stemoverzicht;

import nl.kenniskompas.platform.tenant.Caller;
import nl.kenniskompas.platform.tenant.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operator tools for the projection, answered by vote-service itself (the gateway does not route them): compare it
 * with the votes, and rebuild it from the topic. {@code infra/bin/rebuild-stemoverzicht} calls the rebuild.
 */
@RestController
class BeheerController {

    private final ProjectionCheck check;
    private final ProjectionRebuild rebuild;

    BeheerController(ProjectionCheck check, ProjectionRebuild rebuild) {
        this.check = check;
        this.rebuild = rebuild;
    }

    @GetMapping("/api/v1/beheer/stemoverzicht/controle")
    ProjectionCheck.Report compare(@RequestParam(name = "kopkraker", required = false) String caseId, Caller caller) {
        caller.require(Role.PLATFORMBEHEERDER);
        return check.compare(caseId);
    }

    @PostMapping("/api/v1/beheer/stemoverzicht/herbouw")
    ProjectionRebuild.Result rebuild(Caller caller) {
        caller.require(Role.PLATFORMBEHEERDER);
        return rebuild.rebuild();
    }
}
