package nl.kenniskompas.infra.load;

import nl.kenniskompas.infra.Tokens;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Many distinct professionals spread over the tenants, so that per-user rate limits and "one ballot per professional
 * per case" behave as with real users. Signing is RSA and costs about a millisecond a token: done in parallel, once.
 */
public final class Professionals {

    /** The tenants of docs/local-contract.md. */
    public static final List<String> TENANTS = List.of("gemeente-amsterdam", "werkzaak-rivierenland", "uwv");

    private Professionals() {
    }

    /**
     * {@code count} professionals named {@code <prefix>-<n>}, taking the tenants in turn (so each tenant has about a
     * third), each with a token valid for {@code validFor}.
     */
    public static List<Professional> create(Tokens tokens, String prefix, int count, Duration validFor) {
        return IntStream.range(0, count).parallel()
                .mapToObj(index -> {
                    String tenant = TENANTS.get(index % TENANTS.size());
                    String subject = prefix + "-" + index;
                    return new Professional(tenant, subject,
                            tokens.forProfessional(tenant, subject).validFor(validFor).sign());
                })
                .toList();
    }
}
