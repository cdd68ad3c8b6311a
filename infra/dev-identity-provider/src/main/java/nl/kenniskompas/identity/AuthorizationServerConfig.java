package nl.kenniskompas.identity;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import nl.kenniskompas.identity.signin.SigningInThroughOwnTenant;
import nl.kenniskompas.identity.signin.TenantMembership;
import nl.kenniskompas.identity.tenant.TenantIssuerFilter;
import nl.kenniskompas.identity.tenant.Tenants;
import nl.kenniskompas.identity.token.PublicClientRefreshAuthenticationConverter;
import nl.kenniskompas.identity.token.PublicClientRefreshAuthenticationProvider;
import nl.kenniskompas.identity.token.PublicClientRefreshTokenGenerator;
import nl.kenniskompas.identity.token.SigningKeyFile;
import nl.kenniskompas.identity.token.TokenClaims;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationEndpointConfigurer;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationValidator;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.DelegatingOAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2AccessTokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Spring Authorization Server with one issuer per tenant: {@code <issuer base>/<tenant-id>}, each with its own
 * discovery document and endpoints below it. All issuers share the one signing key.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfig {

    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder().multipleIssuersAllowed(true).build();
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(IdentityProperties properties) {
        return new ImmutableJWKSet<>(new JWKSet(SigningKeyFile.loadOrCreate(properties.signingKeyFile())));
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerFilterChain(HttpSecurity http, IdentityProperties properties,
            Tenants tenants, TenantMembership membership, TokenClaims tokenClaims,
            RegisteredClientRepository clients, JWKSource<SecurityContext> jwkSource) {
        http.oauth2AuthorizationServer(server -> {
            http.securityMatcher(server.getEndpointsMatcher());
            server.tokenGenerator(tokenGenerator(jwkSource, tokenClaims))
                    .clientAuthentication(clientAuthentication -> clientAuthentication
                            .authenticationConverter(new PublicClientRefreshAuthenticationConverter())
                            .authenticationProvider(new PublicClientRefreshAuthenticationProvider(clients)))
                    .authorizationEndpoint(authorize -> onlyOwnTenant(authorize, membership))
                    .oidc(oidc -> oidc.userInfoEndpoint(userInfo -> userInfo.userInfoMapper(TokenClaims::userInfo)));
        });
        // After Spring's filter that derives the issuer from the URL, before any endpoint uses it.
        http.addFilterBefore(new TenantIssuerFilter(tenants, properties.pinnedIssuerBase()), CsrfFilter.class);
        http.cors(Customizer.withDefaults());
        http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated());
        http.oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()));
        // Any caller of the authorize endpoint that is not signed in goes to the login page, not only browsers
        // (so curl and test clients can script the flow).
        http.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                new LoginUrlAuthenticationEntryPoint("/login"),
                PathPatternRequestMatcher.withDefaults().matcher("/*/oauth2/authorize")));
        return http.build();
    }

    private static OAuth2TokenGenerator<?> tokenGenerator(JWKSource<SecurityContext> jwkSource, TokenClaims claims) {
        JwtGenerator jwts = new JwtGenerator(new NimbusJwtEncoder(jwkSource));
        jwts.setJwtCustomizer(claims);
        return new DelegatingOAuth2TokenGenerator(
                jwts, new OAuth2AccessTokenGenerator(), new PublicClientRefreshTokenGenerator());
    }

    private static void onlyOwnTenant(OAuth2AuthorizationEndpointConfigurer authorize, TenantMembership membership) {
        authorize.authenticationProviders(providers -> providers.stream()
                .filter(OAuth2AuthorizationCodeRequestAuthenticationProvider.class::isInstance)
                .map(OAuth2AuthorizationCodeRequestAuthenticationProvider.class::cast)
                .forEach(provider -> provider.setAuthenticationValidator(
                        new OAuth2AuthorizationCodeRequestAuthenticationValidator()
                                .andThen(new SigningInThroughOwnTenant(membership)))));
    }
}
