package nl.kenniskompas.kopkraker.casus;

/**
 * A handelingsoptie: a good, evidence-based way to act on the dilemma, with the four fixed sections and a link for
 * "Deze werkwijze toepassen?".
 */
public record Option(
        String id,
        String title,
        String summary,
        String goodIdea,
        String howItWorks,
        String evidence,
        String caution,
        String applyUrl) {
}
