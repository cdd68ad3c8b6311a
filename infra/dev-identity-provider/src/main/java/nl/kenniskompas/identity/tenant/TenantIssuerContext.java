package nl.kenniskompas.identity.tenant;

import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContext;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;

/** The authorization server context of a request to one tenant's issuer. */
public final class TenantIssuerContext implements AuthorizationServerContext {

    private final String issuer;
    private final AuthorizationServerSettings settings;
    private final Tenant tenant;

    TenantIssuerContext(String issuer, AuthorizationServerSettings settings, Tenant tenant) {
        this.issuer = issuer;
        this.settings = settings;
        this.tenant = tenant;
    }

    /** The tenant whose issuer handles the current request. */
    public static Tenant tenantOf(AuthorizationServerContext context) {
        if (context instanceof TenantIssuerContext tenantIssuer) {
            return tenantIssuer.tenant;
        }
        throw new IllegalStateException("Request was not made to a tenant issuer: " + context.getIssuer());
    }

    @Override
    public String getIssuer() {
        return issuer;
    }

    @Override
    public AuthorizationServerSettings getAuthorizationServerSettings() {
        return settings;
    }
}
