package nl.kenniskompas.infra;

/** What the start-up polling loops share. */
final class Readiness {

    /** Thrown into a waiting loop when the platform is told to stop before it is up. */
    @FunctionalInterface
    interface Abort {
        void check();
    }

    private Readiness() {
    }

    static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformStartException("Interrupted while waiting for the platform to start");
        }
    }
}
