package nl.kenniskompas.dilemma.triage;

import nl.kenniskompas.dilemma.submissions.Dilemma;
import nl.kenniskompas.dilemma.submissions.DilemmaEvents;
import nl.kenniskompas.dilemma.submissions.Status;
import nl.kenniskompas.dilemma.submissions.Submission;
import nl.kenniskompas.dilemma.submissions.Submissions;
import nl.kenniskompas.dilemma.submissions.UsedFor;
import nl.kenniskompas.platform.outbox.FreshCopy;
import nl.kenniskompas.platform.outbox.OutboxRelay;
import nl.kenniskompas.platform.problem.Problem;
import nl.kenniskompas.platform.tenant.Caller;
import nl.kenniskompas.platform.tenant.Role;
import nl.kenniskompas.platform.tenant.Tenants;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The redactie's inbox: every submitted dilemma, from every organisation, to be given a theme and a status. "Gebruikt"
 * is not a choice here: a dilemma is used when a Kopkraker that names it is published ({@link CasePublishedListener}).
 */
@Service
class Triage {

    private final Submissions submissions;
    private final MongoTemplate mongo;
    private final Themes themes;
    private final DilemmaEvents events;
    private final Tenants tenants;
    private final OutboxRelay relay;
    private final Clock clock;

    Triage(Submissions submissions, MongoTemplate mongo, Themes themes, DilemmaEvents events, Tenants tenants,
           OutboxRelay relay, Clock clock) {
        this.submissions = submissions;
        this.mongo = mongo;
        this.themes = themes;
        this.events = events;
        this.tenants = tenants;
        this.relay = relay;
        this.clock = clock;
    }

    record Filter(Status status, String theme, String organisation, String search) {
    }

    record Page(List<DilemmaView> items, long total, int page, int pageSize, Map<Status, Long> perStatus) {
    }

    /**
     * Newest first. The store narrows by organisation, status and theme; the texts are searched here. Intake volumes
     * are small (TNO gathered 37 dilemmas in five months), so a whole filtered inbox fits in memory many times over.
     */
    Page inbox(Caller caller, Filter filter, int page, int pageSize) {
        caller.require(Role.REDACTEUR);
        Criteria criteria = new Criteria();
        if (filter.organisation() != null) {
            criteria = criteria.and("tenant").is(filter.organisation());
        }
        String search = filter.search() == null ? null : filter.search().toLowerCase(Locale.ROOT);
        Predicate<Dilemma> matching = dilemma -> (filter.theme() == null || filter.theme().equals(dilemma.theme()))
                && (search == null || (dilemma.id() + " " + dilemma.problem() + " " + dilemma.approach1() + " "
                + dilemma.approach2()).toLowerCase(Locale.ROOT).contains(search));
        List<Submission> found = mongo.find(Query.query(criteria), Submission.class);
        Map<Status, Long> perStatus = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            perStatus.put(status, 0L);
        }
        List<DilemmaView> all = found.stream()
                .flatMap(submission -> submission.dilemmas().stream().filter(matching)
                        .peek(dilemma -> perStatus.merge(dilemma.status(), 1L, Long::sum))
                        .filter(dilemma -> filter.status() == null || dilemma.status() == filter.status())
                        .map(dilemma -> new Numbered(dilemma.number(), view(submission, dilemma))))
                .sorted(Comparator.comparingLong(Numbered::number).reversed())
                .map(Numbered::view)
                .toList();
        int from = Math.min(all.size(), page * pageSize);
        return new Page(all.subList(from, Math.min(all.size(), from + pageSize)), all.size(), page, pageSize, perStatus);
    }

    private record Numbered(long number, DilemmaView view) {
    }

    DilemmaView one(Caller caller, String dilemmaId) {
        caller.require(Role.REDACTEUR);
        Submission submission = submissionOf(dilemmaId);
        return view(submission, submission.dilemma(dilemmaId).orElseThrow());
    }

    DilemmaView theme(Caller caller, String dilemmaId, String themeCode) {
        caller.require(Role.REDACTEUR);
        String code = themeCode == null || themeCode.isBlank() ? null : themeCode.strip();
        String label = code == null ? null : themes.byCode(code)
                .orElseThrow(() -> Problem.invalidField("theme", "'" + code + "' is geen thema. Kies er een uit de lijst of voeg het toe."))
                .label();
        Instant at = now();
        return change(dilemmaId, submission -> submission.theme(dilemmaId, code, label, caller.name(), at,
                dilemma -> events.triaged(submission, dilemma, label, at)));
    }

    DilemmaView status(Caller caller, String dilemmaId, Status status, String reason) {
        caller.require(Role.REDACTEUR);
        if (status == Status.GEBRUIKT) {
            throw Problem.conflict("gebruikt-via-publicatie", "Een dilemma wordt 'gebruikt' zodra een Kopkraker die het noemt"
                    + " verschijnt. Noem " + dilemmaId + " bij 'Geïnspireerd door' in de redactie.");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (status == Status.NIET_GEBRUIKT && why == null) {
            throw Problem.invalidField("reason", "Schrijf kort op waarom dit dilemma niet gebruikt wordt.");
        }
        if (why != null && why.length() > 300) {
            throw Problem.invalidField("reason", "Houd de reden kort: hoogstens 300 tekens (nu " + why.length() + ").");
        }
        Instant at = now();
        return change(dilemmaId, submission -> {
            if (submission.dilemma(dilemmaId).orElseThrow().status() == Status.GEBRUIKT) {
                throw Problem.conflict("al-gebruikt", dilemmaId + " is al gebruikt voor een Kopkraker; de status blijft 'gebruikt'.");
            }
            return submission.status(dilemmaId, status, why, caller.name(), at,
                    dilemma -> events.triaged(submission, dilemma, themes.labelOf(dilemma.theme()), at));
        });
    }

    /** A Kopkraker naming the dilemma was published; answers false for an id no one submitted. */
    boolean usedFor(String dilemmaId, UsedFor kopkraker) {
        if (submissions.findByDilemmaIds(dilemmaId).isEmpty()) {
            return false;
        }
        Instant at = now();
        change(dilemmaId, submission -> submission.usedFor(dilemmaId, kopkraker, at,
                dilemma -> events.triaged(submission, dilemma, themes.labelOf(dilemma.theme()), at)));
        return true;
    }

    /**
     * Reads, changes and writes the submission, again on a conflict: two redacteuren (or a redacteur and the outbox
     * relay, or a publication) may touch it at the same moment.
     */
    private DilemmaView change(String dilemmaId, java.util.function.Function<Submission, Boolean> change) {
        return FreshCopy.saved("Dit dilemma", () -> {
            Submission submission = submissionOf(dilemmaId);
            if (!change.apply(submission)) {
                return view(submission, submission.dilemma(dilemmaId).orElseThrow());
            }
            Submission saved = submissions.save(submission);
            relay.nudge(Submission.COLLECTION, saved.id());
            return view(saved, saved.dilemma(dilemmaId).orElseThrow());
        });
    }

    private Submission submissionOf(String dilemmaId) {
        return submissions.findByDilemmaIds(dilemmaId)
                .orElseThrow(() -> Problem.notFound("Er is geen praktijkdilemma '" + dilemmaId + "'."));
    }

    private DilemmaView view(Submission submission, Dilemma dilemma) {
        return DilemmaView.of(submission, dilemma, tenants.byId(submission.tenant()).orElse(null), themes::labelOf);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
