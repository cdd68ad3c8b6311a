package nl.kenniskompas.platform.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs calls at the same moment on {@code threads} threads, as several people would, and gives their results in order. */
public final class AtOnce {

    private AtOnce() {
    }

    public static <T> List<T> results(int threads, List<Callable<T>> calls) throws InterruptedException, ExecutionException {
        ExecutorService together = Executors.newFixedThreadPool(threads);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> result : together.invokeAll(calls)) {
                results.add(result.get());
            }
            return results;
        } finally {
            together.shutdownNow();
        }
    }
}
