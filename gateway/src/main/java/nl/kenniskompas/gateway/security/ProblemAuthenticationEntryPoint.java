package nl.kenniskompas.gateway.security;

import nl.kenniskompas.gateway.problem.ProblemWriter;
import nl.kenniskompas.gateway.problem.Problems;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/** 401 as a problem that says why (no token, expired, bad signature, unknown issuer, wrong tenant). */
final class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

    private final ProblemWriter problems;

    ProblemAuthenticationEntryPoint(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException exception) {
        TokenRejection rejection = TokenRejection.of(exception);
        ProblemDetail problem = Problems.of(HttpStatus.UNAUTHORIZED, rejection.kind(), rejection.detail(), exchange);
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, rejection.wwwAuthenticate());
        return problems.write(exchange, problem);
    }
}
