package nl.kenniskompas.platform;

import nl.kenniskompas.platform.events.EventJson;
import nl.kenniskompas.platform.health.KafkaHealthIndicator;
import nl.kenniskompas.platform.health.MongoPingHealthIndicator;
import nl.kenniskompas.platform.kafka.KafkaConventions;
import nl.kenniskompas.platform.limits.PostingLimits;
import nl.kenniskompas.platform.outbox.OutboxRelay;
import nl.kenniskompas.platform.problem.ProblemResponses;
import nl.kenniskompas.platform.problem.ProblemWriter;
import nl.kenniskompas.platform.problem.RequestBodyLimit;
import nl.kenniskompas.platform.pseudonym.Pseudonyms;
import nl.kenniskompas.platform.security.ResourceServerSecurity;
import nl.kenniskompas.platform.tenant.TenantWebConfiguration;
import nl.kenniskompas.platform.tenant.Tenants;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * What every Kenniskompas service gets by depending on the platform. Runs before Boot's security auto-configuration
 * so that its resource-server chain is the one in place, not Boot's default.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration"})
@EnableConfigurationProperties(Tenants.class)
@Import({ResourceServerSecurity.class, TenantWebConfiguration.class, ProblemResponses.class, ProblemWriter.class,
        RequestBodyLimit.class, KafkaConventions.class})
public class PlatformAutoConfiguration {

    @Bean
    MongoPingHealthIndicator mongoPingHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }

    @Bean
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin) {
        return new KafkaHealthIndicator(kafkaAdmin);
    }

    @Bean
    EventJson eventJson(JsonMapper json) {
        return new EventJson(json);
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Pseudonyms pseudonyms(@Value("${kenniskompas.pseudonym-secret}") String secret) {
        return new Pseudonyms(secret);
    }

    @Bean
    @ConditionalOnProperty("kenniskompas.posting.per-hour")
    PostingLimits postingLimits(@Value("${kenniskompas.posting.burst}") int burst,
                                @Value("${kenniskompas.posting.refill-every}") Duration refillEvery,
                                @Value("${kenniskompas.posting.per-hour}") int perHour) {
        return new PostingLimits(burst, refillEvery, perHour);
    }

    @Bean
    @ConditionalOnProperty("kenniskompas.outbox.collections")
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka,
                            @Value("${kenniskompas.outbox.collections}") List<String> collections,
                            @Value("${spring.application.name}") String application,
                            @Value("${kenniskompas.outbox.interval:1s}") Duration interval,
                            @Value("${kenniskompas.outbox.scan-interval:30s}") Duration scanInterval) {
        return new OutboxRelay(mongo, kafka, collections, "/kenniskompas/" + application, interval, Duration.ofSeconds(10),
                scanInterval);
    }
}
