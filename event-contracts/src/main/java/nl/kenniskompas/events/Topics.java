package nl.kenniskompas.events;

import java.util.List;

/** Kafka topics, named after the event they carry. Every topic has a dead-letter twin, {@code <topic>-dlt}. */
public final class Topics {

    public static final String VOTE_CAST = "vote-cast";
    public static final String CASE_PUBLISHED = "case-published";

    /** Every topic with the partition count it is created with; partitions bound the parallelism of consumers. */
    public static final List<TopicSpec> ALL = List.of(
            new TopicSpec(VOTE_CAST, 6),
            new TopicSpec(CASE_PUBLISHED, 3));

    private Topics() {
    }

    public static String deadLetter(String topic) {
        return topic + "-dlt";
    }

    public record TopicSpec(String name, int partitions) {
    }
}
