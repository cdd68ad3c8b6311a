package nl.kenniskompas.keuzehulp.demo;

import nl.kenniskompas.keuzehulp.catalogue.Instrument;
import nl.kenniskompas.keuzehulp.catalogue.Instruments;
import nl.kenniskompas.keuzehulp.importexport.Importing;
import nl.kenniskompas.keuzehulp.reviews.Reviewing;
import nl.kenniskompas.platform.tenant.Caller;
import nl.kenniskompas.platform.tenant.Role;
import nl.kenniskompas.platform.tenant.Tenant;
import nl.kenniskompas.platform.tenant.Tenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Demo data for README command 1: each demo organisation's own catalogue ({@code catalogus/<tenant>.csv}, written from
 * the research notes), loaded through the same CSV import an instrumentbeheerder uses, into an empty catalogue only;
 * then a few reviews by demo colleagues and clients ({@code catalogus/demo-beoordelingen.csv}), given through the same
 * rules as anyone's, so averages, "nog te weinig beoordelingen" and moderation have something to show.
 * Off unless {@code kenniskompas.demo-catalogues.enabled} (the launcher sets {@code KK_DEMO_CATALOGUES=true}).
 */
@Component
@ConditionalOnBooleanProperty("kenniskompas.demo-catalogues.enabled")
class DemoCatalogues {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalogues.class);

    private final Importing importing;
    private final Instruments instruments;
    private final Reviewing reviewing;
    private final Tenants tenants;

    DemoCatalogues(Importing importing, Instruments instruments, Reviewing reviewing, Tenants tenants) {
        this.importing = importing;
        this.instruments = instruments;
        this.reviewing = reviewing;
        this.tenants = tenants;
    }

    /** After the national templates are there: demo rows name the template they were copied from. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void fill() {
        for (Tenant tenant : tenants.all()) {
            ClassPathResource file = new ClassPathResource("catalogus/" + tenant.id() + ".csv");
            if (!file.exists() || !instruments.findByTenant(tenant.id()).isEmpty()) {
                continue;
            }
            try {
                var result = importing.importRows(tenant.id(), "Demo", file.getContentAsByteArray());
                log.info("Demo: {} instruments in the Keuzehulp of {}", result.rows(), tenant.name());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (Tenant tenant : tenants.all()) {
            if (reviewing.professionalSummaries(tenant.id()).isEmpty()) {
                review(tenant);
            }
        }
    }

    private void review(Tenant tenant) {
        List<String> lines;
        try {
            lines = new ClassPathResource("catalogus/demo-beoordelingen.csv").getContentAsString(StandardCharsets.UTF_8).lines()
                    .skip(1).filter(line -> line.startsWith(tenant.id() + ";")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // organisatie;instrument;bron;algemeen;resultaat;uitvoering;tekst — per instrument colleague 1, 2, 3, … reviews.
        Map<String, Integer> colleagues = new HashMap<>();
        int given = 0;
        for (String line : lines) {
            String[] cells = line.split(";", 7); // the text, last, may hold a ";" itself
            Instrument instrument = instruments.findByTenantAndKey(tenant.id(), cells[1]).orElse(null);
            if (instrument == null || !instrument.published()) {
                continue;
            }
            int colleague = colleagues.merge(cells[1], 1, Integer::sum);
            Caller caller = new Caller(tenant, "demo-collega-" + colleague, Set.of(Role.PROFESSIONAL), "Demo-collega " + colleague);
            String text = cells[6].isBlank() ? null : cells[6];
            if (cells[2].equals("klant")) {
                reviewing.clientReview(reviewing.link(caller, instrument.id()).token(), Integer.valueOf(cells[3]), text);
            } else {
                reviewing.rate(caller, instrument.id(), new Reviewing.Scores(Integer.valueOf(cells[3]), Integer.valueOf(cells[4]),
                        Integer.valueOf(cells[5]), text));
            }
            given++;
        }
        log.info("Demo: {} reviews in the Keuzehulp of {}", given, tenant.name());
    }
}
