package nl.kenniskompas.kopkraker.release;

import nl.kenniskompas.kopkraker.casus.Kopkraker;
import nl.kenniskompas.kopkraker.casus.Kopkrakers;
import nl.kenniskompas.kopkraker.casus.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Releases scheduled Kopkrakers when their moment has come. It asks for everything due, not for what is due now, so a
 * release that fell in a downtime goes live on the first check after the restart. Each release is one versioned
 * write carrying its {@code case-published} event; when two instances race, the loser's write fails and nothing is
 * published twice.
 */
@Component
class ReleaseSchedule {

    private static final Logger log = LoggerFactory.getLogger(ReleaseSchedule.class);

    private final Kopkrakers kopkrakers;
    private final Publishing publishing;
    private final Clock clock;

    ReleaseSchedule(Kopkrakers kopkrakers, Publishing publishing, Clock clock) {
        this.kopkrakers = kopkrakers;
        this.publishing = publishing;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${kenniskompas.release.check-interval:1s}")
    void releaseWhatIsDue() {
        for (Kopkraker due : kopkrakers.findByStatusAndReleaseAtLessThanEqual(Status.SCHEDULED, clock.instant())) {
            try {
                // The announced moment is the planned one, also when it is noticed later.
                publishing.publish(due, due.releaseAt());
                log.info("Released Kopkraker {} ({}) planned for {}", due.number(), due.id(), due.releaseAt());
            } catch (OptimisticLockingFailureException releasedElsewhere) {
                log.info("Kopkraker {} was released by another instance", due.id());
            }
        }
    }
}
