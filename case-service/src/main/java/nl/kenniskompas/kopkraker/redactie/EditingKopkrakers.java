package nl.kenniskompas.kopkraker.redactie;

import nl.kenniskompas.kopkraker.casus.CaseFormat;
import nl.kenniskompas.kopkraker.casus.Content;
import nl.kenniskompas.kopkraker.casus.Kopkraker;
import nl.kenniskompas.kopkraker.casus.Kopkrakers;
import nl.kenniskompas.kopkraker.casus.Option;
import nl.kenniskompas.kopkraker.release.Publishing;
import nl.kenniskompas.kopkraker.casus.Status;
import nl.kenniskompas.platform.outbox.FreshCopy;
import nl.kenniskompas.platform.problem.FieldProblem;
import nl.kenniskompas.platform.problem.Problem;
import nl.kenniskompas.platform.tenant.Caller;
import nl.kenniskompas.platform.tenant.Role;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The ontwikkelgroep's work on Kopkrakers: write a draft, send it for review, schedule it, pull it back, archive it.
 * Only redacteuren; a case goes to review or into the schedule only when it meets the whole case format, and it is
 * released by the schedule, never by hand.
 */
@Service
public class EditingKopkrakers {

    private final Kopkrakers kopkrakers;
    private final Publishing publishing;
    private final Clock clock;

    EditingKopkrakers(Kopkrakers kopkrakers, Publishing publishing, Clock clock) {
        this.kopkrakers = kopkrakers;
        this.publishing = publishing;
        this.clock = clock;
    }

    public List<Kopkraker> all(Caller caller) {
        caller.require(Role.REDACTEUR);
        return kopkrakers.findAllByOrderByNumberDesc();
    }

    public Kopkraker one(Caller caller, String id) {
        caller.require(Role.REDACTEUR);
        return kopkrakers.findById(id).orElseThrow(() -> Problem.notFound("Er is geen Kopkraker '" + id + "'."));
    }

    public Kopkraker create(Caller caller, Content content) {
        caller.require(Role.REDACTEUR);
        // Another redacteur may take the next number (or the same client's name) at the same moment: then the unique
        // number or id refuses this insert, and the next attempt takes the number and id after theirs.
        return FreshCopy.saved("De nummering", () -> {
            int number = kopkrakers.nextNumber();
            return kopkrakers.insert(Kopkraker.draft(idFor(content, number), number, content));
        });
    }

    /**
     * Each change is made to a freshly read Kopkraker: the outbox relay marks a released version as sent moments after
     * it is saved, and a correction right after that is nobody's conflict.
     */
    public Kopkraker revise(Caller caller, String id, Content content) {
        return FreshCopy.saved("Deze Kopkraker", () -> {
            Kopkraker kopkraker = one(caller, id);
            if (kopkraker.status() == Status.PUBLISHED) {
                return correctLive(caller, kopkraker, content);
            }
            if (kopkraker.status() != Status.DRAFT) {
                throw Problem.conflict("geen-concept", "Alleen een concept kun je bewerken; deze Kopkraker is "
                        + StatusNames.of(kopkraker.status()) + ". Zet hem eerst terug naar concept.");
            }
            kopkraker.revise(content);
            return kopkrakers.save(kopkraker);
        });
    }

    /** A live Kopkraker is corrected as a new version; it must meet the format and keep its options. */
    private Kopkraker correctLive(Caller caller, Kopkraker live, Content content) {
        List<String> liveOptions = live.options().stream().map(Option::id).toList();
        List<String> newOptions = content.options().stream().map(Option::id).toList();
        if (!liveOptions.equals(newOptions)) {
            throw Problem.invalidField("options", "Een gepubliceerde Kopkraker houdt zijn opties "
                    + String.join(" en ", liveOptions) + ": er is al op gestemd.");
        }
        List<FieldProblem> problems = CaseFormat.check(Kopkraker.draft(live.id(), live.number(), content));
        if (!problems.isEmpty()) {
            throw new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "casusformat",
                    "De nieuwe versie voldoet niet aan het format: " + problems.size() + " punt(en).", problems);
        }
        return publishing.publishNewVersion(live, content, caller.subject(), clock.instant());
    }

    public Kopkraker move(Caller caller, String id, Status next, Instant releaseAt) {
        return FreshCopy.saved("Deze Kopkraker", () -> {
            Kopkraker kopkraker = one(caller, id);
            Status current = kopkraker.status();
            if (!current.editorMayMoveTo(next)) {
                throw Problem.conflict("overgang-niet-toegestaan", "Van " + StatusNames.of(current) + " naar "
                        + StatusNames.of(next) + " kan niet.");
            }
            if (next == Status.IN_REVIEW || next == Status.SCHEDULED) {
                List<FieldProblem> problems = CaseFormat.check(kopkraker);
                if (!problems.isEmpty()) {
                    throw new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "casusformat",
                            "De Kopkraker voldoet nog niet aan het format: " + problems.size() + " punt(en).", problems);
                }
            }
            Instant now = clock.instant();
            if (next == Status.SCHEDULED && (releaseAt == null || !releaseAt.isAfter(now))) {
                throw Problem.invalidField("releaseAt", "Kies een verschijnmoment in de toekomst.");
            }
            if (current == Status.PUBLISHED && next == Status.ARCHIVED) {
                return publishing.archive(kopkraker, caller.subject(), now);
            }
            kopkraker.moveTo(next, caller.subject(), now, releaseAt);
            return kopkrakers.save(kopkraker);
        });
    }

    /** A readable, stable id from the client's name, made unique by the number: {@code jeanne}, {@code ans-13}. */
    private String idFor(Content content, int number) {
        String name = content.profile() == null || content.profile().naam() == null ? "" : content.profile().naam();
        String slug = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String candidate = slug.isEmpty() ? "kopkraker-" + number : slug;
        return kopkrakers.existsById(candidate) ? candidate + "-" + number : candidate;
    }
}
