package nl.kenniskompas.gateway.security;

import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/** A token from an issuer that is none of our tenants'. Its own type so the 401 can say exactly that. */
class UntrustedIssuerException extends InvalidBearerTokenException {

    private final String issuer;

    UntrustedIssuerException(String issuer) {
        super("The issuer is not trusted");
        this.issuer = issuer;
    }

    String issuer() {
        return issuer;
    }
}
