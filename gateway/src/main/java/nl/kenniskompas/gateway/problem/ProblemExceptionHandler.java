package nl.kenniskompas.gateway.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

import reactor.core.publisher.Mono;

/**
 * Turns every error the gateway itself raises (unknown path, too large, upstream trouble, bugs) into a problem.
 * Ordered before Boot's own error handler, which would answer plain {@code application/json}.
 */
@Component
@Order(-2)
class ProblemExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    private final ProblemWriter writer;

    ProblemExceptionHandler(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        ProblemDetail problem = toProblem(exchange, error);
        if (problem.getStatus() == 500) {
            log.error("{} {} failed", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), error);
        } else if (problem.getStatus() > 500) {
            log.warn("{} {} answered {}: {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
                    problem.getStatus(), rootCause(error));
        }
        return writer.write(exchange, problem);
    }

    private static ProblemDetail toProblem(ServerWebExchange exchange, Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException known) {
                return known.problem();
            }
        }
        if (error instanceof AuthenticationServiceException) {
            // Token validation could not even start: the tenant's identity provider did not answer.
            return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "identity-provider-unavailable",
                    "De inlogdienst van je organisatie is nu niet bereikbaar. Probeer het later opnieuw.", exchange);
        }
        HttpStatusCode status = error instanceof ErrorResponse response
                ? response.getStatusCode()
                : HttpStatus.INTERNAL_SERVER_ERROR;
        return Problems.generic(status, dutchDetail(status, exchange), exchange);
    }

    private static String rootCause(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }

    private static String dutchDetail(HttpStatusCode status, ServerWebExchange exchange) {
        return switch (status.value()) {
            case 400 -> "Het verzoek is niet goed opgebouwd.";
            case 404 -> "Op dit adres is niets te vinden: " + exchange.getRequest().getPath().value() + ".";
            case 405 -> "Deze methode is op dit adres niet toegestaan.";
            case 413 -> "Het verzoek is te groot.";
            case 415 -> "Dit soort inhoud wordt hier niet geaccepteerd.";
            case 503 -> "Deze dienst is nu niet bereikbaar. Probeer het later opnieuw.";
            case 504 -> "Deze dienst antwoordde niet op tijd. Probeer het later opnieuw.";
            default -> status.is4xxClientError()
                    ? "Het verzoek kan niet worden verwerkt."
                    : "Er ging iets mis in de gateway. Probeer het later opnieuw.";
        };
    }
}
