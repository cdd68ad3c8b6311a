package nl.kenniskompas.kopkraker.casus;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What a professional looks for in the archive. Every part is optional; a case matches when it matches all given
 * parts. A case for both audiences matches either audience. The archive is national and small (a case per two weeks),
 * so it is filtered in memory.
 */
public record ArchiveQuery(String theme, String concept, Audience audience, String benefitType, String text) {

    public boolean matches(Kopkraker kopkraker) {
        return (theme == null || theme.equals(kopkraker.theme()))
                && (concept == null || kopkraker.concepts().contains(concept))
                && (audience == null || kopkraker.audience() == audience || kopkraker.audience() == Audience.BEIDE)
                && (benefitType == null || kopkraker.benefitTypes().contains(benefitType))
                && (text == null || text.isBlank() || searchableText(kopkraker).contains(text.strip().toLowerCase(Locale.ROOT)));
    }

    private static String searchableText(Kopkraker kopkraker) {
        return Stream.concat(
                        Stream.of(kopkraker.title(), kopkraker.dilemma(), kopkraker.theme(),
                                kopkraker.profile() == null ? null : kopkraker.profile().naam()),
                        kopkraker.options().stream().map(Option::title))
                .filter(Objects::nonNull)
                .reduce("", (all, part) -> all + " " + part)
                .toLowerCase(Locale.ROOT);
    }

    /** The values one can filter on, from what is published. */
    public record Filters(Set<String> themes, Set<String> concepts, List<Audience> audiences, Set<String> benefitTypes) {

        public static Filters of(Collection<Kopkraker> published) {
            return new Filters(
                    published.stream().map(Kopkraker::theme).filter(Objects::nonNull).collect(java.util.stream.Collectors.toCollection(TreeSet::new)),
                    published.stream().flatMap(k -> k.concepts().stream()).collect(java.util.stream.Collectors.toCollection(TreeSet::new)),
                    List.of(Audience.values()),
                    published.stream().flatMap(k -> k.benefitTypes().stream()).collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
        }
    }
}
