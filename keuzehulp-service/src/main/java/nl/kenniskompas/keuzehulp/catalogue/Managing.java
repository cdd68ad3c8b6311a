package nl.kenniskompas.keuzehulp.catalogue;

import nl.kenniskompas.platform.outbox.FreshCopy;
import nl.kenniskompas.platform.outbox.OutboxRelay;
import nl.kenniskompas.platform.problem.Problem;
import nl.kenniskompas.platform.tenant.Caller;
import nl.kenniskompas.platform.tenant.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * An organisation's instrumentbeheerders keep its catalogue: create concepts, edit, publish (which needs the whole B1
 * card) and retire. Only their own organisation's instruments exist for them. Every change is in the instrument's
 * history; publishing and retiring are announced as {@code instrument-published}.
 */
@Service
public class Managing {

    public static final Pattern KEY = Pattern.compile("[a-z0-9-]{2,60}");

    private final Instruments instruments;
    private final InstrumentEvents events;
    private final OutboxRelay relay;
    private final ApplicationEventPublisher changes;
    private final Clock clock;

    Managing(Instruments instruments, InstrumentEvents events, OutboxRelay relay, ApplicationEventPublisher changes, Clock clock) {
        this.instruments = instruments;
        this.events = events;
        this.relay = relay;
        this.changes = changes;
        this.clock = clock;
    }

    public List<Instrument> all(Caller caller) {
        caller.require(Role.INSTRUMENTBEHEERDER);
        return instruments.findByTenant(caller.tenantId());
    }

    public Instrument one(Caller caller, String id) {
        caller.require(Role.INSTRUMENTBEHEERDER);
        return own(caller, id);
    }

    public Instrument create(Caller caller, String key, InstrumentContent content, TemplateOrigin origin) {
        caller.require(Role.INSTRUMENTBEHEERDER);
        if (key == null || !KEY.matcher(key).matches()) {
            throw Problem.invalidField("key", "Een sleutel is 2 tot 60 kleine letters, cijfers of streepjes.");
        }
        InstrumentCheck.Checked checked = InstrumentCheck.check(content, false);
        if (!checked.problems().isEmpty()) {
            throw Problem.invalidFields(checked.problems());
        }
        if (instruments.findByTenantAndKey(caller.tenantId(), key).isPresent()) {
            throw Problem.conflict("sleutel-bestaat-al", "Er is al een instrument met sleutel '" + key + "'.");
        }
        Instrument instrument = new Instrument(UUID.randomUUID().toString(), caller.tenantId(), key, checked.content(), origin,
                caller.name(), now());
        try {
            return saved(instrument);
        } catch (DuplicateKeyException createdMeanwhile) {
            throw Problem.conflict("sleutel-bestaat-al", "Er is al een instrument met sleutel '" + key + "'.");
        }
    }

    public Instrument edit(Caller caller, String id, InstrumentContent content) {
        caller.require(Role.INSTRUMENTBEHEERDER);
        return changed(caller.tenantId(), id, instrument -> {
            InstrumentCheck.Checked checked = InstrumentCheck.check(content, instrument.published());
            if (!checked.problems().isEmpty()) {
                throw Problem.invalidFields(checked.problems());
            }
            Instant at = now();
            instrument.edit(checked.content(), caller.name(), at);
            if (instrument.published()) {
                // A published instrument changes in place: a new version for analytics.
                instrument.publish(caller.name(), at);
                instrument.announce(events.published(instrument, false, at));
            }
            return true;
        });
    }

    public Instrument publish(Caller caller, String id) {
        caller.require(Role.INSTRUMENTBEHEERDER);
        return changed(caller.tenantId(), id, instrument -> {
            InstrumentCheck.Checked checked = InstrumentCheck.check(instrument.content(), true);
            if (!checked.problems().isEmpty()) {
                throw new Problem(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT, "niet-compleet",
                        "Dit instrument is nog niet compleet genoeg om te publiceren.", checked.problems());
            }
            if (instrument.published()) {
                return false;
            }
            Instant at = now();
            instrument.publish(caller.name(), at);
            instrument.announce(events.published(instrument, false, at));
            return true;
        });
    }

    public Instrument retire(Caller caller, String id, String reason) {
        caller.require(Role.INSTRUMENTBEHEERDER);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > 300) {
            throw Problem.invalidField("reason", "Houd de reden kort: hoogstens 300 tekens.");
        }
        return changed(caller.tenantId(), id, instrument -> {
            if (instrument.status() == InstrumentStatus.INGETROKKEN) {
                return false;
            }
            Instant at = now();
            boolean wasPublished = instrument.published();
            instrument.retire(why, caller.name(), at);
            if (wasPublished) {
                instrument.announce(events.published(instrument, true, at));
            }
            return true;
        });
    }

    /**
     * Applies {@code change} to a fresh copy of an organisation's instrument and saves it (see {@link FreshCopy}): callers
     * say what the instrument should become, never which copy they saw. {@code change} answers whether there is
     * anything to save.
     */
    public Instrument changed(String tenant, String id, Predicate<Instrument> change) {
        return FreshCopy.saved("Dit instrument", () -> {
            Instrument instrument = instruments.findByIdAndTenant(id, tenant)
                    .orElseThrow(() -> Problem.notFound("Er is geen instrument '" + id + "' in jouw Keuzehulp."));
            return change.test(instrument) ? saved(instrument) : instrument;
        });
    }

    /** Saves a new instrument (created, copied from a template or imported); the caller checked it. */
    public Instrument saved(Instrument instrument) {
        Instrument saved = instruments.save(instrument);
        relay.nudge(Instrument.COLLECTION, saved.id());
        changes.publishEvent(new CatalogueChanged(saved.tenant()));
        return saved;
    }

    private Instrument own(Caller caller, String id) {
        return instruments.findByIdAndTenant(id, caller.tenantId())
                .orElseThrow(() -> Problem.notFound("Er is geen instrument '" + id + "' in jouw Keuzehulp."));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
