package nl.kenniskompas.gateway.problem;

import org.springframework.http.ProblemDetail;

/** Ends a request with a problem built where the cause was known, e.g. deep inside a request body stream. */
public class ProblemException extends RuntimeException {

    private final transient ProblemDetail problem;

    public ProblemException(ProblemDetail problem) {
        super(problem.getDetail(), null, false, false);
        this.problem = problem;
    }

    public ProblemDetail problem() {
        return problem;
    }
}
