package nl.kenniskompas.platform.problem;

import java.net.URI;

/** Problem {@code type} URIs: one documented page per kind of problem, named by a short slug. */
public final class ProblemTypes {

    private static final String BASE = "https://kenniskompas.nl/problemen/";

    private ProblemTypes() {
    }

    public static URI of(String slug) {
        return URI.create(BASE + slug);
    }
}
