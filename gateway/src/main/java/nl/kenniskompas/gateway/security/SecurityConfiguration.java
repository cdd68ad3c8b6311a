package nl.kenniskompas.gateway.security;

import nl.kenniskompas.gateway.problem.ProblemWriter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerReactiveAuthenticationManagerResolver;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.OrServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;

import reactor.core.publisher.Mono;

import static org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers.pathMatchers;

/**
 * The API needs a valid bearer token; the web app, the tenant list, the Keuzehulp's public pages, health, metrics and
 * the OpenAPI document do not.
 * The token is relayed to the services untouched (the gateway forwards the Authorization header as is).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final ServerWebExchangeMatcher OPEN_TO_ALL = new OrServerWebExchangeMatcher(
            pathMatchers(HttpMethod.GET, "/api/v1/tenants"),
            // Clients without an account: an organisation's public Keuzehulp and the review link a professional gave.
            pathMatchers("/api/v1/keuzehulp/publiek/**"),
            pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus"));

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http,
            JwtIssuerReactiveAuthenticationManagerResolver tenantIssuerResolver, ProblemWriter problems) {
        ProblemAuthenticationEntryPoint unauthenticated = new ProblemAuthenticationEntryPoint(problems);
        ProblemAccessDeniedHandler denied = new ProblemAccessDeniedHandler(problems);
        return http
                // Bearer tokens only: no session or cookie to protect against CSRF, nothing to remember.
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(exchanges -> exchanges
                        .matchers(OPEN_TO_ALL).permitAll()
                        .pathMatchers("/api/**").authenticated()
                        .pathMatchers("/actuator/**").denyAll()
                        .anyExchange().permitAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenConverter(ignoringTokensOn(OPEN_TO_ALL))
                        .authenticationManagerResolver(tenantIssuerResolver)
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied))
                .build();
    }

    /**
     * A stale token must not lock anyone out of what is open to all: the web app needs the tenant list precisely
     * when its token has expired, and probes must not fail over a header.
     */
    private static ServerAuthenticationConverter ignoringTokensOn(ServerWebExchangeMatcher open) {
        ServerBearerTokenAuthenticationConverter bearer = new ServerBearerTokenAuthenticationConverter();
        return exchange -> open.matches(exchange)
                .flatMap(match -> match.isMatch() ? Mono.empty() : bearer.convert(exchange));
    }
}
