package nl.kenniskompas.platform.security;

import nl.kenniskompas.platform.problem.ProblemWriter;
import nl.kenniskompas.platform.tenant.Tenants;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every service is an OAuth2 resource server: the gateway validated the token already, but a service trusts no
 * network path, so it validates again against the same per-tenant issuers. Health, metrics and the OpenAPI document
 * are open; everything else needs a valid token. Failures are problem+json.
 */
@Configuration(proxyBeanMethods = false)
public class ResourceServerSecurity {

    @Bean
    SecurityFilterChain resourceServer(HttpSecurity http, Tenants tenants, ProblemWriter problems,
                                       @Value("${kenniskompas.audience}") String audience,
                                       @Value("${kenniskompas.security.public-paths:}") String[] publicPaths) throws Exception {
        var bearerEntryPoint = new BearerTokenAuthenticationEntryPoint();
        var bearerAccessDenied = new BearerTokenAccessDeniedHandler();
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                            "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**", "/error").permitAll();
                    // A service's own pages for people without an account (the Keuzehulp's public catalogue).
                    String[] open = java.util.Arrays.stream(publicPaths).filter(path -> !path.isBlank()).toArray(String[]::new);
                    if (open.length > 0) {
                        requests.requestMatchers(open).permitAll();
                    }
                    requests.anyRequest().authenticated();
                })
                .oauth2ResourceServer(oauth2 -> oauth2
                        .authenticationManagerResolver(TrustedIssuers.resolver(tenants, audience))
                        .authenticationEntryPoint((request, response, exception) -> {
                            if (exception instanceof IdentityProviderUnavailable) {
                                response.setHeader(HttpHeaders.RETRY_AFTER, "10");
                                problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE,
                                        "inlogdienst-onbereikbaar", exception.getMessage());
                                return;
                            }
                            bearerEntryPoint.commence(request, response, exception);
                            String detail = exception instanceof InsufficientAuthenticationException
                                    ? "Je bent niet aangemeld: stuur een toegangstoken mee."
                                    : "Het toegangstoken is niet geldig: " + exception.getMessage();
                            problems.write(request, response, HttpStatus.UNAUTHORIZED, "niet-aangemeld", detail);
                        })
                        .accessDeniedHandler((request, response, exception) -> {
                            bearerAccessDenied.handle(request, response, exception);
                            problems.write(request, response, HttpStatus.FORBIDDEN, "geen-toegang",
                                    "Je hebt geen toegang tot dit onderdeel.");
                        }))
                .build();
    }
}
