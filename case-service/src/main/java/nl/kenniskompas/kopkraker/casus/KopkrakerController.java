package nl.kenniskompas.kopkraker.casus;

import io.micrometer.core.annotation.Timed;
import nl.kenniskompas.platform.problem.Problem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/** Published Kopkrakers, for every signed-in person: national content, the same in every tenant. */
@RestController
@RequestMapping("/api/v1/kopkrakers")
@Timed("kopkrakers.read")
class KopkrakerController {

    private final Kopkrakers kopkrakers;

    KopkrakerController(Kopkrakers kopkrakers) {
        this.kopkrakers = kopkrakers;
    }

    /**
     * The archive: published Kopkrakers, newest (the current one) first, optionally filtered; the values one can filter
     * on; and when the next one comes out (its content stays hidden until then).
     */
    @GetMapping
    KopkrakerList published(@RequestParam(name = "thema", required = false) String theme,
                            @RequestParam(name = "begrip", required = false) String concept,
                            @RequestParam(name = "doelgroep", required = false) Audience audience,
                            @RequestParam(name = "uitkering", required = false) String benefitType,
                            @RequestParam(name = "zoek", required = false) @Size(max = 100) String text) {
        var query = new ArchiveQuery(theme, concept, audience, benefitType, text);
        List<Kopkraker> published = kopkrakers.findByStatusOrderByPublishedAtDesc(Status.PUBLISHED);
        return new KopkrakerList(
                published.stream().filter(query::matches).map(Summary::of).toList(),
                ArchiveQuery.Filters.of(published),
                kopkrakers.findFirstByStatusOrderByReleaseAtAsc(Status.SCHEDULED).map(Kopkraker::releaseAt).orElse(null));
    }

    @GetMapping("/{id}")
    KopkrakerView one(@PathVariable String id) {
        return kopkrakers.findPublished(id)
                .map(KopkrakerView::of)
                .orElseThrow(() -> Problem.notFound("Er is geen gepubliceerde Kopkraker '" + id + "'."));
    }

    record KopkrakerList(List<Summary> items, ArchiveQuery.Filters filters, Instant nextRelease) {
    }

    record Summary(String id, int number, int version, String title, String clientName, String dilemma, String theme,
                   List<String> concepts, Audience audience, List<String> benefitTypes, Instant publishedAt) {
        static Summary of(Kopkraker k) {
            return new Summary(k.id(), k.number(), k.version(), k.title(), k.profile().naam(), k.dilemma(), k.theme(),
                    k.concepts(), k.audience(), k.benefitTypes(), k.publishedAt());
        }
    }

    record KopkrakerView(String id, int number, int version, String title, Instant publishedAt,
                         List<ClientProfile.Field> profile, String background, String dilemma, List<Option> options,
                         String theme, List<String> concepts, Audience audience, List<String> benefitTypes,
                         List<String> literature) {
        static KopkrakerView of(Kopkraker k) {
            return new KopkrakerView(k.id(), k.number(), k.version(), k.title(), k.publishedAt(), k.profile().inOrder(),
                    k.background(), k.dilemma(), k.options(), k.theme(), k.concepts(), k.audience(), k.benefitTypes(),
                    k.literature());
        }
    }
}
