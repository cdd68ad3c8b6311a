package nl.kenniskompas.kopkraker.release;

import nl.kenniskompas.kopkraker.casus.Audience;
import nl.kenniskompas.kopkraker.casus.ClientProfile;
import nl.kenniskompas.kopkraker.casus.Kopkraker;
import nl.kenniskompas.kopkraker.casus.Kopkrakers;
import nl.kenniskompas.kopkraker.casus.Option;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The national seed content (the twelve Kopkrakers TNO built), on first start released on a two-weekly rhythm up to
 * today with the last one scheduled ({@link ReleaseRhythm}). A Kopkraker that exists already is left alone, so
 * restarts change nothing and editors' later changes survive.
 */
@Component
class SeedKopkrakers {

    private static final Logger log = LoggerFactory.getLogger(SeedKopkrakers.class);

    private final Kopkrakers kopkrakers;
    private final Publishing publishing;
    private final JsonMapper json;
    private final Clock clock;

    SeedKopkrakers(Kopkrakers kopkrakers, Publishing publishing, JsonMapper json, Clock clock) {
        this.kopkrakers = kopkrakers;
        this.publishing = publishing;
        this.json = json;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void releaseMissingSeeds() {
        Instant now = clock.instant();
        ReleaseRhythm rhythm = ReleaseRhythm.from(now);
        List<Seed> seeds = seeds();
        for (Seed seed : seeds) {
            if (kopkrakers.existsById(seed.id())) {
                continue;
            }
            Instant moment = rhythm.moment(seed.number(), seeds.size());
            Kopkraker kopkraker = seed.toKopkraker();
            try {
                if (moment.isAfter(now)) {
                    kopkraker.schedule(moment);
                    kopkrakers.save(kopkraker);
                    log.info("Scheduled seed Kopkraker {} ({}) for {}", seed.number(), seed.id(), moment);
                } else {
                    publishing.publish(kopkraker, moment);
                    log.info("Released seed Kopkraker {} ({}) as of {}", seed.number(), seed.id(), moment);
                }
            } catch (DuplicateKeyException numberTaken) {
                // A redacteur's own Kopkraker took this number first: keep theirs and the service up.
                log.warn("Seed Kopkraker {} ({}) not added: its number is taken", seed.number(), seed.id());
            }
        }
    }

    List<Seed> seeds() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath:kopkrakers/*.json");
            return Arrays.stream(resources)
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .map(this::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Seed read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return json.readValue(in, Seed.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable seed " + resource.getFilename(), e);
        }
    }

    record Seed(String id, int number, String title, ClientProfile profile, String background,
                String dilemma, List<Option> options, String theme, List<String> concepts, Audience audience,
                List<String> benefitTypes, List<String> literature) {

        Kopkraker toKopkraker() {
            return new Kopkraker(id, number, title, profile, background, dilemma, options, theme, concepts, audience,
                    benefitTypes, literature);
        }
    }
}
