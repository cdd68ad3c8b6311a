package nl.kenniskompas.identity.token;

import java.util.Map;

import nl.kenniskompas.identity.signin.TenantMembership;
import nl.kenniskompas.identity.tenant.Tenant;
import nl.kenniskompas.identity.tenant.TenantIssuerContext;
import nl.kenniskompas.identity.user.DemoUser;
import nl.kenniskompas.identity.user.DemoUsers;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * Adds {@code tenant}, {@code roles} and {@code name} to access and ID tokens ({@code sub} is the username,
 * {@code iss} the tenant's issuer).
 *
 * <p>Also the last guard of tenant membership: it covers every grant, including a refresh token presented at
 * another tenant's token endpoint.
 */
@Component
public class TokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    public static final String TENANT = "tenant";
    public static final String ROLES = "roles";
    public static final String NAME = "name";

    private final DemoUsers users;
    private final TenantMembership membership;

    TokenClaims(DemoUsers users, TenantMembership membership) {
        this.users = users;
        this.membership = membership;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (!accessToken && !idToken) {
            return;
        }
        String username = context.getPrincipal().getName();
        Tenant issuerTenant = TenantIssuerContext.tenantOf(context.getAuthorizationServerContext());
        membership.refusal(username, issuerTenant).ifPresent(reason -> {
            throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT, reason, null));
        });
        DemoUser user = users.byUsername(username).orElseThrow();
        context.getClaims()
                .claim(TENANT, user.tenant())
                .claim(ROLES, user.roles())
                .claim(NAME, user.name());
    }

    /** The userinfo response: the subject, name, tenant and roles of the ID token. */
    public static OidcUserInfo userInfo(OidcUserInfoAuthenticationContext context) {
        OAuth2Authorization.Token<OidcIdToken> idToken = context.getAuthorization().getToken(OidcIdToken.class);
        if (idToken == null) {
            throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_TOKEN);
        }
        Map<String, Object> claims = idToken.getToken().getClaims();
        return OidcUserInfo.builder()
                .subject(idToken.getToken().getSubject())
                .name(idToken.getToken().getFullName())
                .claim(TENANT, claims.get(TENANT))
                .claim(ROLES, claims.get(ROLES))
                .build();
    }
}
