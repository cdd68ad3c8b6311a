package nl.kenniskompas.keuzehulp.catalogue;

import nl.kenniskompas.keuzehulp.catalogue.InstrumentContent.B1Card;
import nl.kenniskompas.keuzehulp.catalogue.InstrumentContent.Duration;
import nl.kenniskompas.keuzehulp.catalogue.InstrumentContent.Evidence;
import nl.kenniskompas.keuzehulp.catalogue.InstrumentContent.Link;
import nl.kenniskompas.keuzehulp.vocabulary.Facet;
import nl.kenniskompas.keuzehulp.vocabulary.Vocabulary;
import nl.kenniskompas.platform.problem.FieldProblem;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules for an instrument, the same for the editor, the CSV import and the national templates: trimmed texts
 * within their limits, codes from the vocabulary, consistent evidence, and for publication the whole B1 card. Every
 * problem is reported (field names as the API spells them), so an import can list them all per row. No personal-data
 * guard here: an instrument is an organisation's offer, and a provider's address or phone number belongs in it; the
 * guard applies to reviews.
 */
public final class InstrumentCheck {

    static final int NAME = 120;
    static final int TEXT = 1000;
    static final int SHORT = 300;
    static final int B1 = 400;
    public static final Set<String> REACHES = Set.of("lokaal", "regionaal", "landelijk");
    public static final Set<String> DUTCH_RESEARCH = Set.of("positief", "gemengd", "zwak", "onbekend");

    private InstrumentCheck() {
    }

    /** The content, trimmed; with its problems, empty when it may be saved (and, if asked, published). */
    public record Checked(InstrumentContent content, List<FieldProblem> problems) {
    }

    public static Checked check(InstrumentContent in, boolean forPublication) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, String> texts = new LinkedHashMap<>();
        String name = text("name", in.name(), NAME, true, problems, texts);
        List<String> aliases = new ArrayList<>();
        for (int i = 0; i < in.aliases().size(); i++) {
            String alias = text("aliases[" + i + "]", in.aliases().get(i), NAME, false, problems, texts);
            if (alias != null && !aliases.contains(alias)) {
                aliases.add(alias);
            }
        }
        String category = in.category() == null ? null : in.category().strip();
        if (category == null || category.isEmpty()) {
            problems.add(new FieldProblem("category", "Kies de fase in de route."));
        } else if (!Vocabulary.require(Vocabulary.CATEGORIE).knows(category)) {
            problems.add(new FieldProblem("category", "'" + category + "' is geen fase in de route."));
        }
        String goal = text("goal", in.goal(), TEXT, true, problems, texts);
        String method = text("method", in.method(), TEXT, true, problems, texts);
        String targetGroup = text("targetGroup", in.targetGroup(), TEXT, false, problems, texts);
        String entry = text("entryConditions", in.entryConditions(), TEXT, false, problems, texts);
        String provider = text("provider", in.provider(), 200, true, problems, texts);
        List<String> locations = new ArrayList<>();
        for (int i = 0; i < in.locations().size(); i++) {
            String location = text("locations[" + i + "]", in.locations().get(i), 80, false, problems, texts);
            if (location != null && !locations.contains(location)) {
                locations.add(location);
            }
        }
        Duration duration = in.duration();
        if (duration != null && !duration.continuous() && (duration.value() != null || duration.unit() != null)) {
            if (duration.value() == null || duration.value() < 1 || duration.value() > 999
                    || !Duration.UNITS.contains(duration.unit())) {
                problems.add(new FieldProblem("duration", "Geef de duur als aantal (1–999) dagen, weken of maanden, of 'doorlopend'."));
            }
        }
        if (in.intensityHoursPerWeek() != null && (in.intensityHoursPerWeek() < 0 || in.intensityHoursPerWeek() > 60)) {
            problems.add(new FieldProblem("intensityHoursPerWeek", "Het aantal uur per week ligt tussen 0 en 60."));
        }
        if (in.costsEuro() != null && (in.costsEuro() < 0 || in.costsEuro() > 1_000_000)) {
            problems.add(new FieldProblem("costsEuro", "De kosten per klant zijn een bedrag in hele euro's, 0 of meer."));
        }
        String costsExplanation = text("costsExplanation", in.costsExplanation(), SHORT, false, problems, texts);
        List<String> groupForms = codes("groupForms", in.groupForms(), Vocabulary.require(Vocabulary.VORM), problems);
        String reach = in.reach() == null || in.reach().isBlank() ? null : in.reach().strip();
        if (reach != null && !REACHES.contains(reach)) {
            problems.add(new FieldProblem("reach", "Het bereik is lokaal, regionaal of landelijk."));
        }
        Evidence evidence = evidence(in.evidence(), problems, texts);
        String wishes = text("clientWishes", in.clientWishes(), TEXT, false, problems, texts);
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < in.links().size(); i++) {
            Link link = in.links().get(i);
            String title = link == null ? null : text("links[" + i + "].title", link.title(), NAME, true, problems, texts);
            String url = link == null || link.url() == null ? "" : link.url().strip();
            if (!isWebAddress(url)) {
                problems.add(new FieldProblem("links[" + i + "].url", "Een link begint met http:// of https://."));
            } else if (title != null) {
                links.add(new Link(title, url));
            }
        }
        Map<String, List<String>> facets = new LinkedHashMap<>();
        for (String facet : Vocabulary.TAGGED) {
            facets.put(facet, codes("facets." + facet, in.facet(facet), Vocabulary.require(facet), problems));
        }
        in.facets().keySet().stream().filter(facet -> !Vocabulary.TAGGED.contains(facet))
                .forEach(facet -> problems.add(new FieldProblem("facets." + facet, "'" + facet + "' is geen kenmerk van een instrument.")));
        B1Card card = in.b1();
        B1Card b1 = new B1Card(
                text("b1.watIsHet", card.watIsHet(), B1, forPublication, problems, texts),
                text("b1.voorWie", card.voorWie(), B1, forPublication, problems, texts),
                text("b1.watGaJeDoen", card.watGaJeDoen(), B1, forPublication, problems, texts),
                text("b1.hoeLang", card.hoeLang(), B1, forPublication, problems, texts),
                text("b1.watLevertHetOp", card.watLevertHetOp(), B1, forPublication, problems, texts),
                text("b1.kostHetIets", card.kostHetIets(), B1, forPublication, problems, texts));
        return new Checked(new InstrumentContent(name, aliases, category, goal, method, targetGroup, entry, provider, locations,
                duration, in.intensityHoursPerWeek(), in.costsEuro(), costsExplanation, groupForms, reach, evidence, wishes,
                links, facets, b1), problems);
    }

    private static Evidence evidence(Evidence in, List<FieldProblem> problems, Map<String, String> texts) {
        Facet ladder = Vocabulary.require(Vocabulary.ERKENNING);
        if (!ladder.knows(in.level())) {
            problems.add(new FieldProblem("evidence.level", "'" + in.level() + "' is geen trede van de erkenningsladder."));
        }
        if (!DUTCH_RESEARCH.contains(in.dutchResearch())) {
            problems.add(new FieldProblem("evidence.dutchResearch", "Onderzoek in Nederland is positief, gemengd, zwak of onbekend."));
        }
        boolean recognised = !"niet-beoordeeld".equals(in.level());
        if (recognised && in.recognisedOn() == null) {
            problems.add(new FieldProblem("evidence.recognisedOn", "Geef de datum van de erkenning."));
        }
        if (!recognised && in.recognisedOn() != null) {
            problems.add(new FieldProblem("evidence.recognisedOn", "Een datum van erkenning hoort bij een erkend instrument."));
        }
        String note = text("evidence.researchNote", in.researchNote(), TEXT, in.statutory(), problems, texts);
        if (in.statutory() && recognised) {
            problems.add(new FieldProblem("evidence.level",
                    "Een wettelijk instrument wordt niet erkend; beschrijf wat onderzoek in Nederland vond."));
        }
        return new Evidence(in.level(), in.recognisedOn(), in.dutchResearch(), note, in.statutory());
    }

    private static List<String> codes(String field, List<String> given, Facet facet, List<FieldProblem> problems) {
        Set<String> codes = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String code = given.get(i) == null ? "" : given.get(i).strip();
            if (!facet.knows(code)) {
                problems.add(new FieldProblem(field + "[" + i + "]", "'" + abbreviated(code) + "' is geen waarde van '" + facet.label() + "'."));
            } else {
                codes.add(code);
            }
        }
        return List.copyOf(codes);
    }

    private static String text(String field, String text, int max, boolean required, List<FieldProblem> problems,
                               Map<String, String> texts) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            if (required) {
                problems.add(new FieldProblem(field, "Vul dit in."));
            }
            return null;
        }
        if (trimmed.length() > max) {
            problems.add(new FieldProblem(field, "Hoogstens " + max + " tekens (nu " + trimmed.length() + ")."));
            return null;
        }
        texts.put(field, trimmed);
        return trimmed;
    }

    static boolean isWebAddress(String url) {
        try {
            URI uri = URI.create(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String abbreviated(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
