package nl.kenniskompas.gateway.security;

import java.util.Map;
import java.util.stream.Collectors;

import nl.kenniskompas.gateway.tenant.Tenant;
import nl.kenniskompas.gateway.tenant.TenantsProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerReactiveAuthenticationManagerResolver;
import org.springframework.security.oauth2.server.resource.authentication.JwtReactiveAuthenticationManager;

import reactor.core.publisher.Mono;

/** Trusts exactly the configured tenants' issuers, each only for its own tenant. */
@Configuration(proxyBeanMethods = false)
class TenantIssuers {

    @Bean
    JwtIssuerReactiveAuthenticationManagerResolver tenantIssuerResolver(TenantsProperties properties) {
        Map<String, ReactiveAuthenticationManager> byIssuer = properties.tenants().stream()
                .collect(Collectors.toUnmodifiableMap(Tenant::issuer, TenantIssuers::authenticationManager));
        return new JwtIssuerReactiveAuthenticationManagerResolver(issuer -> Mono.justOrEmpty(byIssuer.get(issuer))
                .switchIfEmpty(Mono.error(() -> new UntrustedIssuerException(issuer))));
    }

    private static ReactiveAuthenticationManager authenticationManager(Tenant tenant) {
        // withIssuerLocation reads discovery and keys on the first token, not now: the gateway starts (and stays
        // up) while an identity provider is down, and keys are fetched again when the issuer rotates them.
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withIssuerLocation(tenant.issuer()).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(tenant.issuer()), new TenantClaimValidator(tenant.id())));
        return new JwtReactiveAuthenticationManager(decoder);
    }
}
