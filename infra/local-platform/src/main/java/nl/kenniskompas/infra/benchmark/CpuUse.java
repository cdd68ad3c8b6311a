package nl.kenniskompas.infra.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * CPU used by named processes between two samples, in cores (1.0 = one core busy the whole time), from
 * {@code /proc/<pid>/stat}. On a machine of two cores shared by the load generator, the platform and whatever else
 * runs, this says which process a figure was waiting for.
 */
final class CpuUse {

    /** Ticks per process name at a moment. */
    record Sample(long nanos, Map<String, Long> ticks) {
    }

    private CpuUse() {
    }

    static Sample sample(Map<String, Long> pids) {
        Map<String, Long> ticks = new LinkedHashMap<>();
        pids.forEach((name, pid) -> {
            OptionalLong used = ProcessStats.cpuTicks(pid);
            if (used.isPresent()) {
                ticks.merge(name, used.getAsLong(), Long::sum);
            }
        });
        return new Sample(System.nanoTime(), ticks);
    }

    /** Cores used per name between the samples (names missing from either sample are left out). */
    static Map<String, Double> cores(Sample before, Sample after) {
        double seconds = (after.nanos() - before.nanos()) / 1e9;
        Map<String, Double> cores = new LinkedHashMap<>();
        if (seconds <= 0) {
            return cores;
        }
        after.ticks().forEach((name, ticks) -> {
            Long earlier = before.ticks().get(name);
            if (earlier != null) {
                cores.put(name, Math.max(0, ticks - earlier) / ProcessStats.TICKS_PER_SECOND / seconds);
            }
        });
        return cores;
    }
}
