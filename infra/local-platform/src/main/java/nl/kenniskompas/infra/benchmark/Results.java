package nl.kenniskompas.infra.benchmark;

import org.HdrHistogram.Histogram;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark's figures, as a markdown report (for people and the README table) and as JSON (for comparing runs). */
final class Results {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ObjectNode json = JSON.createObjectNode();
    private final List<String> table = new ArrayList<>();
    private final List<String> targets = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> setup = new ArrayList<>();
    private boolean allTargetsMet = true;
    /** Where the targets come from, for the heading of their table. */
    private final String targetsFrom;

    /** The stemoverzicht benchmark's results (issue 4, item 4). */
    Results() {
        this("issue 4, item 4");
    }

    /** @param targetsFrom where the targets come from, e.g. {@code issue 7, item 10} */
    Results(String targetsFrom) {
        this.targetsFrom = targetsFrom;
    }

    ObjectNode json() {
        return json;
    }

    void setup(String line) {
        setup.add(line);
    }

    void note(String line) {
        notes.add(line);
    }

    /** A row of the figures table. */
    void row(String figure, String measured, String how) {
        table.add("| " + figure + " | " + measured + " | " + how + " |");
    }

    /** A target of the issue, with what was measured and whether it was met. */
    void target(String target, String measured, boolean met) {
        targets.add("| " + target + " | " + measured + " | " + (met ? "yes" : "**no**") + " |");
        allTargetsMet &= met;
    }

    boolean allTargetsMet() {
        return allTargetsMet;
    }

    static ObjectNode latency(Histogram micros) {
        ObjectNode node = JSON.createObjectNode();
        node.put("count", micros.getTotalCount());
        if (micros.getTotalCount() > 0) {
            node.put("p50Ms", micros.getValueAtPercentile(50) / 1000.0);
            node.put("p90Ms", micros.getValueAtPercentile(90) / 1000.0);
            node.put("p99Ms", micros.getValueAtPercentile(99) / 1000.0);
            node.put("p999Ms", micros.getValueAtPercentile(99.9) / 1000.0);
            node.put("maxMs", micros.getMaxValue() / 1000.0);
        }
        return node;
    }

    static String ms(Histogram micros, double percentile) {
        return micros.getTotalCount() == 0 ? "–" : format("%.1f ms", micros.getValueAtPercentile(percentile) / 1000.0);
    }

    static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }

    String markdown(String title) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(title).append("\n\n");
        setup.forEach(line -> md.append("- ").append(line).append('\n'));
        md.append("\n## Figures\n\n| figure | measured | how |\n|---|---|---|\n");
        table.forEach(row -> md.append(row).append('\n'));
        md.append("\n## Targets (").append(targetsFrom).append(")\n\n| target | measured | met |\n|---|---|---|\n");
        targets.forEach(row -> md.append(row).append('\n'));
        if (!notes.isEmpty()) {
            md.append("\n## What limits the figures\n\n");
            notes.forEach(line -> md.append("- ").append(line).append('\n'));
        }
        return md.toString();
    }

    /** Writes {@code <stem>.md} and {@code <stem>.json}; returns the markdown file. */
    /**
     * Writes the results, prints them with where they and the platform's logs are, and answers the exit code:
     * 0 every target met, 1 not, 2 the run did not complete.
     */
    int publish(Path dir, String stem, String title, Path logs, boolean completed) throws IOException {
        Path file = write(dir, stem, title);
        System.out.println();
        System.out.println(Files.readString(file));
        System.out.println("Written: " + file + " and " + file.resolveSibling(stem + ".json"));
        System.out.println("Platform logs: " + logs);
        return !completed ? 2 : allTargetsMet ? 0 : 1;
    }

    Path write(Path dir, String stem, String title) throws IOException {
        Files.createDirectories(dir);
        Path markdown = dir.resolve(stem + ".md");
        Files.writeString(markdown, markdown(title));
        json.put("allTargetsMet", allTargetsMet);
        Files.writeString(dir.resolve(stem + ".json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json));
        return markdown;
    }
}
