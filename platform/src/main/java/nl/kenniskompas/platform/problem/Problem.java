package nl.kenniskompas.platform.problem;

import org.springframework.http.HttpStatus;

import java.util.List;

/**
 * A request the service refuses, on purpose and with a reason the user can act on. Becomes an RFC 9457
 * {@code application/problem+json} response; {@code detail} and field messages are Dutch because people read them.
 */
public class Problem extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final List<FieldProblem> errors;
    private final Long retryAfterSeconds;

    public Problem(HttpStatus status, String type, String detail, List<FieldProblem> errors) {
        this(status, type, detail, errors, null);
    }

    private Problem(HttpStatus status, String type, String detail, List<FieldProblem> errors, Long retryAfterSeconds) {
        super(detail);
        this.status = status;
        this.type = type;
        this.errors = List.copyOf(errors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** The same problem, telling the client when trying again makes sense (a {@code Retry-After} header). */
    public Problem retryAfter(long seconds) {
        return new Problem(status, type, getMessage(), errors, seconds);
    }

    public static Problem notFound(String detail) {
        return new Problem(HttpStatus.NOT_FOUND, "niet-gevonden", detail, List.of());
    }

    public static Problem forbidden(String detail) {
        return new Problem(HttpStatus.FORBIDDEN, "geen-toegang", detail, List.of());
    }

    public static Problem conflict(String type, String detail) {
        return new Problem(HttpStatus.CONFLICT, type, detail, List.of());
    }

    /** Every field that is wrong at once, so the author can fix them in one go. */
    public static Problem invalidFields(List<FieldProblem> errors) {
        if (errors.size() == 1) {
            return invalidField(errors.get(0).field(), errors.get(0).message());
        }
        return new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "ongeldige-invoer",
                "De invoer klopt niet op " + errors.size() + " plaatsen.", List.copyOf(errors));
    }

    /** The request is well-formed, but a field holds a value the domain does not accept. */
    public static Problem invalidField(String field, String message) {
        return new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "ongeldige-invoer", "De invoer klopt niet: " + message,
                List.of(new FieldProblem(field, message)));
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    public java.util.Optional<Long> retryAfterSeconds() {
        return java.util.Optional.ofNullable(retryAfterSeconds);
    }
}
