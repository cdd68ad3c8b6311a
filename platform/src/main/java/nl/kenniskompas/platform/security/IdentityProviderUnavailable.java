package nl.kenniskompas.platform.security;

import nl.kenniskompas.platform.tenant.Tenant;
import org.springframework.security.core.AuthenticationException;

/**
 * The organisation's identity provider could not be reached to check a token (discovery or keys). Not the caller's
 * fault, so not a 401: the entry point answers 503 with Retry-After.
 */
class IdentityProviderUnavailable extends AuthenticationException {

    IdentityProviderUnavailable(Tenant tenant, Throwable cause) {
        super("De inlogdienst van " + tenant.name() + " is even niet bereikbaar. Probeer het zo opnieuw.", cause);
    }
}
