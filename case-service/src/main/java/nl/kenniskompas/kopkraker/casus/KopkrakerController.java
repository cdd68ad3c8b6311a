package nl.kenniskompas.kopkraker.casus;

import io.micrometer.core.annotation.Timed;
import nl.kenniskompas.platform.problem.Problem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

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

    /** Published Kopkrakers, newest first, and when the next one comes out (its content stays hidden until then). */
    @GetMapping
    KopkrakerList published() {
        return new KopkrakerList(kopkrakers.findByStatusOrderByPublishedAtDesc(Status.PUBLISHED).stream()
                .map(Summary::of)
                .toList(),
                kopkrakers.findFirstByStatusOrderByReleaseAtAsc(Status.SCHEDULED).map(Kopkraker::releaseAt).orElse(null));
    }

    @GetMapping("/{id}")
    KopkrakerView one(@PathVariable String id) {
        return kopkrakers.findPublished(id)
                .map(KopkrakerView::of)
                .orElseThrow(() -> Problem.notFound("Er is geen gepubliceerde Kopkraker '" + id + "'."));
    }

    record KopkrakerList(List<Summary> items, Instant nextRelease) {
    }

    record Summary(String id, int number, int version, String title, String dilemma, String theme, Instant publishedAt) {
        static Summary of(Kopkraker k) {
            return new Summary(k.id(), k.number(), k.version(), k.title(), k.dilemma(), k.theme(), k.publishedAt());
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
