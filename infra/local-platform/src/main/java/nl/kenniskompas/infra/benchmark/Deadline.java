package nl.kenniskompas.infra.benchmark;

import java.time.Duration;

/**
 * A benchmark's two deadlines: past the first its platform is stopped (the run reports what it has); past the second,
 * if even stopping hangs, everything this JVM started is killed and the JVM ends, so CI or a person never waits forever.
 */
final class Deadline {

    private Deadline() {
    }

    /** Runs {@code stop} after {@code after} unless the returned thread is interrupted first. */
    static Thread stopAfter(Duration after, Runnable stop) {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(after.toMillis());
                stop.run();
            } catch (InterruptedException finished) {
                // finished in time
            }
        }, "benchmark-deadline");
        watchdog.setDaemon(true);
        watchdog.start();
        return watchdog;
    }

    static void haltAfter(Duration after, String benchmark) {
        Thread killer = new Thread(() -> {
            try {
                Thread.sleep(after.toMillis());
                System.err.println(benchmark + ": hard deadline passed; killing the platform and exiting");
                ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
                Runtime.getRuntime().halt(3);
            } catch (InterruptedException ignored) {
                // never interrupted
            }
        }, "benchmark-hard-deadline");
        killer.setDaemon(true);
        killer.start();
    }
}
