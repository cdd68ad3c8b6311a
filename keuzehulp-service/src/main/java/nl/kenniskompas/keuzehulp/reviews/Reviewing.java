package nl.kenniskompas.keuzehulp.reviews;

import nl.kenniskompas.events.EventTypes;
import nl.kenniskompas.events.InstrumentReviewed;
import nl.kenniskompas.events.Topics;
import nl.kenniskompas.keuzehulp.catalogue.Instrument;
import nl.kenniskompas.keuzehulp.catalogue.Instruments;
import nl.kenniskompas.platform.limits.PostingLimits;
import nl.kenniskompas.platform.outbox.FreshCopy;
import nl.kenniskompas.platform.outbox.OutboxMessage;
import nl.kenniskompas.platform.outbox.OutboxRelay;
import nl.kenniskompas.platform.privacy.PersonalDataGuard;
import nl.kenniskompas.platform.problem.FieldProblem;
import nl.kenniskompas.platform.problem.Problem;
import nl.kenniskompas.platform.pseudonym.Pseudonyms;
import nl.kenniskompas.platform.tenant.Caller;
import nl.kenniskompas.platform.tenant.Role;
import nl.kenniskompas.platform.tenant.Tenants;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reviews of instruments: professionals rate on three scores with a short text (required at the extremes), clients
 * give one score through a link a professional made for them. Both pass the personal-data guard; a moderator hides
 * what should not be there. Each review is announced as {@code instrument-reviewed}, without author or text.
 */
@Service
public class Reviewing {

    static final int MAX_PROFESSIONAL_TEXT = 500;
    static final int MAX_CLIENT_TEXT = 300;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Reviews reviews;
    private final org.springframework.data.mongodb.core.MongoTemplate mongo;
    private final Instruments instruments;
    private final Pseudonyms pseudonyms;
    private final PostingLimits limits;
    private final Tenants tenants;
    private final OutboxRelay relay;
    private final JsonMapper json;
    private final org.springframework.context.ApplicationEventPublisher changes;
    private final Clock clock;
    private final int minimum;
    private final Duration linkValidity;

    Reviewing(Reviews reviews, org.springframework.data.mongodb.core.MongoTemplate mongo, Instruments instruments,
              Pseudonyms pseudonyms, PostingLimits limits, Tenants tenants, OutboxRelay relay, JsonMapper json,
              org.springframework.context.ApplicationEventPublisher changes, Clock clock,
              @Value("${kenniskompas.reviews.minimum:3}") int minimum,
              @Value("${kenniskompas.reviews.link-validity:14d}") Duration linkValidity) {
        this.reviews = reviews;
        this.mongo = mongo;
        this.instruments = instruments;
        this.pseudonyms = pseudonyms;
        this.limits = limits;
        this.tenants = tenants;
        this.relay = relay;
        this.json = json;
        this.changes = changes;
        this.clock = clock;
        this.minimum = minimum;
        this.linkValidity = linkValidity;
    }

    public record Scores(Integer general, Integer result, Integer execution, String text) {
    }

    /** A professional's own review of an instrument: one per person, a second one replaces the first. */
    public Review rate(Caller caller, String instrumentId, Scores scores) {
        caller.require(Role.PROFESSIONAL);
        Instrument instrument = published(caller.tenantId(), instrumentId);
        List<FieldProblem> problems = new ArrayList<>();
        int general = score("general", scores.general(), problems);
        int result = score("result", scores.result(), problems);
        int execution = score("execution", scores.execution(), problems);
        String text = scores.text() == null || scores.text().isBlank() ? null : scores.text().strip();
        if (text == null && (general == 1 || general == 5)) {
            problems.add(new FieldProblem("text", "Bij een 1 of een 5 horen we graag waarom: schrijf een korte toelichting."));
        }
        if (text != null && text.length() > MAX_PROFESSIONAL_TEXT) {
            problems.add(new FieldProblem("text", "Hoogstens " + MAX_PROFESSIONAL_TEXT + " tekens (nu " + text.length() + ")."));
        }
        if (!problems.isEmpty()) {
            throw Problem.invalidFields(problems);
        }
        PersonalDataGuard.refuse("text", text);
        String author = pseudonyms.of(caller.tenantId(), caller.subject());
        limits.take(caller.tenantId(), author);
        String id = "pro-" + hash(caller.tenantId() + ":" + instrument.id() + ":" + author).substring(0, 32);
        return saved(() -> {
            Instant at = now();
            Review review = reviews.findByIdAndTenant(id, caller.tenantId())
                    .map(existing -> {
                        existing.rate(general, result, execution, text, at);
                        return existing;
                    })
                    .orElseGet(() -> Review.professional(id, caller.tenantId(), instrument.id(), author, general, result, execution, text, at));
            review.announce(reviewed(review, at));
            return review;
        });
    }

    public record NewLink(String token, String url, Instant expiresAt) {
    }

    public NewLink link(Caller caller, String instrumentId) {
        caller.require(Role.PROFESSIONAL);
        Instrument instrument = published(caller.tenantId(), instrumentId);
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = now();
        ReviewLink link = new ReviewLink(hash(token), caller.tenantId(), instrument.id(), now, now.plus(linkValidity), null);
        mongo.insert(link);
        return new NewLink(token, "/#/beoordeel/" + token, link.expiresAt());
    }

    public record LinkInfo(String instrument, String organisation, Instant expiresAt) {
    }

    public LinkInfo linkInfo(String token) {
        ReviewLink link = usableLink(token);
        Instrument instrument = published(link.tenant(), link.instrumentId());
        return new LinkInfo(instrument.content().name(), tenants.byId(link.tenant()).map(t -> t.name()).orElse(link.tenant()),
                link.expiresAt());
    }

    /** A client's review through a link: once, before it expires, anonymous. */
    public Review clientReview(String token, Integer score, String text) {
        ReviewLink link = usableLink(token);
        List<FieldProblem> problems = new ArrayList<>();
        int general = score("score", score, problems);
        String trimmed = text == null || text.isBlank() ? null : text.strip();
        if (trimmed != null && trimmed.length() > MAX_CLIENT_TEXT) {
            problems.add(new FieldProblem("text", "Je tekst is te lang. Gebruik hoogstens " + MAX_CLIENT_TEXT + " tekens."));
        }
        if (!problems.isEmpty()) {
            throw Problem.invalidFields(problems);
        }
        PersonalDataGuard.refuse("text", trimmed);
        published(link.tenant(), link.instrumentId());
        Instant at = now();
        Review review = Review.client("client-" + link.tokenHash(), link.tenant(), link.instrumentId(), general, trimmed, at);
        review.announce(reviewed(review, at));
        try {
            reviews.insert(review);
        } catch (DuplicateKeyException usedMeanwhile) {
            throw used();
        }
        relay.nudge(Review.COLLECTION, review.id());
        mongo.save(link.used(at));
        changes.publishEvent(new nl.kenniskompas.keuzehulp.catalogue.CatalogueChanged(link.tenant()));
        return review;
    }

    public Review moderate(Caller caller, String reviewId, boolean hide, String reason) {
        caller.require(Role.MODERATOR);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why == null) {
            throw Problem.invalidField("reason", "Schrijf kort op waarom.");
        }
        return saved(() -> {
            Review review = reviews.findByIdAndTenant(reviewId, caller.tenantId())
                    .orElseThrow(() -> Problem.notFound("Er is geen beoordeling '" + reviewId + "' in jouw organisatie."));
            Instant at = now();
            review.hide(hide, why, caller.name(), at);
            review.announce(reviewed(review, at));
            return review;
        });
    }

    public List<Review> forModeration(Caller caller) {
        caller.require(Role.MODERATOR);
        return reviews.findByTenant(caller.tenantId()).stream()
                .filter(review -> review.text() != null)
                .sorted(java.util.Comparator.comparing(Review::at).reversed()).limit(200).toList();
    }

    /** Every instrument's name in an organisation's catalogue, by id: moderators see what a review is about. */
    public Map<String, String> instrumentNames(String tenant) {
        return instruments.findByTenant(tenant).stream()
                .collect(Collectors.toMap(Instrument::id, instrument -> instrument.content().name(), (a, b) -> a));
    }

    public String instrumentName(String tenant, String instrumentId) {
        return instruments.findByIdAndTenant(instrumentId, tenant).map(instrument -> instrument.content().name()).orElse(instrumentId);
    }

    public List<Review> of(String tenant, String instrumentId) {
        return reviews.findByTenantAndInstrumentId(tenant, instrumentId);
    }

    public ReviewSummary summary(List<Review> reviews, Review.Source source) {
        return ReviewSummary.of(reviews.stream().filter(review -> review.source() == source).toList(), minimum);
    }

    /** The professionals' summary per instrument of an organisation, for the search's list and its sorting. */
    public Map<String, ReviewSummary> professionalSummaries(String tenant) {
        return reviews.findByTenant(tenant).stream().filter(review -> review.source() == Review.Source.PROFESSIONAL)
                .collect(Collectors.groupingBy(Review::instrumentId,
                        Collectors.collectingAndThen(Collectors.toList(), list -> ReviewSummary.of(list, minimum))));
    }

    public String pseudonymOf(Caller caller) {
        return pseudonyms.of(caller.tenantId(), caller.subject());
    }

    /** Saves the change {@code changed} makes to a freshly read review (see {@link FreshCopy}; a moderator may act too). */
    private Review saved(java.util.function.Supplier<Review> changed) {
        return FreshCopy.saved("Deze beoordeling", () -> {
            Review saved = reviews.save(changed.get());
            relay.nudge(Review.COLLECTION, saved.id());
            changes.publishEvent(new nl.kenniskompas.keuzehulp.catalogue.CatalogueChanged(saved.tenant()));
            return saved;
        });
    }

    private ReviewLink usableLink(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw Problem.notFound("Deze link bestaat niet.");
        }
        ReviewLink link = mongo.findById(hash(token), ReviewLink.class);
        if (link == null) {
            throw Problem.notFound("Deze link bestaat niet. Vraag je begeleider om een nieuwe link.");
        }
        if (link.usedAt() != null || reviews.existsById("client-" + link.tokenHash())) {
            throw used();
        }
        if (!clock.instant().isBefore(link.expiresAt())) {
            throw new Problem(HttpStatus.GONE, "link-verlopen",
                    "Deze link is verlopen. Vraag je begeleider om een nieuwe link.", List.of());
        }
        return link;
    }

    private static Problem used() {
        return new Problem(HttpStatus.GONE, "link-gebruikt",
                "Met deze link is al een beoordeling gegeven. Dank je wel! Een link werkt maar één keer.", List.of());
    }

    private Instrument published(String tenant, String instrumentId) {
        return instruments.findByIdAndTenant(instrumentId, tenant).filter(Instrument::published)
                .orElseThrow(() -> Problem.notFound("Er is geen instrument '" + instrumentId + "' in jouw Keuzehulp."));
    }

    private OutboxMessage reviewed(Review review, Instant at) {
        var event = new InstrumentReviewed(review.id(), review.instrumentId(), review.source().name(), review.general(),
                review.result(), review.execution(), review.text() == null ? 0 : review.text().length(), review.hidden(), at);
        return OutboxMessage.pending(Topics.INSTRUMENT_REVIEWED, review.id(), EventTypes.INSTRUMENT_REVIEWED_V1, review.tenant(),
                at, json.writeValueAsString(event));
    }

    private static int score(String field, Integer score, List<FieldProblem> problems) {
        if (score == null || score < 1 || score > 5) {
            problems.add(new FieldProblem(field, "Geef een cijfer van 1 tot en met 5."));
            return 0;
        }
        return score;
    }

    static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
