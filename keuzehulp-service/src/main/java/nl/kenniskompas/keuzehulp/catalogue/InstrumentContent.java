package nl.kenniskompas.keuzehulp.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What an instrumentbeheerder writes about an instrument (Eva's fields, research notes section 4): everything but its
 * identity, status and history. The same shape comes in through the API, the CSV import and the national templates.
 *
 * @param facets per tagged facet ({@link nl.kenniskompas.keuzehulp.vocabulary.Vocabulary#TAGGED}) its codes
 */
public record InstrumentContent(
        String name,
        List<String> aliases,
        String category,
        String goal,
        String method,
        String targetGroup,
        String entryConditions,
        String provider,
        List<String> locations,
        Duration duration,
        Double intensityHoursPerWeek,
        Integer costsEuro,
        String costsExplanation,
        List<String> groupForms,
        String reach,
        Evidence evidence,
        String clientWishes,
        List<Link> links,
        Map<String, List<String>> facets,
        B1Card b1) {

    public InstrumentContent {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        locations = locations == null ? List.of() : List.copyOf(locations);
        groupForms = groupForms == null ? List.of() : List.copyOf(groupForms);
        links = links == null ? List.of() : List.copyOf(links);
        facets = facets == null ? Map.of() : Map.copyOf(facets);
        evidence = evidence == null ? Evidence.NONE : evidence;
        b1 = b1 == null ? B1Card.EMPTY : b1;
    }

    public List<String> facet(String name) {
        return facets.getOrDefault(name, List.of());
    }

    /** A duration such as 8 weeks; {@code continuous} for something without an end (budgetbeheer, a subsidy). */
    public record Duration(Integer value, String unit, boolean continuous) {

        public static final List<String> UNITS = List.of("dagen", "weken", "maanden");

        /** About how many days, for the duration facet; {@code null} when not known or continuous. */
        public Integer days() {
            if (continuous || value == null || unit == null) {
                return null;
            }
            return switch (unit) {
                case "dagen" -> value;
                case "weken" -> value * 7;
                default -> value * 30;
            };
        }

        public String text() {
            if (continuous) {
                return "Doorlopend";
            }
            if (value == null || unit == null) {
                return null;
            }
            return value + " " + (value == 1 ? switch (unit) {
                case "dagen" -> "dag";
                case "weken" -> "week";
                default -> "maand";
            } : unit);
        }
    }

    /**
     * Scientific underpinning on the Dutch recognition ladder (niet beoordeeld → goed beschreven → goed onderbouwd →
     * effectief), Dutch evaluation results on a separate line, and for a statutory instrument the research findings
     * instead of a ladder level.
     */
    public record Evidence(String level, LocalDate recognisedOn, String dutchResearch, String researchNote, boolean statutory) {

        public static final Evidence NONE = new Evidence("niet-beoordeeld", null, "onbekend", null, false);

        public Evidence {
            level = level == null || level.isBlank() ? "niet-beoordeeld" : level;
            dutchResearch = dutchResearch == null || dutchResearch.isBlank() ? "onbekend" : dutchResearch;
        }
    }

    public record Link(String title, String url) {
    }

    /** The fixed card for clients, in B1 Dutch (research notes, section 5). */
    public record B1Card(String watIsHet, String voorWie, String watGaJeDoen, String hoeLang, String watLevertHetOp,
                         String kostHetIets) {

        public static final B1Card EMPTY = new B1Card(null, null, null, null, null, null);
    }
}
