package nl.kenniskompas.keuzehulp.search;

import nl.kenniskompas.keuzehulp.catalogue.Instrument;
import nl.kenniskompas.keuzehulp.catalogue.InstrumentContent;
import nl.kenniskompas.keuzehulp.catalogue.InstrumentView;
import nl.kenniskompas.keuzehulp.catalogue.Instruments;
import nl.kenniskompas.keuzehulp.reviews.Review;
import nl.kenniskompas.keuzehulp.reviews.ReviewSummary;
import nl.kenniskompas.keuzehulp.reviews.Reviewing;
import nl.kenniskompas.keuzehulp.templates.Templates;
import nl.kenniskompas.keuzehulp.vocabulary.Facet;
import nl.kenniskompas.keuzehulp.vocabulary.Vocabulary;
import nl.kenniskompas.platform.problem.Problem;
import nl.kenniskompas.platform.tenant.Caller;
import nl.kenniskompas.platform.tenant.Role;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** The professional's Keuzehulp: the vocabulary, the webshop search and an instrument in full. */
@RestController
class SearchController {

    private final CatalogueIndex index;
    private final Instruments instruments;
    private final Reviewing reviewing;
    private final Templates templates;

    SearchController(CatalogueIndex index, Instruments instruments, Reviewing reviewing, Templates templates) {
        this.index = index;
        this.instruments = instruments;
        this.reviewing = reviewing;
        this.templates = templates;
    }

    @GetMapping("/api/v1/keuzehulp/vocabulaire")
    List<Facet> vocabulary(Caller caller) {
        return Vocabulary.FACETS;
    }

    record Summary(String id, String name, List<String> aliases, InstrumentView.Labelled category, String goal,
                   String provider, String duration, String costs, InstrumentView.EvidenceView evidence,
                   ReviewSummary professionalReviews) {

        static Summary of(Indexed indexed) {
            Instrument instrument = indexed.instrument();
            InstrumentContent c = instrument.content();
            return new Summary(instrument.id(), c.name(), c.aliases(),
                    new InstrumentView.Labelled(c.category(), Vocabulary.label(Vocabulary.CATEGORIE, c.category())), c.goal(),
                    c.provider(), c.duration() == null ? null : c.duration().text(), InstrumentView.costs(c.costsEuro()),
                    InstrumentView.evidence(c.evidence()), indexed.reviews());
        }
    }

    record Page(int total, int page, int pageSize, List<Summary> items, List<Search.FacetCount> facets) {
    }

    @GetMapping("/api/v1/keuzehulp/instrumenten")
    Page search(@RequestParam MultiValueMap<String, String> parameters, Caller caller) {
        professionalOrBeheerder(caller);
        List<Indexed> catalogue = index.of(caller.tenantId());
        List<String> locations = Indexed.locationsOf(catalogue);
        Search.Query query = Search.parse(parameters, locations);
        Search.Result result = Search.run(catalogue, query, locations);
        return new Page(result.total(), query.page(), query.pageSize(), result.items().stream().map(Summary::of).toList(),
                result.facets());
    }

    record ProfessionalReview(String id, int general, Integer result, Integer execution, String text, Instant at, boolean mine) {
    }

    record ClientReview(String id, int score, String text, Instant at) {
    }

    record Reviews<T>(ReviewSummary summary, List<T> items) {
    }

    record TemplateState(String id, long copiedVersion, Long currentVersion, boolean changed) {
    }

    record Detail(InstrumentView instrument, TemplateState template, Reviews<ProfessionalReview> professionalReviews,
                  Reviews<ClientReview> clientReviews) {
    }

    @GetMapping("/api/v1/keuzehulp/instrumenten/{id}")
    Detail one(@PathVariable String id, Caller caller) {
        professionalOrBeheerder(caller);
        Instrument instrument = instruments.findByIdAndTenant(id, caller.tenantId())
                .filter(found -> found.published() || caller.has(Role.INSTRUMENTBEHEERDER))
                .orElseThrow(() -> Problem.notFound("Er is geen instrument '" + id + "' in jouw Keuzehulp."));
        List<Review> reviews = reviewing.of(caller.tenantId(), instrument.id()).stream()
                .sorted(Comparator.comparing(Review::at).reversed()).toList();
        String me = reviewing.pseudonymOf(caller);
        TemplateState template = instrument.origin() == null ? null : templates.byId(instrument.origin().templateId())
                .map(found -> new TemplateState(found.id(), instrument.origin().version(), found.version(),
                        found.version() > instrument.origin().version()))
                .orElse(new TemplateState(instrument.origin().templateId(), instrument.origin().version(), null, false));
        return new Detail(InstrumentView.of(instrument), template,
                new Reviews<>(reviewing.summary(reviews, Review.Source.PROFESSIONAL), reviews.stream()
                        .filter(review -> review.source() == Review.Source.PROFESSIONAL && !review.hidden())
                        .map(review -> new ProfessionalReview(review.id(), review.general(), review.result(), review.execution(),
                                review.text(), review.at(), me.equals(review.author()))).toList()),
                new Reviews<>(reviewing.summary(reviews, Review.Source.CLIENT), reviews.stream()
                        .filter(review -> review.source() == Review.Source.CLIENT && !review.hidden())
                        .map(review -> new ClientReview(review.id(), review.general(), review.text(), review.at())).toList()));
    }

    private static void professionalOrBeheerder(Caller caller) {
        if (!caller.has(Role.PROFESSIONAL) && !caller.has(Role.INSTRUMENTBEHEERDER)) {
            throw Problem.forbidden("De Keuzehulp is voor professionals en instrumentbeheerders.");
        }
    }
}
