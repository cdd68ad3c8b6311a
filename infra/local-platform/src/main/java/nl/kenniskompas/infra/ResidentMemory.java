package nl.kenniskompas.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** Resident set size of a process, from {@code /proc/<pid>/status} (Linux). */
final class ResidentMemory {

    private ResidentMemory() {
    }

    static OptionalLong bytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    String kilobytes = line.substring("VmRSS:".length()).replace("kB", "").trim();
                    return OptionalLong.of(Long.parseLong(kilobytes) * 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the process has just exited
        }
        return OptionalLong.empty();
    }

    static String format(long bytes) {
        return bytes >= 1024L * 1024 * 1024
                ? String.format("%.2f GiB", bytes / (1024.0 * 1024 * 1024))
                : String.format("%d MiB", bytes / (1024 * 1024));
    }
}
