package nl.kenniskompas.platform.kafka;

import nl.kenniskompas.events.Topics;
import nl.kenniskompas.platform.events.CloudEventRecords;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.util.backoff.ExponentialBackOff;
import tools.jackson.core.JacksonException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How every service consumes: a failing record is retried a few times with growing pauses, then parked on
 * {@code <topic>-dlt} (same partition) so it never blocks the records behind it. Records that can never succeed —
 * unreadable bytes, JSON that does not parse, a record that is not one of our CloudEvents — skip the retries.
 * A store that is briefly unreachable is waited for without limit, so an outage parks nothing.
 * Producer settings (idempotent, {@code acks=all}) live in {@code kenniskompas-platform.yml}.
 */
@Configuration(proxyBeanMethods = false)
public class KafkaConventions {

    @Bean
    CommonErrorHandler kafkaErrorHandler(ProducerFactory<String, String> producerFactory,
                                         KafkaTemplate<String, String> kafkaTemplate) {
        // Records that failed deserialisation carry their raw bytes; they need a byte[] serialiser on the way out.
        var rawBytes = new KafkaTemplate<>(new DefaultKafkaProducerFactory<Object, Object>(
                overriding(producerFactory.getConfigurationProperties(), ByteArraySerializer.class)));
        Map<Class<?>, KafkaTemplate<?, ?>> templates = new LinkedHashMap<>();
        templates.put(byte[].class, rawBytes);
        templates.put(Object.class, kafkaTemplate);
        var recoverer = new DeadLetterPublishingRecoverer(templates,
                (record, exception) -> new TopicPartition(Topics.deadLetter(record.topic()), record.partition()));

        var backOff = new ExponentialBackOffWithMaxRetries(4);
        backOff.setInitialInterval(200);
        backOff.setMultiplier(2.5);
        backOff.setMaxInterval(5_000);
        var handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(DeserializationException.class, JacksonException.class,
                CloudEventRecords.NotACloudEvent.class, IllegalArgumentException.class);
        // The store being briefly away is no reason to park a good record: wait for it, however long.
        handler.setBackOffFunction((record, exception) -> isTransient(exception) ? untilItIsBack() : null);
        return handler;
    }

    private static boolean isTransient(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof TransientDataAccessException || cause instanceof DataAccessResourceFailureException) {
                return true;
            }
        }
        return false;
    }

    private static ExponentialBackOff untilItIsBack() {
        var backOff = new ExponentialBackOff(500, 2);
        backOff.setMaxInterval(30_000);
        return backOff;
    }

    private static Map<String, Object> overriding(Map<String, Object> config, Class<?> valueSerializer) {
        Map<String, Object> copy = new LinkedHashMap<>(config);
        copy.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, valueSerializer);
        copy.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        return copy;
    }
}
