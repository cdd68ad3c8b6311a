package nl.kenniskompas.infra;

import nl.kenniskompas.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Creates the topics declared in event-contracts ({@link Topics#ALL}), with their partition counts and settings, and
 * their dead-letter twins (same partition count and settings). The broker creates no topic by itself: a
 * topic not declared there does not exist.
 */
public final class KafkaTopics {

    private static final short REPLICATION_FACTOR = 1;

    private KafkaTopics() {
    }

    /** Each declared topic and its {@code <topic>-dlt}, with the same partition count. */
    public static List<Topics.TopicSpec> all() {
        List<Topics.TopicSpec> all = new ArrayList<>();
        for (Topics.TopicSpec topic : Topics.ALL) {
            all.add(topic);
            // Parked records are kept as long as the events themselves: someone must still be able to look at them.
            all.add(new Topics.TopicSpec(Topics.deadLetter(topic.name()), topic.partitions(), topic.config()));
        }
        return all;
    }

    /** Creates what is missing and checks what exists; running it again changes nothing. */
    static void ensure(Admin admin) {
        try {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = all().stream()
                    .filter(topic -> !existing.contains(topic.name()))
                    .map(topic -> new NewTopic(topic.name(), topic.partitions(), REPLICATION_FACTOR)
                            .configs(topic.config()))
                    .toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
            List<String> present = all().stream().map(Topics.TopicSpec::name).filter(existing::contains).toList();
            if (!present.isEmpty()) {
                refuseChangedPartitionCounts(admin, present);
                applyDeclaredConfig(admin, present);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new PlatformStartException("Could not create the Kafka topics: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformStartException("Interrupted while creating the Kafka topics");
        }
    }

    /** A topic made before its declaration gained a setting (e.g. retention) gets it now. */
    private static void applyDeclaredConfig(Admin admin, List<String> names)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<ConfigResource, Collection<AlterConfigOp>> changes = new HashMap<>();
        for (Topics.TopicSpec topic : all()) {
            if (names.contains(topic.name()) && !topic.config().isEmpty()) {
                changes.put(new ConfigResource(ConfigResource.Type.TOPIC, topic.name()), topic.config().entrySet()
                        .stream()
                        .map(entry -> new AlterConfigOp(new ConfigEntry(entry.getKey(), entry.getValue()),
                                AlterConfigOp.OpType.SET))
                        .toList());
            }
        }
        if (!changes.isEmpty()) {
            admin.incrementalAlterConfigs(changes).all().get(30, TimeUnit.SECONDS);
        }
    }

    /**
     * The key decides the partition, and per-entity order and the projection's per-ballot memory depend on it, so a
     * topic whose partition count differs from its declaration is not silently grown: the start stops and says why.
     */
    private static void refuseChangedPartitionCounts(Admin admin, List<String> names)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<String, TopicDescription> descriptions = admin.describeTopics(names).allTopicNames()
                .get(30, TimeUnit.SECONDS);
        for (Topics.TopicSpec topic : all()) {
            TopicDescription description = descriptions.get(topic.name());
            if (description != null && description.partitions().size() != topic.partitions()) {
                throw new PlatformStartException(topic.name() + " has " + description.partitions().size()
                        + " partitions but is declared with " + topic.partitions() + ". Changing it would move keys to"
                        + " other partitions; migrate deliberately, or delete data/kafka to start the local data over.");
            }
        }
    }
}
