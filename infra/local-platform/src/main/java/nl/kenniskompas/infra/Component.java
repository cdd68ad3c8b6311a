package nl.kenniskompas.infra;

import java.util.OptionalLong;

/** One running part of the platform, as the launcher sees it. */
interface Component {

    String name();

    /** The operating-system process, if it is not the launcher's own. */
    OptionalLong pid();

    /** Stops it and returns when it has stopped. */
    void stop();

    /** SIGKILL, as a crash or an OOM killer would: no shutdown hook runs. Returns when it is gone. */
    default void kill() {
        throw new UnsupportedOperationException(name() + " runs inside the launcher and cannot be killed alone");
    }

    default boolean isAlive() {
        return true;
    }
}
