package nl.kenniskompas.kopkraker.redactie;

import io.micrometer.core.annotation.Timed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.kenniskompas.kopkraker.casus.Audience;
import nl.kenniskompas.kopkraker.casus.CaseFormat;
import nl.kenniskompas.kopkraker.casus.ClientProfile;
import nl.kenniskompas.kopkraker.casus.Content;
import nl.kenniskompas.kopkraker.casus.Kopkraker;
import nl.kenniskompas.kopkraker.casus.Option;
import nl.kenniskompas.kopkraker.casus.Status;
import nl.kenniskompas.kopkraker.casus.Transition;
import nl.kenniskompas.platform.problem.FieldProblem;
import nl.kenniskompas.platform.tenant.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * The editor's API. A draft may be incomplete; every answer carries the case-format problems that still stand, so the
 * editor can show them next to the fields.
 */
@RestController
@RequestMapping("/api/v1/redactie/kopkrakers")
@Timed("redactie")
class RedactieController {

    private final EditingKopkrakers editing;

    RedactieController(EditingKopkrakers editing) {
        this.editing = editing;
    }

    @GetMapping
    List<Overview> all(Caller caller) {
        return editing.all(caller).stream().map(Overview::of).toList();
    }

    @GetMapping("/{id}")
    EditorView one(@PathVariable String id, Caller caller) {
        return EditorView.of(editing.one(caller, id));
    }

    @PostMapping
    ResponseEntity<EditorView> create(@RequestBody Content content, Caller caller) {
        Kopkraker created = editing.create(caller, content);
        return ResponseEntity.created(URI.create("/api/v1/redactie/kopkrakers/" + created.id())).body(EditorView.of(created));
    }

    @PutMapping("/{id}")
    EditorView revise(@PathVariable String id, @RequestBody Content content, Caller caller) {
        return EditorView.of(editing.revise(caller, id, content));
    }

    @PostMapping("/{id}/overgangen")
    EditorView move(@PathVariable String id, @Valid @RequestBody Move move, Caller caller) {
        return EditorView.of(editing.move(caller, id, move.to(), move.releaseAt()));
    }

    record Move(@NotNull(message = "Kies de nieuwe status.") Status to, Instant releaseAt) {
    }

    record Overview(String id, int number, int version, String title, Status status, Instant releaseAt,
                    Instant publishedAt, int problems) {
        static Overview of(Kopkraker k) {
            return new Overview(k.id(), k.number(), k.version(), k.title(), k.status(), k.releaseAt(), k.publishedAt(),
                    CaseFormat.check(k).size());
        }
    }

    record EditorView(String id, int number, int version, Status status, Instant releaseAt, Instant publishedAt,
                      String title, ClientProfile profile, String background, String dilemma, List<Option> options,
                      String theme, List<String> concepts, Audience audience, List<String> benefitTypes,
                      List<String> literature, List<String> inspiredBy, List<FieldProblem> problems,
                      List<Transition> history) {
        static EditorView of(Kopkraker k) {
            return new EditorView(k.id(), k.number(), k.version(), k.status(), k.releaseAt(), k.publishedAt(), k.title(),
                    k.profile(), k.background(), k.dilemma(), k.options(), k.theme(), k.concepts(), k.audience(),
                    k.benefitTypes(), k.literature(), k.inspiredBy(), CaseFormat.check(k), k.history());
        }
    }
}
