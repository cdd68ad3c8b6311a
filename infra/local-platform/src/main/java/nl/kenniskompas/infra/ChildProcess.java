package nl.kenniskompas.infra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A JVM the launcher started, with its output in one log file, stopped with SIGTERM and, if need be, SIGKILL. */
final class ChildProcess {

    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final Process process;
    private final Path logFile;

    private ChildProcess(Process process, Path logFile) {
        this.process = process;
        this.logFile = logFile;
    }

    /** @param append keep what is in the log file already (else it starts empty) */
    static ChildProcess start(List<String> command, Map<String, String> environment, Path logFile, boolean append) {
        List<String> fullCommand = new ArrayList<>();
        // Ctrl-C signals the terminal's whole process group; in their own session the children hear of it only
        // from the launcher, which stops them in reverse order of start. (setsid execs in place: the pid is the JVM's.)
        if (Files.isExecutable(SETSID)) {
            fullCommand.add(SETSID.toString());
        }
        fullCommand.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(fullCommand)
                .redirectErrorStream(true)
                .redirectOutput(append
                        ? ProcessBuilder.Redirect.appendTo(logFile.toFile())
                        : ProcessBuilder.Redirect.to(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(logFile.getParent());
            return new ChildProcess(builder.start(), logFile);
        } catch (IOException e) {
            throw new PlatformStartException("Could not start " + String.join(" ", command) + ": " + e.getMessage(), e);
        }
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitValue() {
        return process.exitValue();
    }

    Path logFile() {
        return logFile;
    }

    Process process() {
        return process;
    }

    /** SIGTERM, then SIGKILL if it has not exited within the grace period. */
    void stop(Duration grace) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                System.out.printf("  %s did not stop within %d s; killing it%n", logFile.getFileName(),
                        grace.toSeconds());
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    /** SIGKILL at once, and wait until the operating system has reaped it. */
    void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException(logFile.getFileName() + " survived SIGKILL for 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The end of the log, for error messages that should not send the reader hunting: the innermost exception
     * first (a Spring context failure ends in a long stack), then the last lines.
     */
    String failureSummary() {
        List<String> tail = tail();
        StringBuilder summary = new StringBuilder();
        tail.stream().filter(line -> line.startsWith("Caused by: ")).reduce((first, second) -> second)
                .ifPresent(cause -> summary.append("  ").append(cause).append(System.lineSeparator()));
        summary.append("Last lines of ").append(logFile).append(':').append(System.lineSeparator());
        tail.subList(Math.max(0, tail.size() - 20), tail.size())
                .forEach(line -> summary.append("  | ").append(line).append(System.lineSeparator()));
        return summary.toString();
    }

    private List<String> tail() {
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(logFile.toFile(), "r")) {
            long start = Math.max(0, file.length() - 64 * 1024);
            byte[] tail = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(tail);
            return new String(tail, StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            return List.of("(could not read " + logFile + ": " + e.getMessage() + ")");
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
