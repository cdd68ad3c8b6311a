package nl.kenniskompas.keuzehulp.reviews;

import nl.kenniskompas.platform.tenant.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Reviews by professionals, review links for clients, the public review form, and moderation. */
@RestController
class ReviewController {

    private final Reviewing reviewing;

    ReviewController(Reviewing reviewing) {
        this.reviewing = reviewing;
    }

    record Mine(String id, int general, Integer result, Integer execution, String text, Instant at) {
    }

    @PutMapping("/api/v1/keuzehulp/instrumenten/{id}/beoordelingen/mijn")
    Mine rate(@PathVariable String id, @RequestBody Reviewing.Scores scores, Caller caller) {
        Review review = reviewing.rate(caller, id, scores);
        return new Mine(review.id(), review.general(), review.result(), review.execution(), review.text(), review.at());
    }

    @PostMapping("/api/v1/keuzehulp/instrumenten/{id}/beoordelingslinks")
    @ResponseStatus(HttpStatus.CREATED)
    Reviewing.NewLink link(@PathVariable String id, Caller caller) {
        return reviewing.link(caller, id);
    }

    @GetMapping("/api/v1/keuzehulp/publiek/beoordelingslinks/{token}")
    Reviewing.LinkInfo linkInfo(@PathVariable String token) {
        return reviewing.linkInfo(token);
    }

    record ClientReview(Integer score, String text) {
    }

    record Thanks(String message) {
    }

    @PostMapping("/api/v1/keuzehulp/publiek/beoordelingslinks/{token}")
    @ResponseStatus(HttpStatus.CREATED)
    Thanks clientReview(@PathVariable String token, @RequestBody ClientReview review) {
        reviewing.clientReview(token, review.score(), review.text());
        return new Thanks("Dank je wel! Je beoordeling helpt anderen kiezen.");
    }

    record Moderated(String id, String instrumentId, String instrumentName, String source, int general, String text, Instant at,
                     boolean hidden, List<String> moderation) {

        static Moderated of(Review review, Map<String, String> names) {
            return new Moderated(review.id(), review.instrumentId(), names.get(review.instrumentId()), review.source().name(),
                    review.general(), review.text(), review.at(), review.hidden(), review.moderation());
        }
    }

    @GetMapping("/api/v1/keuzehulp/beoordelingen")
    List<Moderated> forModeration(Caller caller) {
        List<Review> reviews = reviewing.forModeration(caller);
        Map<String, String> names = reviewing.instrumentNames(caller.tenantId());
        return reviews.stream().map(review -> Moderated.of(review, names)).toList();
    }

    record Hiding(Boolean hidden, String reason) {
    }

    @PutMapping("/api/v1/keuzehulp/beoordelingen/{id}/verborgen")
    Moderated hide(@PathVariable String id, @RequestBody Hiding hiding, Caller caller) {
        Review review = reviewing.moderate(caller, id, !Boolean.FALSE.equals(hiding.hidden()), hiding.reason());
        return Moderated.of(review, Map.of(review.instrumentId(), reviewing.instrumentName(caller.tenantId(), review.instrumentId())));
    }
}
