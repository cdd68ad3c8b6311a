package nl.kenniskompas.infra.fault;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the fault scenario counted and compared, line by line, and every check that failed. */
public final class FaultReport {

    private final List<String> lines = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final Map<String, Long> figures = new LinkedHashMap<>();

    /** A figure worth reading afterwards (and asserting on in a test). */
    void figure(String name, long value) {
        figures.put(name, value);
    }

    void line(String text) {
        lines.add(text);
    }

    /** A check: prints {@code ok} or {@code FAIL} with what was compared; a failure makes the run fail. */
    void check(boolean passed, String what) {
        lines.add((passed ? "  ok    " : "  FAIL  ") + what);
        if (!passed) {
            failures.add(what);
        }
    }

    void fail(String why) {
        check(false, why);
    }

    public List<String> failures() {
        return List.copyOf(failures);
    }

    public boolean passed() {
        return failures.isEmpty();
    }

    public long figure(String name) {
        Long value = figures.get(name);
        if (value == null) {
            throw new IllegalArgumentException("No figure " + name + " (have " + figures.keySet() + ")");
        }
        return value;
    }

    public String render() {
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line).append(System.lineSeparator()));
        text.append(passed() ? "PASSED: every check held." : "FAILED: " + failures.size() + " check(s): "
                + String.join("; ", failures)).append(System.lineSeparator());
        return text.toString();
    }
}
