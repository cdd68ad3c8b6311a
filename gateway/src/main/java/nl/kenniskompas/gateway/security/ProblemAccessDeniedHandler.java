package nl.kenniskompas.gateway.security;

import nl.kenniskompas.gateway.problem.ProblemWriter;
import nl.kenniskompas.gateway.problem.Problems;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/** 403 as a problem: a valid token that may not do this. */
final class ProblemAccessDeniedHandler implements ServerAccessDeniedHandler {

    private final ProblemWriter problems;

    ProblemAccessDeniedHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE,
                "Bearer error=\"insufficient_scope\", error_description=\"Access denied\"");
        return problems.write(exchange, Problems.generic(HttpStatus.FORBIDDEN,
                "Je hebt geen toegang tot dit adres.", exchange));
    }
}
