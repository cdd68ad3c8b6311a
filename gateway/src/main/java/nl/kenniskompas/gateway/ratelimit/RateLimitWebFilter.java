package nl.kenniskompas.gateway.ratelimit;

import nl.kenniskompas.gateway.problem.ProblemWriter;
import nl.kenniskompas.gateway.problem.Problems;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Counts authenticated API calls against the caller's and their tenant's buckets; 429 problem with Retry-After
 * when either is empty. Runs after Spring Security (order -100), so the principal is a validated token.
 */
@Component
@Order(-50)
class RateLimitWebFilter implements WebFilter {

    private final RateLimits limits;
    private final ProblemWriter problems;

    RateLimitWebFilter(RateLimitProperties properties, ProblemWriter problems) {
        this.limits = new RateLimits(properties);
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!exchange.getRequest().getPath().value().startsWith("/api/")) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .cast(JwtAuthenticationToken.class)
                .map(token -> limits.tryAcquire(token.getToken().getClaimAsString("tenant"), token.getName()))
                .defaultIfEmpty(RateLimits.Decision.ALLOWED)
                .flatMap(decision -> decision.allowed() ? chain.filter(exchange) : reject(exchange, decision));
    }

    private Mono<Void> reject(ServerWebExchange exchange, RateLimits.Decision decision) {
        long seconds = Math.max(1, (decision.retryAfter().toMillis() + 999) / 1000);
        String detail = decision.limitedBy() == RateLimits.Scope.USER
                ? "Je doet te veel verzoeken achter elkaar. Probeer het over %d seconden opnieuw."
                : "Vanuit je organisatie komen nu te veel verzoeken. Probeer het over %d seconden opnieuw.";
        ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", detail.formatted(seconds),
                exchange);
        problem.setProperty("limit", decision.limitedBy() == RateLimits.Scope.USER ? "user" : "tenant");
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return problems.write(exchange, problem);
    }
}
