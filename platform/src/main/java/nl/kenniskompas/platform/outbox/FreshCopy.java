package nl.kenniskompas.platform.outbox;

import nl.kenniskompas.platform.problem.Problem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

import java.util.function.Supplier;

/**
 * Saves a change made to a freshly read document, and makes it again to a fresher copy when the document changed
 * meanwhile. The outbox relay marks a document's events as sent moments after every save that announces something, and
 * that bumps the document's version: without this, a person changing something right after their previous change would
 * meet a conflict that is nobody's. Each attempt reads the document again and checks the rules again, so callers say
 * what the document should become, never which copy they saw. A document someone else inserted meanwhile (a duplicate
 * key) is read by the next attempt too.
 */
public final class FreshCopy {

    private static final int ATTEMPTS = 10;

    private FreshCopy() {
    }

    /**
     * The result of {@code attempt}, which reads, changes and saves; repeated while the save finds the document changed.
     * After {@value #ATTEMPTS} attempts the caller gets a 409 saying that {@code what} (e.g. "Deze reactie") changed.
     */
    public static <T> T saved(String what, Supplier<T> attempt) {
        for (int tried = 1; ; tried++) {
            try {
                return attempt.get();
            } catch (OptimisticLockingFailureException | DuplicateKeyException changedMeanwhile) {
                if (tried == ATTEMPTS) {
                    throw Problem.conflict("tegelijk-gewijzigd",
                            what + " veranderde net. Laad opnieuw en probeer het nog eens.");
                }
            }
        }
    }
}
