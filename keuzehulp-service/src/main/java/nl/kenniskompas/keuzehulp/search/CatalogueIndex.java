package nl.kenniskompas.keuzehulp.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import nl.kenniskompas.keuzehulp.catalogue.CatalogueChanged;
import nl.kenniskompas.keuzehulp.catalogue.InstrumentStatus;
import nl.kenniskompas.keuzehulp.catalogue.Instruments;
import nl.kenniskompas.keuzehulp.reviews.ReviewSummary;
import nl.kenniskompas.keuzehulp.reviews.Reviewing;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Each organisation's published catalogue in memory, ready to filter: at most about 90 instruments, so a search with
 * all its facet counts is a few thousand comparisons. Dropped when this instance changes the catalogue; read again at
 * least every 30 seconds, so another instance's changes show within that.
 */
@Component
class CatalogueIndex {

    private final Cache<String, List<Indexed>> catalogues = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(30)).maximumSize(1_000).build();
    private final Instruments instruments;
    private final Reviewing reviewing;

    CatalogueIndex(Instruments instruments, Reviewing reviewing) {
        this.instruments = instruments;
        this.reviewing = reviewing;
    }

    List<Indexed> of(String tenant) {
        return catalogues.get(tenant, this::load);
    }

    @EventListener
    void changed(CatalogueChanged change) {
        catalogues.invalidate(change.tenant());
    }

    private List<Indexed> load(String tenant) {
        Map<String, ReviewSummary> reviews = reviewing.professionalSummaries(tenant);
        return instruments.findByTenantAndStatus(tenant, InstrumentStatus.GEPUBLICEERD).stream()
                .map(instrument -> Indexed.of(instrument, reviews.getOrDefault(instrument.id(), new ReviewSummary(0, null, null, null))))
                .toList();
    }
}
