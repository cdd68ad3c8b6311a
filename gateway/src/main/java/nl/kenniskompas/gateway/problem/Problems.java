package nl.kenniskompas.gateway.problem;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.server.ServerWebExchange;

/**
 * Builds the RFC 9457 problems the gateway itself answers with. {@code detail} is Dutch and meant for the user
 * (docs/api-v1-kopkrakers.md); {@code type} tells clients which problem it is without parsing text.
 */
public final class Problems {

    private static final String TYPE_PREFIX = "urn:kenniskompas:problem:";

    private Problems() {
    }

    /** A problem of a kind clients may want to react to, e.g. {@code token-expired}. */
    public static ProblemDetail of(HttpStatusCode status, String kind, String detail, ServerWebExchange exchange) {
        ProblemDetail problem = generic(status, detail, exchange);
        problem.setType(URI.create(TYPE_PREFIX + kind));
        return problem;
    }

    /** A problem fully described by its status: type {@code about:blank}, title the status' reason phrase. */
    public static ProblemDetail generic(HttpStatusCode status, String detail, ServerWebExchange exchange) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("about:blank"));
        HttpStatus known = HttpStatus.resolve(status.value());
        problem.setTitle(known != null ? known.getReasonPhrase() : "Error");
        problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        return problem;
    }
}
