package nl.kenniskompas.platform.problem;

import java.io.IOException;

/** Raised while reading a body that passes the configured limit; answered with 413. */
public class RequestBodyTooLarge extends IOException {

    public RequestBodyTooLarge(long limit) {
        super("Het verzoek is te groot: maximaal " + limit + " bytes.");
    }
}
