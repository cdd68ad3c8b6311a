package nl.kenniskompas.infra;

/** A component did not come up; the message says which, why, and where its log is. */
public class PlatformStartException extends RuntimeException {

    public PlatformStartException(String message) {
        super(message);
    }

    public PlatformStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
