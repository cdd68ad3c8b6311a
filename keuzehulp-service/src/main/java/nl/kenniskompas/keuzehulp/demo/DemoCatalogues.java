package nl.kenniskompas.keuzehulp.demo;

import nl.kenniskompas.keuzehulp.catalogue.Instruments;
import nl.kenniskompas.keuzehulp.importexport.Importing;
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

/**
 * Demo data for README command 1: each demo organisation's own catalogue ({@code catalogus/<tenant>.csv}, written from
 * the research notes), loaded through the same CSV import an instrumentbeheerder uses, into an empty catalogue only.
 * Off unless {@code kenniskompas.demo-catalogues.enabled} (the launcher sets {@code KK_DEMO_CATALOGUES=true}).
 */
@Component
@ConditionalOnBooleanProperty("kenniskompas.demo-catalogues.enabled")
class DemoCatalogues {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalogues.class);

    private final Importing importing;
    private final Instruments instruments;
    private final Tenants tenants;

    DemoCatalogues(Importing importing, Instruments instruments, Tenants tenants) {
        this.importing = importing;
        this.instruments = instruments;
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
    }
}
