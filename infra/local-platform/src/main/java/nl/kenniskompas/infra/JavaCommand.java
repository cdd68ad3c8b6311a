package nl.kenniskompas.infra;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code java <lean flags> ...} for the child JVMs. */
final class JavaCommand {

    /**
     * Nine JVMs share two cores and a 4 GiB budget: one GC thread and no region overhead (Serial), C1 only (most of
     * a local run is start-up), small thread stacks.
     */
    private static final List<String> LEAN_FLAGS = List.of(
            "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k", "-XX:ReservedCodeCacheSize=64m",
            "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8");

    private JavaCommand() {
    }

    static List<String> with(String initialHeap, String maxHeap, List<String> rest) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xms" + initialHeap);
        command.add("-Xmx" + maxHeap);
        command.addAll(LEAN_FLAGS);
        command.addAll(rest);
        return command;
    }
}
