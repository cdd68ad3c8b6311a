package nl.kenniskompas.keuzehulp.publiek;

import nl.kenniskompas.keuzehulp.catalogue.InstrumentContent.B1Card;
import nl.kenniskompas.keuzehulp.catalogue.InstrumentStatus;
import nl.kenniskompas.keuzehulp.catalogue.InstrumentView;
import nl.kenniskompas.keuzehulp.catalogue.Instruments;
import nl.kenniskompas.keuzehulp.vocabulary.Vocabulary;
import nl.kenniskompas.platform.problem.Problem;
import nl.kenniskompas.platform.tenant.Tenant;
import nl.kenniskompas.platform.tenant.Tenants;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.Comparator;
import java.util.List;

/**
 * The public, read-only Keuzehulp of an organisation for clients: each published instrument as the fixed B1 card. No
 * account, nothing but what the organisation published.
 */
@RestController
class PublicController {

    private final Instruments instruments;
    private final Tenants tenants;

    PublicController(Instruments instruments, Tenants tenants) {
        this.instruments = instruments;
        this.tenants = tenants;
    }

    record Card(String id, String name, InstrumentView.Labelled category, String provider, List<String> locations, B1Card b1) {
    }

    record PublicCatalogue(String organisation, List<Card> items) {
    }

    @GetMapping("/api/v1/keuzehulp/publiek/{tenant}/instrumenten")
    PublicCatalogue catalogue(@PathVariable String tenant) {
        Tenant organisation = tenants.byId(tenant).orElseThrow(() -> Problem.notFound("Deze organisatie kennen we niet."));
        return new PublicCatalogue(organisation.name(), instruments.findByTenantAndStatus(tenant, InstrumentStatus.GEPUBLICEERD)
                .stream()
                .sorted(Comparator.comparing(instrument -> instrument.content().name(), String.CASE_INSENSITIVE_ORDER))
                .map(instrument -> new Card(instrument.id(), instrument.content().name(),
                        new InstrumentView.Labelled(instrument.content().category(),
                                Vocabulary.label(Vocabulary.CATEGORIE, instrument.content().category())),
                        instrument.content().provider(), instrument.content().locations(), instrument.content().b1()))
                .toList());
    }
}
