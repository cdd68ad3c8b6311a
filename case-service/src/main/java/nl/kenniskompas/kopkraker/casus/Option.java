package nl.kenniskompas.kopkraker.casus;

import java.util.List;

/**
 * A handelingsoptie: a good, evidence-based way to act on the dilemma, with the four fixed sections and a link for
 * "Deze werkwijze toepassen?". {@code werkwijzen} are {@link nl.kenniskompas.events.Werkwijze} codes: with them the
 * link leads to the instruments in the professional's own Keuzehulp that put this way of working into practice.
 */
public record Option(
        String id,
        String title,
        String summary,
        String goodIdea,
        String howItWorks,
        String evidence,
        String caution,
        String applyUrl,
        List<String> werkwijzen) {

    public Option {
        werkwijzen = werkwijzen == null ? List.of() : List.copyOf(werkwijzen);
    }

    public Option(String id, String title, String summary, String goodIdea, String howItWorks, String evidence,
                  String caution, String applyUrl) {
        this(id, title, summary, goodIdea, howItWorks, evidence, caution, applyUrl, List.of());
    }
}
