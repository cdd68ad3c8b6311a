package nl.kenniskompas.identity;

import java.time.Duration;
import java.util.List;

import nl.kenniskompas.identity.tenant.Tenant;
import nl.kenniskompas.identity.tenant.Tenants;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/** The browser web app as an OAuth client: a public client with PKCE, served from {@code KK_WEB_ORIGIN}. */
@Configuration(proxyBeanMethods = false)
class WebAppClientConfig {

    static final String CLIENT_ID = "kenniskompas-web";

    /** The endpoints the web app calls from script (the authorize and logout endpoints are navigations). */
    private static final List<String> SCRIPT_ENDPOINTS = List.of(
            "/.well-known/openid-configuration",
            "/.well-known/oauth-authorization-server",
            "/oauth2/token",
            "/oauth2/jwks",
            "/oauth2/revoke",
            "/userinfo");

    @Bean
    RegisteredClientRepository registeredClientRepository(IdentityProperties properties) {
        String appUri = properties.webAppOrigin() + "/";
        RegisteredClient webApp = RegisteredClient.withId(CLIENT_ID)
                .clientId(CLIENT_ID)
                .clientName("Kenniskompas web app")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUri(appUri)
                .postLogoutRedirectUri(appUri)
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(true)
                        .requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(Duration.ofMinutes(30))
                        .refreshTokenTimeToLive(Duration.ofHours(8))
                        .reuseRefreshTokens(false)
                        .build())
                .build();
        return new InMemoryRegisteredClientRepository(webApp);
    }

    /**
     * CORS for the web app's script calls to every tenant issuer. Both security filter chains use it (Spring
     * Security finds it by this bean name): a preflight (OPTIONS) is not an authorization server endpoint and would
     * otherwise be sent to the login page.
     */
    @Bean
    CorsConfigurationSource corsConfigurationSource(IdentityProperties properties, Tenants tenants) {
        CorsConfiguration webApp = new CorsConfiguration();
        webApp.setAllowedOrigins(List.of(properties.webAppOrigin()));
        webApp.setAllowedMethods(List.of("GET", "POST"));
        webApp.setAllowedHeaders(List.of("*"));
        webApp.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        for (Tenant tenant : tenants.all()) {
            SCRIPT_ENDPOINTS.forEach(endpoint -> source.registerCorsConfiguration("/" + tenant.id() + endpoint, webApp));
        }
        return source;
    }
}
