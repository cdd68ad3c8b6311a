package nl.kenniskompas.vote.stemoverzicht;

import nl.kenniskompas.events.ProfessionalFunction;
import nl.kenniskompas.events.YearsInField;
import nl.kenniskompas.platform.tenant.OrganisationType;
import nl.kenniskompas.platform.tenant.Tenant;
import nl.kenniskompas.platform.tenant.Tenants;
import nl.kenniskompas.vote.catalogue.PublishedCase;
import nl.kenniskompas.vote.stemoverzicht.Stemoverzicht.Breakdown;
import nl.kenniskompas.vote.stemoverzicht.Stemoverzicht.Group;
import nl.kenniskompas.vote.stemoverzicht.Stemoverzicht.Organisation;
import nl.kenniskompas.vote.stemoverzicht.Stemoverzicht.Part;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns a case's counts into the figures one may see, with small groups suppressed ({@link Disclosure}). */
@Component
class StemoverzichtFigures {

    private static final String OTHER_ORGANISATIONS = "andere-organisaties";
    private static final String NO_PROFILE = "Onbekend (profiel niet ingevuld)";

    private final Tenants tenants;
    private final Disclosure disclosure;

    StemoverzichtFigures(Tenants tenants,
                         @Value("${kenniskompas.stemoverzicht.minimum-group-size:5}") int minimumGroupSize) {
        this.tenants = tenants;
        this.disclosure = new Disclosure(minimumGroupSize);
    }

    /** What a professional of {@code viewer} sees. */
    Stemoverzicht forViewer(PublishedCase kopkraker, Tally tally, Tenant viewer) {
        List<String> options = kopkraker.optionIds();
        Map<String, Long> nationwide = tally.nationwide();
        // The rest of the country is the whole minus my organisation: hide mine too if that rest gives votes away.
        Map<String, Map<String, Long>> mineAndRest = new LinkedHashMap<>();
        mineAndRest.put(viewer.id(), tally.of(viewer.id()));
        mineAndRest.put(OTHER_ORGANISATIONS, minus(nationwide, tally.of(viewer.id())));
        boolean mineSuppressed = disclosure.suppressed(options, mineAndRest, nationwide).contains(viewer.id());
        Part mine = mineSuppressed ? Part.suppressedPart() : Part.shown(options, tally.of(viewer.id()));
        return new Stemoverzicht(kopkraker.caseId(), tally.revision(), disclosure.minimumGroupSize(),
                new Organisation(viewer.id(), viewer.name(), mine), nationwide(options, nationwide),
                breakdowns(options, tally));
    }

    /** The national results, for the export: no organisation of its own. */
    Stemoverzicht national(PublishedCase kopkraker, Tally tally) {
        List<String> options = kopkraker.optionIds();
        return new Stemoverzicht(kopkraker.caseId(), tally.revision(), disclosure.minimumGroupSize(), null,
                nationwide(options, tally.nationwide()), breakdowns(options, tally));
    }

    private Part nationwide(List<String> options, Map<String, Long> nationwide) {
        return disclosure.showable(options, nationwide) || Disclosure.total(options, nationwide) == 0
                ? Part.shown(options, nationwide) : Part.suppressedPart();
    }

    private List<Breakdown> breakdowns(List<String> options, Tally tally) {
        Map<String, Long> nationwide = tally.nationwide();
        Map<String, String> typeLabels = new LinkedHashMap<>();
        Arrays.stream(OrganisationType.values()).forEach(type -> typeLabels.put(type.name(), type.label()));
        typeLabels.put(Tally.UNKNOWN, "Onbekend");
        Map<String, String> functionLabels = new LinkedHashMap<>();
        Arrays.stream(ProfessionalFunction.values()).forEach(function -> functionLabels.put(function.code(), function.label()));
        functionLabels.put(Tally.UNKNOWN, NO_PROFILE);
        Map<String, String> yearsLabels = new LinkedHashMap<>();
        Arrays.stream(YearsInField.values()).forEach(band -> yearsLabels.put(band.code(), band.label()));
        yearsLabels.put(Tally.UNKNOWN, NO_PROFILE);
        return List.of(
                breakdown("organisatietype", "Soort organisatie", typeLabels, options,
                        tally.perTenantGroup(this::typeOf), nationwide),
                breakdown("functie", "Functie", functionLabels, options, tally.perFunction(), nationwide),
                breakdown("jaren-in-het-vak", "Jaren in het vak", yearsLabels, options, tally.perYearsInField(), nationwide));
    }

    private Breakdown breakdown(String dimension, String label, Map<String, String> labels, List<String> options,
                                Map<String, Map<String, Long>> groups, Map<String, Long> nationwide) {
        Set<String> suppressed = disclosure.suppressed(options, groups, nationwide);
        // Vocabulary order; a code an older producer sent that we no longer know is counted but not shown by name.
        List<Group> shown = labels.keySet().stream()
                .filter(group -> Disclosure.total(options, groups.getOrDefault(group, Map.of())) > 0)
                .map(group -> new Group(group, labels.get(group),
                        suppressed.contains(group) ? Part.suppressedPart() : Part.shown(options, groups.get(group))))
                .toList();
        return new Breakdown(dimension, label, shown);
    }

    private String typeOf(String tenantId) {
        return tenants.byId(tenantId).map(tenant -> tenant.type().name()).orElse(Tally.UNKNOWN);
    }

    private static Map<String, Long> minus(Map<String, Long> whole, Map<String, Long> part) {
        Map<String, Long> rest = new LinkedHashMap<>(whole);
        part.forEach((option, count) -> rest.merge(option, -count, Long::sum));
        return rest;
    }
}
