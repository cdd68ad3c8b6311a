package nl.kenniskompas.platform.security;

import nl.kenniskompas.platform.tenant.Tenant;
import nl.kenniskompas.platform.tenant.Tenants;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One authentication manager per tenant issuer. A token is only accepted from an issuer on the list, for our
 * audience, with a subject, and only if its {@code tenant} claim (when present) names that issuer's tenant. Keys are fetched lazily, so a service starts while
 * an identity provider is still down, and follow the issuer's key rotation.
 */
final class TrustedIssuers {

    private TrustedIssuers() {
    }

    static JwtIssuerAuthenticationManagerResolver resolver(Tenants tenants, String audience) {
        Map<String, AuthenticationManager> managers = tenants.all().stream()
                .collect(Collectors.toUnmodifiableMap(Tenant::issuer, tenant -> managerFor(tenant, audience)));
        AuthenticationManagerResolver<String> byIssuer = managers::get;
        return new JwtIssuerAuthenticationManagerResolver(byIssuer);
    }

    private static AuthenticationManager managerFor(Tenant tenant, String audience) {
        var decoder = new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder nimbus = NimbusJwtDecoder.withIssuerLocation(tenant.issuer()).build();
            nimbus.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                    JwtValidators.createDefaultWithIssuer(tenant.issuer()),
                    tenantClaimOf(tenant),
                    // A token the organisation's provider issued to another application is not for us.
                    new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(audience)),
                    new JwtClaimValidator<String>("sub", sub -> sub != null && !sub.isBlank())));
            return nimbus;
        });
        var provider = new JwtAuthenticationProvider(decoder);
        provider.setJwtAuthenticationConverter(rolesAsAuthorities());
        return authentication -> {
            try {
                return provider.authenticate(authentication);
            } catch (JwtDecoderInitializationException | AuthenticationServiceException unreachable) {
                throw new IdentityProviderUnavailable(tenant, unreachable);
            }
        };
    }

    private static OAuth2TokenValidator<Jwt> tenantClaimOf(Tenant tenant) {
        return jwt -> {
            String claimed = jwt.getClaimAsString("tenant");
            if (claimed == null || claimed.equals(tenant.id())) {
                return OAuth2TokenValidatorResult.success();
            }
            return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                    "The token's tenant does not match its issuer", null));
        };
    }

    private static JwtAuthenticationConverter rolesAsAuthorities() {
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> {
            Object roles = jwt.getClaim("roles");
            if (!(roles instanceof java.util.Collection<?> values)) {
                return java.util.List.of();
            }
            Function<Object, SimpleGrantedAuthority> toAuthority = role -> new SimpleGrantedAuthority("ROLE_" + role);
            return values.stream().map(toAuthority).collect(Collectors.toList());
        });
        return converter;
    }
}
