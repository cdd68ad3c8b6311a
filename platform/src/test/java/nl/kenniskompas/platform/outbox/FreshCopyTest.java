package nl.kenniskompas.platform.outbox;

import nl.kenniskompas.platform.problem.Problem;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FreshCopyTest {

    private final AtomicInteger attempts = new AtomicInteger();

    @Test
    void aChangeThatMeetsAChangedDocumentIsMadeAgainToAFresherCopy() {
        String saved = FreshCopy.saved("Deze reactie", () -> {
            if (attempts.incrementAndGet() == 1) {
                throw new OptimisticLockingFailureException("relay marked it sent");
            }
            if (attempts.get() == 2) {
                throw new DuplicateKeyException("inserted by someone else");
            }
            return "saved on attempt " + attempts.get();
        });

        assertThat(saved).isEqualTo("saved on attempt 3");
    }

    @Test
    void aDocumentThatKeepsChangingEndsInAConflictNamingIt() {
        assertThatThrownBy(() -> FreshCopy.saved("Deze reactie", () -> {
            attempts.incrementAndGet();
            throw new OptimisticLockingFailureException("always changed");
        })).isInstanceOfSatisfying(Problem.class, problem -> {
            assertThat(problem.status()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(problem.type()).isEqualTo("tegelijk-gewijzigd");
            assertThat(problem.getMessage()).startsWith("Deze reactie veranderde net.");
        });
        assertThat(attempts).hasValue(10);
    }

    @Test
    void aRefusalIsNotTriedAgain() {
        assertThatThrownBy(() -> FreshCopy.saved("Deze reactie", () -> {
            attempts.incrementAndGet();
            throw Problem.conflict("reactie-verwijderd", "Deze reactie is al verwijderd.");
        })).hasMessage("Deze reactie is al verwijderd.");
        assertThat(attempts).hasValue(1);
    }
}
