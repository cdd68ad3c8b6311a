package nl.kenniskompas.identity.tenant;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContext;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Admits authorization server requests only for the issuer of a configured tenant, and binds that tenant to the
 * request.
 *
 * <p>With multiple issuers allowed, Spring Authorization Server treats any path prefix as an issuer
 * ({@code /anything/oauth2/token}); this filter turns those into 404s. It must run after Spring's own context
 * filter, which derives the issuer from the request URL.
 */
public final class TenantIssuerFilter extends OncePerRequestFilter {

    private final Tenants tenants;
    private final Optional<String> pinnedIssuerBase;

    public TenantIssuerFilter(Tenants tenants, Optional<String> pinnedIssuerBase) {
        this.tenants = tenants;
        this.pinnedIssuerBase = pinnedIssuerBase;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        AuthorizationServerContext derived = AuthorizationServerContextHolder.getContext();
        String issuerPath = URI.create(derived.getIssuer()).getPath();
        String tenantId = issuerPath.startsWith("/") ? issuerPath.substring(1) : issuerPath;
        Optional<Tenant> tenant = tenants.byId(tenantId);
        if (tenant.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No tenant issuer at '" + issuerPath + "'");
            return;
        }
        // A pinned base keeps the issuer identical to what the gateway and services trust,
        // whatever host name the caller used to reach us.
        String issuer = pinnedIssuerBase.map(base -> base + "/" + tenantId).orElse(derived.getIssuer());
        AuthorizationServerContextHolder.setContext(
                new TenantIssuerContext(issuer, derived.getAuthorizationServerSettings(), tenant.get()));
        chain.doFilter(request, response);
    }
}
