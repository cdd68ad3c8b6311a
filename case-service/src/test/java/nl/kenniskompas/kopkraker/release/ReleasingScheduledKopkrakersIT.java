package nl.kenniskompas.kopkraker.release;

import nl.kenniskompas.events.Topics;
import nl.kenniskompas.kopkraker.casus.Audience;
import nl.kenniskompas.kopkraker.casus.ClientProfile;
import nl.kenniskompas.kopkraker.casus.Kopkraker;
import nl.kenniskompas.kopkraker.casus.Kopkrakers;
import nl.kenniskompas.kopkraker.casus.Option;
import nl.kenniskompas.platform.testing.Http;
import nl.kenniskompas.platform.testing.KafkaProbe;
import nl.kenniskompas.platform.testing.ServiceIntegrationTest;
import nl.kenniskompas.platform.testing.SharedInfrastructure;
import nl.kenniskompas.platform.testing.TestIssuers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A scheduled Kopkraker goes live at its moment, also when that moment fell while the service was down, once. */
@ServiceIntegrationTest
class ReleasingScheduledKopkrakersIT {

    @Autowired
    Kopkrakers kopkrakers;
    @Autowired
    SeedKopkrakers seeding;
    @LocalServerPort
    int port;
    private final String token = TestIssuers.shared().token("uwv", "umar", "professional");

    @Test
    void aScheduledKopkrakerIsHiddenUntilItsMomentThenPublishedAndAnnouncedOnce() {
        Instant moment = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.MILLIS);
        String id = schedule(moment);
        Http http = Http.at(port);

        assertThat(http.get("/api/v1/kopkrakers/" + id, token).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/kopkrakers", token).json().get("nextRelease").asString()).isNotBlank();

        await().atMost(Duration.ofSeconds(20)).until(() -> http.get("/api/v1/kopkrakers/" + id, token).status() == 200);
        assertThat(http.get("/api/v1/kopkrakers/" + id, token).json().get("publishedAt").asString())
                .isEqualTo(moment.toString());
        assertThat(announcementsOf(id)).hasSize(1);
    }

    @Test
    void aReleaseThatFellInADowntimeIsPublishedOnceAtTheFirstCheck() {
        // Written straight to the store with a moment already past: what a restart finds after being down then.
        Instant missed = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.MILLIS);
        String id = schedule(missed);

        await().atMost(Duration.ofSeconds(20)).until(() -> kopkrakers.findPublished(id).isPresent());
        assertThat(kopkrakers.findById(id).orElseThrow().publishedAt()).isEqualTo(missed);
        assertThat(announcementsOf(id)).hasSize(1);
    }

    @Test
    void aSeedWhoseNumberARedacteurTookIsLeftOutAndTheServiceStaysUp() {
        SeedKopkrakers.Seed last = seeding.seeds().get(seeding.seeds().size() - 1);
        Kopkraker seeded = kopkrakers.findById(last.id()).orElseThrow();
        kopkrakers.delete(seeded);
        String own = schedule(Instant.now().plus(Duration.ofDays(30)), last.number());

        seeding.releaseMissingSeeds();

        assertThat(kopkrakers.findById(own).orElseThrow().number()).isEqualTo(last.number());
        assertThat(kopkrakers.existsById(last.id())).isFalse();
        // Put the seed back for the other tests: with the number free again it is added once more.
        kopkrakers.deleteById(own);
        seeding.releaseMissingSeeds();
        assertThat(kopkrakers.findById(last.id()).orElseThrow().number()).isEqualTo(last.number());
    }

    private String schedule(Instant moment) {
        return schedule(moment, kopkrakers.nextNumber());
    }

    private String schedule(Instant moment, int number) {
        String id = "gepland-" + UUID.randomUUID().toString().substring(0, 8);
        var profile = new ClientProfile("Ans", "41 jaar", "Samenwonend", "Mbo-2", "1 jaar", "Schoonmaak",
                "Weer werken", "Rugklachten", "Groot");
        var option = new Option("A", "Eerste", "Kort", "Goed", "Zo", "Onderzoek", "Let op", "https://www.divosa.nl/");
        var kopkraker = new Kopkraker(id, number, "Gepland", profile, "Achtergrond.", "Wat doe je?",
                List.of(option, new Option("B", "Tweede", "Kort", "Goed", "Zo", "Onderzoek", "Let op", "https://www.divosa.nl/")),
                "Test", List.of("autonomie"), Audience.BEIDE, List.of(), List.of());
        kopkraker.schedule(moment);
        kopkrakers.save(kopkraker);
        return id;
    }

    private List<?> announcementsOf(String id) {
        return new KafkaProbe(SharedInfrastructure.kafkaBootstrapServers())
                .read(Topics.CASE_PUBLISHED, record -> id.equals(record.key()), 1);
    }
}
