package nl.kenniskompas.events;

import java.util.List;
import java.util.Map;

/** Kafka topics, named after the event they carry. Every topic has a dead-letter twin, {@code <topic>-dlt}. */
public final class Topics {

    public static final String VOTE_CAST = "vote-cast";
    public static final String CASE_PUBLISHED = "case-published";
    public static final String CASE_ARCHIVED = "case-archived";
    public static final String REACTION_POSTED = "reaction-posted";
    public static final String REACTION_MODERATED = "reaction-moderated";
    public static final String DILEMMA_SUBMITTED = "dilemma-submitted";
    public static final String DILEMMA_TRIAGED = "dilemma-triaged";
    public static final String INSTRUMENT_PUBLISHED = "instrument-published";
    public static final String INSTRUMENT_REVIEWED = "instrument-reviewed";

    /**
     * Kept forever: projections are rebuilt by replaying a topic from offset zero, and analytics consumers may start
     * late. The volumes (a vote per professional per case) make that cheap.
     */
    private static final Map<String, String> KEPT_FOREVER = Map.of("retention.ms", "-1");

    /**
     * Every topic with its partition count and settings. Partitions bound the parallelism of consumers; they are fixed
     * once created, because the key decides the partition and per-entity order depends on it.
     */
    public static final List<TopicSpec> ALL = List.of(
            new TopicSpec(VOTE_CAST, 6, KEPT_FOREVER),
            new TopicSpec(CASE_PUBLISHED, 3, KEPT_FOREVER),
            new TopicSpec(CASE_ARCHIVED, 3, KEPT_FOREVER),
            new TopicSpec(REACTION_POSTED, 3, KEPT_FOREVER),
            new TopicSpec(REACTION_MODERATED, 3, KEPT_FOREVER),
            new TopicSpec(DILEMMA_SUBMITTED, 3, KEPT_FOREVER),
            new TopicSpec(DILEMMA_TRIAGED, 3, KEPT_FOREVER),
            new TopicSpec(INSTRUMENT_PUBLISHED, 3, KEPT_FOREVER),
            new TopicSpec(INSTRUMENT_REVIEWED, 3, KEPT_FOREVER));

    private Topics() {
    }

    public static String deadLetter(String topic) {
        return topic + "-dlt";
    }

    public record TopicSpec(String name, int partitions, Map<String, String> config) {

        public TopicSpec(String name, int partitions) {
            this(name, partitions, Map.of());
        }
    }
}
