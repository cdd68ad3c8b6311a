package nl.kenniskompas.identity.signin;

import java.util.function.Consumer;

import jakarta.servlet.http.HttpSession;
import nl.kenniskompas.identity.tenant.Tenant;
import nl.kenniskompas.identity.tenant.TenantIssuerContext;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationException;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Refuses an authorization request when the signed-in user belongs to another tenant than the issuer's: the
 * client gets {@code error=access_denied} on its redirect URI instead of a code.
 *
 * <p>Runs as an extra authorization request validator, after Spring's own checks of client, redirect URI and
 * scope, so the error goes only to a registered redirect URI.
 */
public final class SigningInThroughOwnTenant implements Consumer<OAuth2AuthorizationCodeRequestAuthenticationContext> {

    private final TenantMembership membership;
    private final AuthenticationTrustResolver trustResolver = new AuthenticationTrustResolverImpl();

    public SigningInThroughOwnTenant(TenantMembership membership) {
        this.membership = membership;
    }

    @Override
    public void accept(OAuth2AuthorizationCodeRequestAuthenticationContext context) {
        OAuth2AuthorizationCodeRequestAuthenticationToken request = context.getAuthentication();
        Authentication user = (Authentication) request.getPrincipal();
        if (!trustResolver.isAuthenticated(user)) {
            return; // not signed in yet: the login page comes first, then this request again
        }
        Tenant issuerTenant = TenantIssuerContext.tenantOf(AuthorizationServerContextHolder.getContext());
        membership.refusal(user.getName(), issuerTenant).ifPresent(reason -> {
            endSession();
            OAuth2Error error = new OAuth2Error(OAuth2ErrorCodes.ACCESS_DENIED, reason, null);
            throw new OAuth2AuthorizationCodeRequestAuthenticationException(error, request);
        });
    }

    // Without this, the browser stays signed in as the wrong user and every retry at this issuer fails the same
    // way; now the next attempt shows the login form again.
    private static void endSession() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        SecurityContextHolder.clearContext();
    }
}
