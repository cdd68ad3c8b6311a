package nl.kenniskompas.gateway.security;

import com.nimbusds.jose.proc.BadJOSEException;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/** Why a request was not authenticated, in the words the 401 problem and its WWW-Authenticate header use. */
enum TokenRejection {

    MISSING("token-missing", null,
            "Je bent niet ingelogd: het verzoek heeft geen toegangstoken. Log in en probeer het opnieuw."),
    EXPIRED("token-expired", "The access token expired",
            "Je toegangstoken is verlopen. Log opnieuw in."),
    BAD_SIGNATURE("token-bad-signature", "The access token signature is invalid",
            "Je toegangstoken is niet geldig: de handtekening klopt niet met de sleutels van de uitgever."),
    UNKNOWN_ISSUER("token-unknown-issuer", "The access token issuer is not trusted",
            "Je toegangstoken komt van een uitgever die Kenniskompas niet kent. Log in via je eigen organisatie."),
    TENANT_MISMATCH("token-tenant-mismatch", TenantClaimValidator.DESCRIPTION,
            "Je toegangstoken noemt een andere organisatie dan de organisatie die het uitgaf. Log opnieuw in."),
    INVALID("token-invalid", "The access token is invalid",
            "Je toegangstoken is niet geldig. Log opnieuw in.");

    private final String kind;
    private final String headerDescription;
    private final String detail;

    TokenRejection(String kind, String headerDescription, String detail) {
        this.kind = kind;
        this.headerDescription = headerDescription;
        this.detail = detail;
    }

    static TokenRejection of(AuthenticationException exception) {
        if (!(exception instanceof OAuth2AuthenticationException)) {
            // Anything else reaching the entry point means no bearer token was presented at all.
            return MISSING;
        }
        if (exception instanceof UntrustedIssuerException) {
            return UNKNOWN_ISSUER;
        }
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof BadJOSEException) {
                return BAD_SIGNATURE;
            }
            if (cause instanceof JwtValidationException invalid) {
                return fromValidation(invalid);
            }
        }
        return INVALID;
    }

    private static TokenRejection fromValidation(JwtValidationException invalid) {
        return invalid.getErrors().stream()
                .map(OAuth2Error::getDescription)
                .map(TokenRejection::fromDescription)
                .filter(rejection -> rejection != INVALID)
                .findFirst()
                .orElse(INVALID);
    }

    private static TokenRejection fromDescription(String description) {
        if (TenantClaimValidator.DESCRIPTION.equals(description)) {
            return TENANT_MISMATCH;
        }
        // Spring's JwtTimestampValidator: "Jwt expired at <instant>".
        return description != null && description.startsWith("Jwt expired") ? EXPIRED : INVALID;
    }

    String kind() {
        return kind;
    }

    String detail() {
        return detail;
    }

    /** RFC 6750 section 3: no error code when no token was sent, {@code invalid_token} otherwise. */
    String wwwAuthenticate() {
        return this == MISSING
                ? "Bearer"
                : "Bearer error=\"invalid_token\", error_description=\"" + headerDescription + "\"";
    }
}
