package nl.kenniskompas.infra.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How much CPU processes other than the benchmark and its platform used during a measurement: on a shared 2-core
 * machine someone else's build halves a figure, and the reader of the results must be able to see that. From
 * {@code /proc/stat} (all busy time) minus {@code /proc/<pid>/stat} of this JVM and its descendants.
 */
final class ForeignLoad {

    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

    record Sample(long nanos, long busyTicks, long ownTicks) {
    }

    private ForeignLoad() {
    }

    static Sample sample() {
        List<ProcessHandle> own = new java.util.ArrayList<>();
        own.add(ProcessHandle.current());
        ProcessHandle.current().descendants().forEach(own::add);
        long ownTicks = own.stream().mapToLong(process -> ticks(process.pid())).sum();
        return new Sample(System.nanoTime(), busyTicks(), ownTicks);
    }

    /** Cores used on average by other processes between the two samples (0 when /proc cannot be read). */
    static double foreignCores(Sample before, Sample after) {
        double seconds = (after.nanos() - before.nanos()) / 1e9;
        if (seconds <= 0 || before.busyTicks() < 0 || after.busyTicks() < 0) {
            return 0;
        }
        long foreign = (after.busyTicks() - before.busyTicks()) - (after.ownTicks() - before.ownTicks());
        return Math.max(0, foreign / TICKS_PER_SECOND / seconds);
    }

    private static long busyTicks() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            // cpu user nice system idle iowait irq softirq steal ...: busy is all but idle and iowait
            long busy = 0;
            for (int i = 1; i < cpu.length && i <= 8; i++) {
                if (i != 4 && i != 5) {
                    busy += Long.parseLong(cpu[i]);
                }
            }
            return busy;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // Fields after the command (in parentheses, which may hold spaces): utime and stime are 14th and 15th.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
