package nl.kenniskompas.platform.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns every failure into {@code application/problem+json}: Spring MVC's own (wrong method, unknown path, bad
 * media type …), ours ({@link Problem}), unreadable or invalid bodies with the field named, and — as a last resort —
 * unexpected exceptions, which are logged and answered without internals.
 */
@RestControllerAdvice
public class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    @ExceptionHandler(Problem.class)
    ResponseEntity<ProblemDetail> refused(Problem problem, WebRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(problem.status(), problem.getMessage());
        body.setType(ProblemTypes.of(problem.type()));
        if (!problem.errors().isEmpty()) {
            body.setProperty("errors", problem.errors());
        }
        return problem.retryAfterSeconds()
                .map(seconds -> ResponseEntity.status(body.getStatus())
                        .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                        .body(withInstance(body, request)))
                .orElseGet(() -> respond(body, request));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException exception, WebRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Je hebt geen toegang tot dit onderdeel.");
        body.setType(ProblemTypes.of("geen-toegang"));
        return respond(body, request);
    }

    /**
     * A write that met a document someone changed or created at the same moment, where no {@code FreshCopy} makes
     * the change again: the person can try again, so it is a conflict and not our failure.
     */
    @ExceptionHandler({OptimisticLockingFailureException.class, DuplicateKeyException.class})
    ResponseEntity<ProblemDetail> changedMeanwhile(DataAccessException exception, WebRequest request) {
        log.info("Conflicting write handling {}: {}", request.getDescription(false), exception.getMessage());
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Iemand anders veranderde dit net. Laad opnieuw en probeer het nog eens.");
        body.setType(ProblemTypes.of("tegelijk-gewijzigd"));
        return respond(body, request);
    }

    @ExceptionHandler(RequestBodyTooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge(RequestBodyTooLarge exception, WebRequest request) {
        return respond(tooLargeProblem(exception), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception exception, WebRequest request) {
        log.error("Unexpected failure handling {}", request.getDescription(false), exception);
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Er ging aan onze kant iets mis. Probeer het later opnieuw.");
        body.setType(ProblemTypes.of("interne-fout"));
        return respond(body, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<FieldProblem> errors = exception.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), messageOf(error)))
                .toList();
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "De invoer klopt niet: " + errors.stream().map(e -> e.field() + ": " + e.message())
                        .collect(Collectors.joining("; ")));
        body.setType(ProblemTypes.of("ongeldige-invoer"));
        body.setProperty("errors", errors);
        return new ResponseEntity<>(withInstance(body, request), HttpStatus.UNPROCESSABLE_CONTENT);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        RequestBodyTooLarge tooLarge = causeOf(exception, RequestBodyTooLarge.class);
        if (tooLarge != null) {
            return new ResponseEntity<>(withInstance(tooLargeProblem(tooLarge), request), HttpStatus.CONTENT_TOO_LARGE);
        }
        ProblemDetail body = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        body.setType(ProblemTypes.of("onleesbaar-verzoek"));
        UnrecognizedPropertyException unknownField = causeOf(exception, UnrecognizedPropertyException.class);
        DatabindException wrongValue = causeOf(exception, DatabindException.class);
        if (unknownField != null) {
            String field = unknownField.getPropertyName();
            body.setDetail("Onbekend veld '" + field + "'.");
            body.setProperty("errors", List.of(new FieldProblem(field, "Dit veld bestaat niet.")));
        } else if (wrongValue != null && !wrongValue.getPath().isEmpty()) {
            String field = wrongValue.getPath().stream()
                    .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName() : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining("."));
            body.setDetail("Het veld '" + field + "' heeft een waarde van de verkeerde soort.");
            body.setProperty("errors", List.of(new FieldProblem(field, "Waarde van de verkeerde soort.")));
        } else if (causeOf(exception, JacksonException.class) != null) {
            body.setDetail("De body is geen geldige JSON.");
        } else {
            body.setDetail("De body ontbreekt of is niet te lezen.");
        }
        return new ResponseEntity<>(withInstance(body, request), HttpStatus.BAD_REQUEST);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null || problem.getType().equals(URI.create("about:blank")))) {
            problem.setType(ProblemTypes.of("http-" + status.value()));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static ProblemDetail tooLargeProblem(RequestBodyTooLarge exception) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, exception.getMessage());
        body.setType(ProblemTypes.of("verzoek-te-groot"));
        return body;
    }

    private static String messageOf(FieldError error) {
        return error.getDefaultMessage() == null ? "Ongeldige waarde." : error.getDefaultMessage();
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail body, WebRequest request) {
        return ResponseEntity.status(body.getStatus()).body(withInstance(body, request));
    }

    private static ProblemDetail withInstance(ProblemDetail body, WebRequest request) {
        if (request instanceof ServletWebRequest servlet) {
            body.setInstance(URI.create(servlet.getRequest().getRequestURI()));
        }
        return body;
    }

    private static <T extends Throwable> T causeOf(Throwable exception, Class<T> type) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
