package nl.kenniskompas.infra;

import java.util.OptionalLong;

/** One running part of the platform, as the launcher sees it. */
interface Component {

    String name();

    /** The operating-system process, if it is not the launcher's own. */
    OptionalLong pid();

    /** Stops it and returns when it has stopped. */
    void stop();
}
