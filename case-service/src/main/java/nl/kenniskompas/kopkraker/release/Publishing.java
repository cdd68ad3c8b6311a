package nl.kenniskompas.kopkraker.release;

import nl.kenniskompas.kopkraker.casus.Content;
import nl.kenniskompas.kopkraker.casus.Kopkraker;
import nl.kenniskompas.kopkraker.casus.Kopkrakers;
import nl.kenniskompas.platform.outbox.OutboxRelay;
import org.springframework.stereotype.Service;

import java.time.Instant;

/** Releases a Kopkraker: status, release moment and the {@code case-published} event change in one write. */
@Service
public class Publishing {

    private final Kopkrakers kopkrakers;
    private final Announcements announcements;
    private final OutboxRelay relay;

    Publishing(Kopkrakers kopkrakers, Announcements announcements, OutboxRelay relay) {
        this.kopkrakers = kopkrakers;
        this.announcements = announcements;
        this.relay = relay;
    }

    /** A correction of a live Kopkraker becomes its next version, announced like a release. */
    public Kopkraker publishNewVersion(Kopkraker kopkraker, Content content, String by, Instant at) {
        kopkraker.reviseLive(content, by, at, revised -> announcements.published(revised, at));
        Kopkraker saved = kopkrakers.save(kopkraker);
        relay.nudge();
        return saved;
    }

    /** Archiving a live Kopkraker is announced too: vote-service stops taking votes on it. */
    public Kopkraker archive(Kopkraker kopkraker, String by, Instant at) {
        kopkraker.archive(by, at, announcements.archived(kopkraker, at));
        Kopkraker saved = kopkrakers.save(kopkraker);
        relay.nudge();
        return saved;
    }

    public Kopkraker publish(Kopkraker kopkraker, Instant at) {
        kopkraker.publish(at, announcements.published(kopkraker, at));
        Kopkraker saved = kopkrakers.save(kopkraker);
        relay.nudge();
        return saved;
    }
}
