package nl.kenniskompas.discussion.reactions;

import nl.kenniskompas.platform.problem.Problem;
import nl.kenniskompas.platform.tenant.Caller;
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

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** "Waarom koos je dit?": the conversation under a Kopkraker, and its moderation. */
@RestController
class ReactionController {

    private final Reacting reacting;
    private final Conversation conversation;
    private final Moderating moderating;

    ReactionController(Reacting reacting, Conversation conversation, Moderating moderating) {
        this.reacting = reacting;
        this.conversation = conversation;
        this.moderating = moderating;
    }

    @GetMapping("/api/v1/reacties")
    Conversation.Page list(@RequestParam(name = "kopkraker", required = false) String caseId,
                           @RequestParam(defaultValue = "nieuw") String sort,
                           @RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = "20") int size, Caller caller) {
        if (caseId == null || caseId.isBlank()) {
            throw Problem.invalidField("kopkraker", "Zeg van welke Kopkraker je de reacties wilt zien.");
        }
        return conversation.of(caller, caseId, order(sort), page, size);
    }

    @PostMapping("/api/v1/reacties")
    ResponseEntity<ReactionView> post(@RequestBody NewReaction body, Caller caller) {
        Reaction posted = reacting.post(caller, body.caseId(), body.text(), Boolean.TRUE.equals(body.nationwide()));
        return ResponseEntity.status(HttpStatus.CREATED).body(conversation.one(caller, posted));
    }

    @GetMapping("/api/v1/reacties/{id}")
    ReactionView one(@PathVariable String id, Caller caller) {
        return conversation.one(caller, reacting.readable(caller, id));
    }

    @PostMapping("/api/v1/reacties/{id}/antwoorden")
    ResponseEntity<ReactionView> reply(@PathVariable String id, @RequestBody Reply body, Caller caller) {
        return ResponseEntity.status(HttpStatus.CREATED).body(conversation.one(caller, reacting.reply(caller, id, body.text())));
    }

    @PutMapping("/api/v1/reacties/{id}")
    ReactionView edit(@PathVariable String id, @RequestBody Reply body, Caller caller) {
        return conversation.one(caller, reacting.edit(caller, id, body.text()));
    }

    @DeleteMapping("/api/v1/reacties/{id}")
    ResponseEntity<Void> delete(@PathVariable String id, Caller caller) {
        reacting.delete(caller, id);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/api/v1/reacties/{id}/herkenbaar")
    ReactionView recognise(@PathVariable String id, Caller caller) {
        return conversation.one(caller, reacting.recognise(caller, id, true));
    }

    @DeleteMapping("/api/v1/reacties/{id}/herkenbaar")
    ReactionView forget(@PathVariable String id, Caller caller) {
        return conversation.one(caller, reacting.recognise(caller, id, false));
    }

    @PostMapping("/api/v1/reacties/{id}/meldingen")
    ResponseEntity<Void> report(@PathVariable String id, @RequestBody Reason body, Caller caller) {
        reacting.report(caller, id, body.reason());
        return ResponseEntity.accepted().build();
    }

    @GetMapping("/api/v1/reacties/moderatie")
    List<ModerationItem> queue(@RequestParam(defaultValue = "gemeld") String status, Caller caller) {
        Moderating.Queue queue;
        try {
            queue = Moderating.Queue.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw Problem.invalidField("status", "Kies 'gemeld' of 'verborgen'.");
        }
        return moderating.queue(caller, queue).stream().map(ModerationItem::of).toList();
    }

    @PostMapping("/api/v1/reacties/{id}/verbergen")
    ModerationItem hide(@PathVariable String id, @RequestBody Reason body, Caller caller) {
        return ModerationItem.of(moderating.hide(caller, id, body.reason()));
    }

    @PostMapping("/api/v1/reacties/{id}/herstellen")
    ModerationItem restore(@PathVariable String id, @RequestBody Reason body, Caller caller) {
        return ModerationItem.of(moderating.restore(caller, id, body.reason()));
    }

    private static Conversation.Order order(String sort) {
        try {
            return Conversation.Order.valueOf(sort.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw Problem.invalidField("sort", "Sorteer op 'nieuw' of 'herkenbaar'.");
        }
    }

    record NewReaction(String caseId, String text, Boolean nationwide) {
    }

    record Reply(String text) {
    }

    record Reason(String reason) {
    }

    /** What a moderator needs to decide: the full text, the reports and the trail (authors as pseudonyms only). */
    record ModerationItem(String id, String caseId, String parentId, String text, boolean hidden, boolean deleted,
                          Instant postedAt, int openReports, List<Reaction.Report> reports, List<Reaction.AuditEntry> audit) {
        static ModerationItem of(Reaction reaction) {
            return new ModerationItem(reaction.id(), reaction.caseId(), reaction.parentId(), reaction.text(), reaction.hidden(),
                    reaction.deleted(), reaction.postedAt(), reaction.openReports(), reaction.reports(), reaction.audit());
        }
    }
}
