package nl.kenniskompas.kopkraker.release;

import nl.kenniskompas.events.Topics;
import nl.kenniskompas.kopkraker.CaseServiceApplication;
import nl.kenniskompas.kopkraker.casus.Audience;
import nl.kenniskompas.kopkraker.casus.ClientProfile;
import nl.kenniskompas.kopkraker.casus.Kopkraker;
import nl.kenniskompas.kopkraker.casus.Kopkrakers;
import nl.kenniskompas.kopkraker.casus.Option;
import nl.kenniskompas.kopkraker.casus.Status;
import nl.kenniskompas.platform.testing.KafkaProbe;
import nl.kenniskompas.platform.testing.ServiceIntegrationTest;
import nl.kenniskompas.platform.testing.SharedInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A release that falls while case-service is not checking (down) goes live once when an instance starts again — with
 * the old instance still around, so the two race and still only one case-published is sent.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = "kenniskompas.release.check-interval=1h")
class ReleaseAfterRestartIT {

    @Autowired
    Kopkrakers kopkrakers;
    @Autowired
    Environment environment;

    @Test
    void aReleaseMissedWhileDownIsPublishedOnceByTheRestartedService() {
        // This instance checked at its start and will not check again for an hour: for the release it is down.
        String id = "na-herstart-" + UUID.randomUUID().toString().substring(0, 8);
        Instant missed = Instant.now().minus(Duration.ofMinutes(10)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        kopkrakers.save(scheduled(id, kopkrakers.nextNumber(), missed));
        assertThat(kopkrakers.findById(id).orElseThrow().status()).isEqualTo(Status.SCHEDULED);

        // Command-line arguments, as a deployment would pass them: they outrank every configuration file.
        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(CaseServiceApplication.class).run(
                "--server.port=0",
                "--spring.mongodb.uri=" + environment.getProperty("spring.mongodb.uri"),
                "--spring.kafka.bootstrap-servers=" + SharedInfrastructure.kafkaBootstrapServers(),
                "--spring.kafka.consumer.group-id=restarted-" + id,
                "--kenniskompas.issuer-base=" + environment.getProperty("kenniskompas.issuer-base"),
                "--kenniskompas.pseudonym-secret=" + environment.getProperty("kenniskompas.pseudonym-secret"),
                "--kenniskompas.outbox.interval=200ms",
                "--kenniskompas.release.check-interval=500ms")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> kopkrakers.findPublished(id).isPresent());
        }

        assertThat(kopkrakers.findById(id).orElseThrow().publishedAt()).isEqualTo(missed);
        assertThat(new KafkaProbe(SharedInfrastructure.kafkaBootstrapServers())
                .read(Topics.CASE_PUBLISHED, record -> id.equals(record.key()), 1)).hasSize(1);
    }

    private static Kopkraker scheduled(String id, int number, Instant moment) {
        var profile = new ClientProfile("Gert", "52 jaar", "Getrouwd", "Lts", "3 jaar", "Bouw", "Werk", "Knieën", "Groot");
        var a = new Option("A", "Eerste", "Kort", "Goed", "Zo", "Onderzoek", "Let op", "https://www.uwv.nl/");
        var b = new Option("B", "Tweede", "Kort", "Goed", "Zo", "Onderzoek", "Let op", "https://www.uwv.nl/");
        var kopkraker = new Kopkraker(id, number, "Na de herstart", profile, "Achtergrond.", "Wat doe je?", List.of(a, b),
                "Test", List.of(), Audience.UWV, List.of("WW"), List.of());
        kopkraker.schedule(moment);
        return kopkraker;
    }
}
