package nl.kenniskompas.gateway.fallback;

import java.net.URI;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import nl.kenniskompas.gateway.problem.Problems;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebExchangeDecorator;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR;

/**
 * Where each route's circuit breaker forwards when its service is down, slow or its circuit is open: 503 (504 when
 * the service did not answer in time) with a problem naming the service and a Retry-After.
 */
@RestController
class FallbackController {

    private static final Logger log = LoggerFactory.getLogger(FallbackController.class);

    private final FallbackProperties properties;

    FallbackController(FallbackProperties properties) {
        this.properties = properties;
    }

    @RequestMapping("/fallback/{service}")
    ResponseEntity<ProblemDetail> fallback(@PathVariable String service, ServerWebExchange exchange) {
        Throwable cause = exchange.getAttribute(CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        if (cause == null) {
            // Only a circuit breaker's forward gets here; a client asking directly finds nothing.
            return problem(Problems.generic(HttpStatus.NOT_FOUND,
                    "Op dit adres is niets te vinden: " + exchange.getRequest().getPath().value() + ".", exchange));
        }
        long seconds = Math.max(1, properties.retryAfter().toSeconds());
        boolean timedOut = isTimeout(cause);
        if (cause instanceof CallNotPermittedException) {
            // The circuit is open: the failures that opened it were logged, every request since need not be.
            log.debug("Circuit open for {}", service);
        } else {
            log.warn("{} for {} {}: {}", timedOut ? "Timeout" : "Unavailable", service,
                    exchange.getRequest().getMethod(), cause.toString());
        }
        ProblemDetail problem = timedOut
                ? Problems.of(HttpStatus.GATEWAY_TIMEOUT, "service-timeout",
                        "De dienst %s antwoordde niet op tijd. Probeer het over %d seconden opnieuw."
                                .formatted(service, seconds), exchange)
                : Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
                        "De dienst %s is nu niet bereikbaar. Probeer het over %d seconden opnieuw."
                                .formatted(service, seconds), exchange);
        problem.setProperty("service", service);
        problem.setInstance(originalPath(exchange));
        return ResponseEntity.status(problem.getStatus())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static boolean isTimeout(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.springframework.cloud.gateway.support.TimeoutException
                    || cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** The path the client asked for: the forward replaced it, but the innermost exchange still has it. */
    private static URI originalPath(ServerWebExchange exchange) {
        ServerWebExchange original = exchange;
        while (original instanceof ServerWebExchangeDecorator decorator) {
            original = decorator.getDelegate();
        }
        return URI.create(original.getRequest().getPath().value());
    }
}
