package nl.kenniskompas.keuzehulp.catalogue;

import nl.kenniskompas.keuzehulp.catalogue.InstrumentContent.B1Card;
import nl.kenniskompas.keuzehulp.catalogue.InstrumentContent.Duration;
import nl.kenniskompas.keuzehulp.catalogue.InstrumentContent.Evidence;
import nl.kenniskompas.keuzehulp.catalogue.InstrumentContent.Link;
import nl.kenniskompas.keuzehulp.vocabulary.Vocabulary;
import nl.kenniskompas.platform.problem.FieldProblem;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The catalogue as a spreadsheet (docs/api-v1-keuzehulp.md, "CSV format"): semicolons, UTF-8, RFC 4180 quoting, lists
 * with {@code |}. Reading reports every problem with its row ({@code rij 7: kosten}) and never half a file: either all
 * rows are readable or the caller gets the problems.
 */
public final class CatalogueCsv {

    /** Facet columns whose names would collide with a text column have their own name. */
    private static final Map<String, String> FACET_COLUMNS = facetColumns();
    public static final List<String> COLUMNS = columns();
    private static final Pattern DURATION = Pattern.compile("(\\d{1,3})\\s+(dag|dagen|week|weken|maand|maanden)");
    private static final CSVFormat READ = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
            .setTrim(false).setIgnoreEmptyLines(true).get();
    private static final CSVFormat WRITE = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
            .setHeader(COLUMNS.toArray(String[]::new)).get();

    private CatalogueCsv() {
    }

    /**
     * One readable row.
     *
     * @param line the spreadsheet's row number (the header is row 1)
     */
    /**
     * One row as read. {@code unreadable} names the columns whose text could not be read (their value in
     * {@code content} is empty), so a check of the content does not report them a second time.
     */
    public record Row(int line, String key, String status, String template, InstrumentContent content, Set<String> unreadable) {
    }

    public record Parsed(List<Row> rows, List<FieldProblem> problems) {
    }

    public static Parsed parse(byte[] bytes) {
        List<FieldProblem> problems = new ArrayList<>();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new Parsed(List.of(), List.of(new FieldProblem("bestand",
                    "Het bestand is geen UTF-8. Sla het op als 'CSV UTF-8 (door lijstscheidingsteken gescheiden)'.")));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return new Parsed(List.of(), List.of(new FieldProblem("bestand", "Het bestand is leeg.")));
        }
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), READ)) {
            Set<String> header = new LinkedHashSet<>(parser.getHeaderNames());
            Set<String> missing = new LinkedHashSet<>(COLUMNS);
            missing.removeAll(header);
            Set<String> unknown = new LinkedHashSet<>(header);
            unknown.removeAll(COLUMNS);
            if (!missing.isEmpty() || !unknown.isEmpty()) {
                problems.add(new FieldProblem("rij 1", "De kolommen kloppen niet."
                        + (missing.isEmpty() ? "" : " Ontbreekt: " + String.join(", ", missing) + ".")
                        + (unknown.isEmpty() ? "" : " Onbekend: " + String.join(", ", unknown) + ".")
                        + " Gebruik de kopregel van de export."));
                return new Parsed(List.of(), problems);
            }
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber() + 1;
                if (!record.isConsistent()) {
                    problems.add(new FieldProblem("rij " + line, "Deze rij heeft " + record.size() + " velden in plaats van "
                            + COLUMNS.size() + ". Staat er een ; in een tekst zonder aanhalingstekens?"));
                    continue;
                }
                rows.add(row(line, record.toMap(), problems));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException broken) {
            problems.add(new FieldProblem("bestand", "Het bestand is niet te lezen als CSV: " + broken.getMessage()
                    + ". Controleer de aanhalingstekens."));
        }
        return new Parsed(rows, problems);
    }

    private static Row row(int line, Map<String, String> cells, List<FieldProblem> problems) {
        int before = problems.size();
        String at = "rij " + line + ": ";
        Duration duration = duration(cells.get("duur"), at, problems);
        Double intensity = number(cells.get("intensiteit"), at + "intensiteit", problems);
        Integer costs = null;
        String costText = cells.get("kosten").strip();
        if (!costText.isEmpty()) {
            try {
                costs = Integer.valueOf(costText.replace("€", "").replace(".", "").strip());
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem(at + "kosten", "'" + costText + "' is geen bedrag in hele euro's."));
            }
        }
        LocalDate recognised = null;
        String recognisedText = cells.get("erkend_op").strip();
        if (!recognisedText.isEmpty()) {
            try {
                recognised = LocalDate.parse(recognisedText);
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem(at + "erkend_op", "'" + recognisedText + "' is geen datum (jjjj-mm-dd)."));
            }
        }
        String statutory = cells.get("wettelijk").strip().toLowerCase();
        if (!statutory.isEmpty() && !statutory.equals("ja") && !statutory.equals("nee")) {
            problems.add(new FieldProblem(at + "wettelijk", "Vul ja of nee in."));
        }
        List<Link> links = new ArrayList<>();
        for (String link : list(cells.get("links"))) {
            int split = link.indexOf('=');
            if (split < 1) {
                problems.add(new FieldProblem(at + "links", "Schrijf een link als Titel=https://…"));
            } else {
                links.add(new Link(link.substring(0, split).strip(), link.substring(split + 1).strip()));
            }
        }
        String status = cells.get("status").strip().isEmpty() ? "concept" : cells.get("status").strip();
        if (!List.of("concept", "gepubliceerd", "ingetrokken").contains(status)) {
            problems.add(new FieldProblem(at + "status", "De status is concept, gepubliceerd of ingetrokken."));
        }
        Map<String, List<String>> facets = new LinkedHashMap<>();
        FACET_COLUMNS.forEach((facet, column) -> facets.put(facet, list(cells.get(column))));
        Set<String> unreadable = new LinkedHashSet<>();
        problems.subList(before, problems.size()).forEach(problem -> unreadable.add(problem.field().substring(at.length())));
        // An unreadable link is left out; the links that could be read are still checked, so "links" stays checkable.
        unreadable.remove("links");
        InstrumentContent content = new InstrumentContent(cells.get("naam"), list(cells.get("aliassen")), cells.get("categorie").strip(),
                cells.get("doel"), cells.get("werkwijze"), cells.get("doelgroep"), cells.get("instroomvoorwaarden"),
                cells.get("aanbieder"), list(cells.get("locaties")), duration, intensity, costs, cells.get("kosten_toelichting"),
                list(cells.get("vorm")), blankToNull(cells.get("bereik")),
                new Evidence(blankToNull(cells.get("erkenning")), recognised, blankToNull(cells.get("onderzoek_nl")),
                        cells.get("onderzoek_toelichting"), statutory.equals("ja")),
                cells.get("wensen_klanten"), links, facets,
                new B1Card(cells.get("b1_wat_is_het"), cells.get("b1_voor_wie"), cells.get("b1_wat_ga_je_doen"),
                        cells.get("b1_hoe_lang"), cells.get("b1_wat_levert_het_op"), cells.get("b1_kost_het_iets")));
        return new Row(line, cells.get("id").strip(), status, blankToNull(cells.get("sjabloon")), content, unreadable);
    }

    /** The column a content problem (named as the API names fields) belongs to, for "rij 7: kosten". */
    public static String column(String field) {
        String base = field.replaceAll("\\[\\d+]", "").replaceAll("\\.(title|url)$", "");
        if (base.startsWith("facets.")) {
            return FACET_COLUMNS.getOrDefault(base.substring("facets.".length()), base);
        }
        return switch (base) {
            case "name" -> "naam";
            case "aliases" -> "aliassen";
            case "category" -> "categorie";
            case "goal" -> "doel";
            case "method" -> "werkwijze";
            case "targetGroup" -> "doelgroep";
            case "entryConditions" -> "instroomvoorwaarden";
            case "provider" -> "aanbieder";
            case "locations" -> "locaties";
            case "duration" -> "duur";
            case "intensityHoursPerWeek" -> "intensiteit";
            case "costsEuro" -> "kosten";
            case "costsExplanation" -> "kosten_toelichting";
            case "groupForms" -> "vorm";
            case "reach" -> "bereik";
            case "evidence.level" -> "erkenning";
            case "evidence.recognisedOn" -> "erkend_op";
            case "evidence.dutchResearch" -> "onderzoek_nl";
            case "evidence.researchNote" -> "onderzoek_toelichting";
            case "clientWishes" -> "wensen_klanten";
            case "links" -> "links";
            case "b1.watIsHet" -> "b1_wat_is_het";
            case "b1.voorWie" -> "b1_voor_wie";
            case "b1.watGaJeDoen" -> "b1_wat_ga_je_doen";
            case "b1.hoeLang" -> "b1_hoe_lang";
            case "b1.watLevertHetOp" -> "b1_wat_levert_het_op";
            case "b1.kostHetIets" -> "b1_kost_het_iets";
            default -> base;
        };
    }

    public static String write(List<Instrument> instruments) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, WRITE)) {
            for (Instrument instrument : instruments) {
                InstrumentContent c = instrument.content();
                List<Object> cells = new ArrayList<>(List.of(instrument.key(), instrument.status().name().toLowerCase(),
                        c.name(), join(c.aliases()), c.category(), orEmpty(c.goal()), orEmpty(c.method()), orEmpty(c.targetGroup()),
                        orEmpty(c.entryConditions()), orEmpty(c.provider()), join(c.locations()), durationText(c.duration()),
                        c.intensityHoursPerWeek() == null ? "" : String.valueOf(c.intensityHoursPerWeek()).replace('.', ',').replaceAll(",0$", ""),
                        c.costsEuro() == null ? "" : String.valueOf(c.costsEuro()), orEmpty(c.costsExplanation()),
                        join(c.groupForms()), orEmpty(c.reach()), c.evidence().level(),
                        c.evidence().recognisedOn() == null ? "" : c.evidence().recognisedOn().toString(),
                        c.evidence().dutchResearch(), orEmpty(c.evidence().researchNote()), c.evidence().statutory() ? "ja" : "nee",
                        orEmpty(c.clientWishes()),
                        String.join("|", c.links().stream().map(link -> link.title() + "=" + link.url()).toList())));
                FACET_COLUMNS.keySet().forEach(facet -> cells.add(join(c.facet(facet))));
                B1Card b1 = c.b1();
                cells.addAll(Arrays.asList(orEmpty(b1.watIsHet()), orEmpty(b1.voorWie()), orEmpty(b1.watGaJeDoen()),
                        orEmpty(b1.hoeLang()), orEmpty(b1.watLevertHetOp()), orEmpty(b1.kostHetIets()),
                        instrument.origin() == null ? "" : instrument.origin().templateId()));
                csv.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Duration duration(String text, String at, List<FieldProblem> problems) {
        String value = text == null ? "" : text.strip().toLowerCase();
        if (value.isEmpty()) {
            return null;
        }
        if (value.equals("doorlopend")) {
            return new Duration(null, null, true);
        }
        Matcher matcher = DURATION.matcher(value);
        if (!matcher.matches() || Integer.parseInt(matcher.group(1)) < 1) {
            problems.add(new FieldProblem(at + "duur", "Schrijf de duur als '8 weken', '3 maanden', '10 dagen' of 'doorlopend'."));
            return null;
        }
        String unit = switch (matcher.group(2)) {
            case "dag", "dagen" -> "dagen";
            case "week", "weken" -> "weken";
            default -> "maanden";
        };
        return new Duration(Integer.valueOf(matcher.group(1)), unit, false);
    }

    private static String durationText(Duration duration) {
        if (duration == null) {
            return "";
        }
        return duration.continuous() ? "doorlopend" : duration.value() == null ? "" : duration.value() + " " + duration.unit();
    }

    private static Double number(String text, String field, List<FieldProblem> problems) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Double.valueOf(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "'" + value + "' is geen getal."));
            return null;
        }
    }

    private static List<String> list(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split("\\|")).map(String::strip).filter(value -> !value.isEmpty()).toList();
    }

    private static String join(List<String> values) {
        return String.join("|", values);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Map<String, String> facetColumns() {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String facet : Vocabulary.TAGGED) {
            columns.put(facet, switch (facet) {
                case "doelgroep" -> "doelgroepen";
                case "aandachtspunt" -> "aandachtspunten";
                case "doel" -> "doelen";
                case Vocabulary.WERKWIJZE -> "werkwijze_tags";
                default -> facet;
            });
        }
        return columns;
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("id", "status", "naam", "aliassen", "categorie", "doel", "werkwijze",
                "doelgroep", "instroomvoorwaarden", "aanbieder", "locaties", "duur", "intensiteit", "kosten", "kosten_toelichting",
                "vorm", "bereik", "erkenning", "erkend_op", "onderzoek_nl", "onderzoek_toelichting", "wettelijk", "wensen_klanten",
                "links"));
        columns.addAll(facetColumns().values());
        columns.addAll(List.of("b1_wat_is_het", "b1_voor_wie", "b1_wat_ga_je_doen", "b1_hoe_lang", "b1_wat_levert_het_op",
                "b1_kost_het_iets", "sjabloon"));
        return List.copyOf(columns);
    }
}
