package nl.kenniskompas.infra.benchmark;

import nl.kenniskompas.infra.load.Professional;
import nl.kenniskompas.infra.load.Professionals;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The benchmark's data without a platform: the copies keep the shape of the document keuzehulp-service wrote, pass the
 * service's rules, and are spread so that three-filter searches find something.
 */
class SyntheticCataloguesTest {

    /**
     * The probe instrument as keuzehulp-service wrote it on 2026-11-26 (read back by benchmark-keuzehulp), in extended
     * JSON so its numbers keep their BSON types.
     */
    static final String WRITTEN_BY_THE_SERVICE = """
            {"_id": "6a4ce318-39d9-4a16-ac9f-6d39cb75286d", "tenant": "gemeente-amsterdam", "key": "benchmark-probe",
             "status": "GEPUBLICEERD",
             "content": {"name": "Sollicitatietraining", "aliases": ["Solliciteren in de praktijk"],
               "category": "richting-werk", "goal": "Leren solliciteren en een passende vacature vinden.",
               "method": "In acht bijeenkomsten oefenen deelnemers gesprekken.",
               "targetGroup": "Werkzoekenden die klaar zijn om te solliciteren.",
               "entryConditions": "Een verwijzing door de klantmanager.", "provider": "Werkplein",
               "locations": ["Centrum", "Online"],
               "duration": {"value": 8, "unit": "weken", "continuous": false},
               "intensityHoursPerWeek": 4.0, "costsEuro": 750,
               "costsExplanation": "Betaald uit het re-integratiebudget.", "groupForms": ["individueel", "groep"],
               "reach": "regionaal",
               "evidence": {"level": "goed-onderbouwd", "recognisedOn": {"$date": "2024-05-01T00:00:00Z"},
                 "dutchResearch": "positief", "researchNote": "Evaluaties laten een hogere uitstroom zien.",
                 "statutory": false},
               "clientWishes": "Deelnemers willen oefenen met echte vacatures.",
               "links": [{"title": "Divosa", "url": "https://www.divosa.nl/"}],
               "facets": {"taalniveau": ["b1", "b2-plus"], "opleiding": ["startkwalificatie"],
                 "doelgroepregister": ["nee"], "leeftijd": ["22-26", "27-55"], "uitkering": ["participatiewet", "ww"],
                 "doelgroep": ["jongeren-tot-27"], "aandachtspunt": ["digitale-vaardigheden"],
                 "doel": ["zoeken-solliciteren", "werknemersvaardigheden"], "werkervaring": ["1-5-jaar"],
                 "werkwijze": ["sollicitatievaardigheden"]},
               "b1": {"watIsHet": "Een training waarin je leert solliciteren.",
                 "voorWie": "Voor iedereen die werk zoekt.", "watGaJeDoen": "Je oefent gesprekken.",
                 "hoeLang": "Acht weken.", "watLevertHetOp": "Je hebt een goed cv.", "kostHetIets": "Het kost niets."}},
             "publications": {"$numberLong": "1"},
             "history": [{"at": {"$date": "2026-11-26T01:45:44.729Z"}, "by": "ilse", "change": "Aangemaakt"},
               {"at": {"$date": "2026-11-26T01:45:44.729Z"}, "by": "ilse", "change": "Gepubliceerd (versie 1)"}],
             "revision": {"$numberLong": "2"}, "outbox": [], "outboxClaimedBy": "someone",
             "_class": "nl.kenniskompas.keuzehulp.catalogue.Instrument"}
            """;

    private final Document template = Document.parse(WRITTEN_BY_THE_SERVICE);
    private final SyntheticCatalogues catalogues = new SyntheticCatalogues(template);

    @Test
    void everyCopyIsAPublishedInstrumentTheServiceCouldHaveWrittenWithTheSameFieldTypes() {
        for (String tenant : SyntheticCatalogues.tenants(Professionals.TENANTS, 12)) {
            for (int i = 1; i <= 90; i++) {
                Document copy = catalogues.instrument(tenant, i);

                assertThat(SyntheticCatalogues.problems(copy)).as(copy.toJson()).isEmpty();
                assertThat(copy.getString("tenant")).isEqualTo(tenant);
                assertThat(copy.getString("status")).isEqualTo("GEPUBLICEERD");
                assertThat(copy.get("_class")).isEqualTo(template.get("_class"));
                assertThat(copy.get("revision")).isInstanceOf(Long.class);
                assertThat(copy.get("publications")).isInstanceOf(Long.class);
                assertThat(copy.getList("outbox", Object.class)).isEmpty();
                assertThat(copy).doesNotContainKey("outboxClaimedBy");
                Document content = copy.get("content", Document.class);
                if (content.containsKey("costsEuro")) {
                    assertThat(content.get("costsEuro")).isInstanceOf(Integer.class);
                }
                if (content.containsKey("intensityHoursPerWeek")) {
                    assertThat(content.get("intensityHoursPerWeek")).isInstanceOf(Double.class);
                }
                Document evidence = content.get("evidence", Document.class);
                if (evidence.containsKey("recognisedOn")) {
                    assertThat(evidence.get("recognisedOn")).isInstanceOf(Date.class);
                }
                assertThat(content.get("facets", Document.class).keySet())
                        .containsExactlyElementsOf(KeuzehulpVocabulary.TAGGED.keySet());
            }
        }
    }

    @Test
    void theSameOrganisationAndNumberGiveTheSameDocumentAndIdsAndKeysAreUnique() {
        assertThat(catalogues.instrument("uwv", 7)).isEqualTo(catalogues.instrument("uwv", 7));
        Set<Object> ids = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (String tenant : List.of("uwv", "bench-org-004")) {
            for (int i = 1; i <= 90; i++) {
                Document copy = catalogues.instrument(tenant, i);
                assertThat(ids.add(copy.get("_id"))).isTrue();
                keys.add(tenant + "/" + copy.getString("key"));
            }
        }
        assertThat(keys).hasSize(180);
        // The template is not changed by making copies of it.
        assertThat(template.getString("tenant")).isEqualTo("gemeente-amsterdam");
    }

    @Test
    void aTemplateWithoutAFieldTheCopiesVaryIsRefusedByName() {
        Document changed = Document.parse(WRITTEN_BY_THE_SERVICE);
        changed.get("content", Document.class).remove("b1");

        assertThatThrownBy(() -> new SyntheticCatalogues(changed))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("content.b1.watIsHet")
                .hasMessageContaining("shape of Instrument changed");
    }

    @Test
    void theDemoOrganisationsComeFirstThenSyntheticOnes() {
        List<String> tenants = SyntheticCatalogues.tenants(Professionals.TENANTS, 400);

        assertThat(tenants).hasSize(400).doesNotHaveDuplicates();
        assertThat(tenants.subList(0, 4)).containsExactly("gemeente-amsterdam", "werkzaak-rivierenland", "uwv",
                "bench-org-004");
        assertThat(tenants.get(399)).isEqualTo("bench-org-400");
    }

    @Test
    void theFacetsAreSpreadSoThatThreeFilterSearchesMostlyFindSomething() {
        List<Document> catalogue = new ArrayList<>();
        for (int i = 1; i <= 90; i++) {
            catalogue.add(catalogues.instrument("werkzaak-rivierenland", i).get("content", Document.class));
        }
        Map<String, Integer> categories = new TreeMap<>();
        catalogue.forEach(content -> categories.merge(content.getString("category"), 1, Integer::sum));
        assertThat(categories).containsOnlyKeys(KeuzehulpVocabulary.CATEGORIES);
        assertThat(catalogue).allSatisfy(content -> assertThat(content.get("facets", Document.class)
                .getList("doel", String.class)).isNotEmpty());
        long forEveryAge = catalogue.stream().filter(content -> content.get("facets", Document.class)
                .getList("leeftijd", String.class).isEmpty()).count();
        assertThat(forEveryAge).isBetween(20L, 65L);

        List<Integer> totals = new ArrayList<>();
        for (String query : KeuzehulpSearches.queries(10, 300)) {
            totals.add((int) catalogue.stream().filter(content -> matches(content, query)).count());
        }
        totals.sort(null);
        assertThat(totals.get(150)).as("median results of a three-filter search").isBetween(2, 30);
        assertThat(totals.stream().filter(total -> total == 0).count()).as("searches without results")
                .isLessThan(100);
    }

    @Test
    void searchesHaveThreeActiveFiltersWithKnownCodesAndComeFromProfessionalsInTurn() {
        List<Professional> professionals = List.of(new Professional("uwv", "a", "t1"),
                new Professional("gemeente-amsterdam", "b", "t2"));
        KeuzehulpSearches searches = new KeuzehulpSearches(professionals, 10);

        for (long n = 0; n < 500; n++) {
            Map<String, List<String>> filters = filters(searches.query(n));
            assertThat(filters).containsOnlyKeys("leeftijd", "doel", "categorie");
            filters.forEach((facet, codes) -> assertThat(KeuzehulpVocabulary.codes(facet)).containsAll(codes));
            assertThat(searches.query(n)).isNotEqualTo(searches.query(n + 1));
        }
        assertThat(searches.request("http://gw", 0).url()).startsWith("http://gw/api/v1/keuzehulp/instrumenten?");
        assertThat(searches.request("http://gw", 0).bearer()).isEqualTo("Bearer t1");
        assertThat(searches.request("http://gw", 1).bearer()).isEqualTo("Bearer t2");
        assertThat(searches.distinctQueries()).isGreaterThan(300);
    }

    /** The service's matching: values of a facet are alternatives; an empty client facet is for everyone. */
    private static boolean matches(Document content, String query) {
        Document facets = content.get("facets", Document.class);
        for (var filter : filters(query).entrySet()) {
            List<String> own = filter.getKey().equals("categorie") ? List.of(content.getString("category"))
                    : facets.getList(filter.getKey(), String.class);
            if (own.isEmpty() && KeuzehulpVocabulary.describesClients(filter.getKey())
                    && !filter.getKey().equals("categorie")) {
                continue;
            }
            if (filter.getValue().stream().noneMatch(own::contains)) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, List<String>> filters(String query) {
        Map<String, List<String>> filters = new TreeMap<>();
        for (String parameter : query.split("&")) {
            String[] pair = parameter.split("=", 2);
            filters.put(pair[0], List.of(pair[1].split(",")));
        }
        return filters;
    }
}
