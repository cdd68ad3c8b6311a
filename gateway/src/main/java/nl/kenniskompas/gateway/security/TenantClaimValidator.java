package nl.kenniskompas.gateway.security;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.BearerTokenErrorCodes;

/**
 * A tenant's issuer may only vouch for its own users: services take the tenant from the {@code tenant} claim, so a
 * token whose claim names another organisation than its issuer must not get through.
 */
final class TenantClaimValidator implements OAuth2TokenValidator<Jwt> {

    static final String DESCRIPTION = "The tenant claim does not match the issuer's tenant";

    private static final OAuth2Error MISMATCH = new OAuth2Error(BearerTokenErrorCodes.INVALID_TOKEN, DESCRIPTION, null);

    private final String tenantId;

    TenantClaimValidator(String tenantId) {
        this.tenantId = tenantId;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        return tenantId.equals(jwt.getClaimAsString("tenant"))
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(MISMATCH);
    }
}
