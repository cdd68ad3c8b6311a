package nl.kenniskompas.infra.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.stream.Stream;

/** Open file descriptors, resident memory and CPU time of a process, from {@code /proc} (Linux). */
final class ProcessStats {

    /** USER_HZ on Linux: the unit of {@link #cpuTicks(long)}. */
    static final double TICKS_PER_SECOND = 100.0;

    private ProcessStats() {
    }

    static OptionalLong openFiles(long pid) {
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            return OptionalLong.of(fds.count());
        } catch (IOException | SecurityException e) {
            return OptionalLong.empty();
        }
    }

    /** {@code Max open files} of the process's limits: the soft limit. */
    static OptionalLong openFilesLimit(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "limits")).stream()
                    .filter(line -> line.startsWith("Max open files"))
                    .mapToLong(line -> Long.parseLong(line.substring("Max open files".length()).trim()
                            .split("\\s+")[0]))
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    static OptionalLong residentBytes(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024).findFirst();
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /** CPU time the process used so far (user + system), in clock ticks of {@link #TICKS_PER_SECOND}. */
    static OptionalLong cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // After the command (in parentheses, which may hold spaces): utime and stime are fields 14 and 15.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return OptionalLong.of(Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }
}
