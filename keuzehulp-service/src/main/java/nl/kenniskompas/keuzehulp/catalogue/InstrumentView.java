package nl.kenniskompas.keuzehulp.catalogue;

import nl.kenniskompas.keuzehulp.catalogue.InstrumentContent.B1Card;
import nl.kenniskompas.keuzehulp.catalogue.InstrumentContent.Link;
import nl.kenniskompas.keuzehulp.vocabulary.Vocabulary;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An instrument as people read it: labels for every code, duration and costs in words, the evidence with its ladder
 * label (never "werkt niet" for "niet beoordeeld"). {@code content} is the raw form an editor sends back.
 */
public record InstrumentView(
        String id,
        String key,
        String status,
        String name,
        List<String> aliases,
        Labelled category,
        String goal,
        String method,
        String targetGroup,
        String entryConditions,
        String provider,
        List<String> locations,
        String duration,
        Double intensityHoursPerWeek,
        String costs,
        String costsExplanation,
        List<Labelled> groupForms,
        String reach,
        EvidenceView evidence,
        String clientWishes,
        List<Link> links,
        Map<String, List<String>> facets,
        B1Card b1,
        TemplateOrigin origin,
        List<AuditEntry> history,
        InstrumentContent content) {

    public record Labelled(String code, String label) {
    }

    /**
     * @param label        the ladder step in words; for a statutory instrument "Wettelijk instrument"
     * @param explanation  what the step means, so "niet beoordeeld" reads as "not assessed", not "does not work"
     */
    public record EvidenceView(String level, String label, String explanation, LocalDate recognisedOn, boolean statutory,
                               Labelled dutchResearch, String researchNote) {
    }

    public static InstrumentView of(Instrument instrument) {
        InstrumentContent c = instrument.content();
        return new InstrumentView(instrument.id(), instrument.key(), instrument.status().name(), c.name(), c.aliases(),
                new Labelled(c.category(), Vocabulary.label(Vocabulary.CATEGORIE, c.category())), c.goal(), c.method(),
                c.targetGroup(), c.entryConditions(), c.provider(), c.locations(),
                c.duration() == null ? null : c.duration().text(), c.intensityHoursPerWeek(), costs(c.costsEuro()),
                c.costsExplanation(),
                c.groupForms().stream().map(form -> new Labelled(form, Vocabulary.label(Vocabulary.VORM, form))).toList(),
                c.reach(), evidence(c.evidence()), c.clientWishes(), c.links(), c.facets(), c.b1(), instrument.origin(),
                instrument.history(), c);
    }

    public static String costs(Integer euro) {
        if (euro == null) {
            return "Kosten onbekend";
        }
        return euro == 0 ? "Gratis" : "€ " + NumberFormat.getIntegerInstance(Locale.forLanguageTag("nl-NL")).format(euro) + " per klant";
    }

    public static EvidenceView evidence(InstrumentContent.Evidence evidence) {
        String level = evidence.level();
        String label = evidence.statutory() ? "Wettelijk instrument" : Vocabulary.label(Vocabulary.ERKENNING, level);
        String explanation = evidence.statutory()
                ? "Een wettelijk instrument wordt niet erkend. Hieronder staat wat onderzoek in Nederland ervan vond."
                : switch (level) {
                    case "niet-beoordeeld" -> "Nog niet beoordeeld door een erkenningscommissie. Dat zegt niet dat het niet werkt.";
                    case "goed-beschreven" -> "Praktijkdeskundigen vinden het goed beschreven: doel, doelgroep en aanpak zijn helder.";
                    case "goed-onderbouwd" -> "Een commissie vindt het goed onderbouwd: theorie en onderzoek laten zien waarom het kan werken.";
                    case "effectief-eerste" -> "Effectief, met eerste aanwijzingen uit onderzoek.";
                    case "effectief-goede" -> "Effectief, met goede aanwijzingen uit onderzoek.";
                    default -> "Effectief, met sterke aanwijzingen uit onderzoek.";
                };
        String research = evidence.dutchResearch();
        String researchLabel = switch (research) {
            case "positief" -> "Onderzoek in Nederland: positief";
            case "gemengd" -> "Onderzoek in Nederland: gemengd";
            case "zwak" -> "Onderzoek in Nederland: zwak";
            default -> "Onderzoek in Nederland: onbekend";
        };
        return new EvidenceView(level, label, explanation, evidence.recognisedOn(), evidence.statutory(),
                new Labelled(research, researchLabel), evidence.researchNote());
    }
}
