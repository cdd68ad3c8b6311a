package nl.kenniskompas.infra.benchmark;

import org.bson.Document;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Published Keuzehulp instruments for many organisations, written straight into keuzehulp-service's collection: each one
 * a copy of a document keuzehulp-service wrote itself (an instrument imported through its API and read back), with its
 * own id, organisation, key, content and facets. Copying a real document instead of spelling the mapping out keeps the
 * copies in the shape Spring Data writes ({@code _class}, numbers as {@code Int32}/{@code Int64}/{@code Double} as the
 * fields are typed, dates as BSON dates, null fields left out); the constructor refuses a template that lacks a field
 * the copies vary, which is what a change to {@code Instrument} or {@code InstrumentContent} would look like.
 * <p>
 * The facets are spread as in the demo catalogues: a route category each (most "richting werk"), one to three goals
 * that fit the category, and client characteristics that are often left empty (meant for everyone) and otherwise name
 * a few values. The same (organisation, number) always gives the same document.
 */
final class SyntheticCatalogues {

    static final String DATABASE = "kk-keuzehulp";
    static final String COLLECTION = "instruments";
    static final String PUBLISHED = "GEPUBLICEERD";
    static final Pattern KEY = Pattern.compile("[a-z0-9-]{2,60}");

    /** The fields a copy sets; a template without one of them is not the shape this class knows. */
    static final List<String> VARIED = List.of("_id", "_class", "tenant", "key", "status", "publications", "history",
            "revision", "outbox", "content.name", "content.aliases", "content.category", "content.goal",
            "content.method", "content.targetGroup", "content.entryConditions", "content.provider", "content.locations",
            "content.duration.value", "content.duration.unit", "content.duration.continuous",
            "content.intensityHoursPerWeek", "content.costsEuro", "content.costsExplanation", "content.groupForms",
            "content.reach", "content.evidence.level", "content.evidence.recognisedOn", "content.evidence.dutchResearch",
            "content.evidence.statutory", "content.clientWishes", "content.links", "content.facets", "content.b1.watIsHet",
            "content.b1.voorWie", "content.b1.watGaJeDoen", "content.b1.hoeLang", "content.b1.watLevertHetOp",
            "content.b1.kostHetIets");

    /** Fields the outbox relay adds while it works on a document; not part of an instrument at rest. */
    private static final List<String> RELAY_FIELDS = List.of("outboxClaimedUntil", "outboxClaimedBy");

    private static final double[] CATEGORY_WEIGHTS = {0.15, 0.25, 0.5, 0.1};
    private static final double[] EVIDENCE_WEIGHTS = {0.45, 0.2, 0.2, 0.08, 0.05, 0.02};

    private static final Map<String, List<String>> NAMES = Map.of(
            "verrijking-klantbeeld", List.of("Brede intake", "Zelfredzaamheidsscan", "Arbeidsfit-meting",
                    "Talentenonderzoek", "Psychologisch onderzoek", "Motivatiegesprekken", "Werkfitheidsscan"),
            "praktische-problemen", List.of("Schuldhulpverlening", "Budgetcursus", "Taalmaatje",
                    "Kinderopvang regelen", "Gezond in beweging", "Digitaal vaardig", "Rijbewijstraject",
                    "Grip op je geld", "Steunpunt mantelzorg"),
            "richting-werk", List.of("Sollicitatietraining", "Jobcoaching", "Werkervaringsplaats", "Proefplaatsing",
                    "Leerwerktraject", "Loopbaanoriëntatie", "Startersbegeleiding", "Banenmarkt", "Loonkostensubsidie",
                    "Werkfit-traject", "Vakopleiding logistiek", "Netwerkbijeenkomsten", "Job carving",
                    "Praktijkroute zorg"),
            "nazorg", List.of("Nazorg na plaatsing", "Werkbehoud-coaching", "Terugvalpreventie",
                    "Buddy op de werkvloer"));

    private static final List<String> PROVIDERS = List.of("Werkplein", "Stichting Aan de Slag", "Leerwerkbedrijf",
            "Welzijnsorganisatie", "Regionaal Werkbedrijf", "Taalhuis", "ROC", "Re-integratiebureau Koers",
            "Schuldhulp Samen");

    private static final List<String> SENTENCES = List.of(
            "De klant werkt in kleine stappen aan een concreet doel dat samen is afgesproken.",
            "Een vaste begeleider houdt contact en stuurt bij als het nodig is.",
            "Wie meedoet, oefent in de praktijk en krijgt na elke bijeenkomst terugkoppeling.",
            "Het traject sluit aan op het plan van aanpak en wordt met de klantmanager geëvalueerd.",
            "Deelnemers leren van elkaar in een groep en krijgen daarnaast individuele gesprekken.",
            "Waar nodig regelt de begeleider eerst praktische zaken zoals kinderopvang of vervoer.",
            "Werkgevers uit de regio doen mee, zodat de stap naar betaald werk klein blijft.",
            "Na afloop is er een eindgesprek met een advies voor de volgende stap.");

    private final Document template;

    /** @param template an instrument document as keuzehulp-service wrote it (see {@link #VARIED}) */
    SyntheticCatalogues(Document template) {
        List<String> missing = VARIED.stream().filter(path -> !has(template, path)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("The instrument keuzehulp-service wrote lacks " + missing
                    + ": the shape of Instrument changed; update SyntheticCatalogues. Template: " + template.toJson());
        }
        this.template = (Document) copy(template);
    }

    /** The {@code real} organisations first, then synthetic ones ({@code bench-org-004}, …) up to {@code count}. */
    static List<String> tenants(List<String> real, int count) {
        List<String> tenants = new ArrayList<>(real.subList(0, Math.min(real.size(), count)));
        for (int n = tenants.size() + 1; tenants.size() < count; n++) {
            tenants.add(String.format("bench-org-%03d", n));
        }
        return List.copyOf(tenants);
    }

    static String key(int index) {
        return String.format("bench-instrument-%03d", index);
    }

    /** Where an organisation offers its instruments: a few places and online. */
    static List<String> locations(String tenant) {
        return switch (tenant) {
            case "gemeente-amsterdam" -> List.of("Centrum", "Nieuw-West", "Noord", "Oost", "West", "Zuid", "Zuidoost",
                    "Online");
            case "werkzaak-rivierenland" -> List.of("Tiel", "Culemborg", "Zaltbommel", "Geldermalsen", "Online");
            case "uwv" -> List.of("Utrecht", "Arnhem", "Nijmegen", "Den Bosch", "Online");
            default -> List.of("Vestiging Noord", "Vestiging Zuid", "Wijkcentrum", "Online");
        };
    }

    /** The {@code index}-th published instrument of {@code tenant}. */
    Document instrument(String tenant, int index) {
        String key = key(index);
        SplittableRandom random = new SplittableRandom(((long) tenant.hashCode() << 32) ^ (index * 0x9E3779B97F4A7C15L));
        Document document = (Document) copy(template);
        RELAY_FIELDS.forEach(document::remove);
        document.remove("origin");
        document.put("_id", UUID.nameUUIDFromBytes((tenant + "/" + key).getBytes(StandardCharsets.UTF_8)).toString());
        document.put("tenant", tenant);
        document.put("key", key);
        document.put("status", PUBLISHED);
        document.put("publications", like(document.get("publications"), 1));
        document.put("outbox", new ArrayList<>());
        for (Object entry : document.getList("history", Object.class)) {
            ((Document) entry).put("by", "benchmark");
        }

        Document content = document.get("content", Document.class);
        String category = pick(random, KeuzehulpVocabulary.CATEGORIES, CATEGORY_WEIGHTS);
        List<String> names = NAMES.get(category);
        String name = names.get(random.nextInt(names.size()));
        content.put("name", index < 20 ? name : name + " " + (index / 20 + 1));
        content.put("aliases", random.nextInt(3) == 0 ? new ArrayList<>(List.of(name + " (oud)")) : new ArrayList<>());
        content.put("category", category);
        content.put("goal", sentences(random, 2));
        content.put("method", sentences(random, 4));
        content.put("targetGroup", sentences(random, 1));
        content.put("entryConditions", sentences(random, 1));
        content.put("provider", PROVIDERS.get(random.nextInt(PROVIDERS.size())));
        List<String> places = locations(tenant);
        content.put("locations", some(random, places, 1, 3));

        Document duration = content.get("duration", Document.class);
        double roll = random.nextDouble();
        if (roll < 0.1) {
            content.remove("duration");
        } else if (roll < 0.2) {
            duration.remove("value");
            duration.remove("unit");
            duration.put("continuous", true);
        } else {
            String unit = roll < 0.6 ? "weken" : roll < 0.9 ? "maanden" : "dagen";
            int value = switch (unit) {
                case "weken" -> 1 + random.nextInt(26);
                case "maanden" -> 1 + random.nextInt(12);
                default -> 1 + random.nextInt(30);
            };
            duration.put("value", like(duration.get("value"), value));
            duration.put("unit", unit);
            duration.put("continuous", false);
        }
        if (random.nextDouble() < 0.15) {
            content.remove("intensityHoursPerWeek");
        } else {
            content.put("intensityHoursPerWeek", like(content.get("intensityHoursPerWeek"), 1 + random.nextInt(32) / 2.0));
        }
        roll = random.nextDouble();
        if (roll < 0.1) {
            content.remove("costsEuro");
        } else {
            int euro = roll < 0.45 ? 0 : roll < 0.7 ? 50 + random.nextInt(451) : roll < 0.9 ? 501 + random.nextInt(2000)
                    : 2501 + random.nextInt(6000);
            content.put("costsEuro", like(content.get("costsEuro"), euro));
        }
        roll = random.nextDouble();
        content.put("groupForms", new ArrayList<>(roll < 0.5 ? List.of("individueel") : roll < 0.75 ? List.of("groep")
                : roll < 0.95 ? KeuzehulpVocabulary.GROUP_FORMS : List.of()));
        content.put("reach", KeuzehulpVocabulary.REACHES.get(random.nextInt(KeuzehulpVocabulary.REACHES.size())));

        Document evidence = content.get("evidence", Document.class);
        String level = pick(random, KeuzehulpVocabulary.EVIDENCE, EVIDENCE_WEIGHTS);
        evidence.put("level", level);
        if (level.equals("niet-beoordeeld")) {
            evidence.remove("recognisedOn");
        } else {
            Date recognised = evidence.getDate("recognisedOn");
            evidence.put("recognisedOn", new Date(recognised.getTime() - TimeUnit.DAYS.toMillis(random.nextInt(2000))));
        }
        evidence.put("dutchResearch", KeuzehulpVocabulary.DUTCH_RESEARCH.get(random.nextInt(4)));
        evidence.put("statutory", false);

        content.put("facets", facets(random, category));
        Document b1 = content.get("b1", Document.class);
        b1.put("watIsHet", content.getString("name") + ": " + SENTENCES.get(random.nextInt(SENTENCES.size())));
        return document;
    }

    /** Every tagged facet, in the order the service writes them. */
    private static Document facets(SplittableRandom random, String category) {
        Document facets = new Document();
        for (var facet : KeuzehulpVocabulary.TAGGED.entrySet()) {
            List<String> codes = facet.getValue();
            List<String> chosen = switch (facet.getKey()) {
                case KeuzehulpVocabulary.LEEFTIJD -> ages(random);
                case KeuzehulpVocabulary.DOEL -> goals(random, category);
                case "werkwijze" -> random.nextDouble() < 0.6 ? List.of() : some(random, codes, 1, 2);
                case "doelgroepregister" -> random.nextDouble() < 0.85 ? List.of()
                        : List.of(codes.get(random.nextInt(2)));
                case "uitkering", "doelgroep", "aandachtspunt" -> random.nextDouble() < 0.55 ? List.of()
                        : some(random, codes, 1, 3);
                default -> random.nextDouble() < 0.7 ? List.of() : some(random, codes, 1, 3);
            };
            facets.put(facet.getKey(), new ArrayList<>(chosen));
        }
        return facets;
    }

    /** Almost half for every age; otherwise one age group (young people, adults, older) as neighbouring bands. */
    private static List<String> ages(SplittableRandom random) {
        double roll = random.nextDouble();
        List<String> bands = KeuzehulpVocabulary.TAGGED.get(KeuzehulpVocabulary.LEEFTIJD);
        if (roll < 0.45) {
            return List.of();
        }
        if (roll < 0.65) {
            int from = random.nextInt(2);
            return bands.subList(from, 3); // 16–26 or 19–26
        }
        if (roll < 0.85) {
            return random.nextBoolean() ? List.of("27-55") : List.of("22-26", "27-55");
        }
        if (roll < 0.97) {
            return random.nextBoolean() ? List.of("56-aow") : List.of("27-55", "56-aow");
        }
        return List.of("aow-plus");
    }

    private static List<String> goals(SplittableRandom random, String category) {
        List<String> fitting = KeuzehulpVocabulary.GOALS_BY_CATEGORY.get(category);
        LinkedHashSet<String> goals = new LinkedHashSet<>(some(random, fitting, 1, 3));
        if (random.nextDouble() < 0.15) {
            List<String> all = KeuzehulpVocabulary.TAGGED.get(KeuzehulpVocabulary.DOEL);
            goals.add(all.get(random.nextInt(all.size())));
        }
        return List.copyOf(goals);
    }

    /** Between {@code min} and {@code max} different values, in the vocabulary's order. */
    private static List<String> some(SplittableRandom random, List<String> values, int min, int max) {
        int count = Math.min(values.size(), min + random.nextInt(max - min + 1));
        LinkedHashSet<Integer> picked = new LinkedHashSet<>();
        while (picked.size() < count) {
            picked.add(random.nextInt(values.size()));
        }
        return picked.stream().sorted().map(values::get).toList();
    }

    private static String pick(SplittableRandom random, List<String> values, double[] weights) {
        double roll = random.nextDouble();
        for (int i = 0; i < values.size(); i++) {
            roll -= weights[i];
            if (roll < 0) {
                return values.get(i);
            }
        }
        return values.get(values.size() - 1);
    }

    private static String sentences(SplittableRandom random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(SENTENCES.get(random.nextInt(SENTENCES.size())));
        }
        return text.toString();
    }

    /** {@code value} as the same BSON number type as {@code example} (Int32, Int64 or Double). */
    private static Object like(Object example, double value) {
        if (example instanceof Long) {
            return (long) value;
        }
        if (example instanceof Integer) {
            return (int) value;
        }
        return value;
    }

    private static boolean has(Document document, String path) {
        Object at = document;
        for (String part : path.split("\\.")) {
            if (!(at instanceof Document current) || !current.containsKey(part)) {
                return false;
            }
            at = current.get(part);
        }
        return true;
    }

    /** A deep copy that keeps every value's Java (and so BSON) type. */
    static Object copy(Object value) {
        if (value instanceof Document document) {
            Document copied = new Document();
            document.forEach((key, inner) -> copied.put(key, copy(inner)));
            return copied;
        }
        if (value instanceof List<?> list) {
            List<Object> copied = new ArrayList<>(list.size());
            list.forEach(inner -> copied.add(copy(inner)));
            return copied;
        }
        if (value instanceof Date date) {
            return new Date(date.getTime());
        }
        return value; // strings, numbers, booleans, ObjectIds: immutable
    }

    /**
     * What keuzehulp-service's rules ({@code InstrumentCheck}, for publication) and its search need of a published
     * instrument, checked on a copy: empty when it is one the service could have written.
     */
    static List<String> problems(Document instrument) {
        List<String> problems = new ArrayList<>();
        if (!PUBLISHED.equals(instrument.getString("status"))) {
            problems.add("status " + instrument.get("status"));
        }
        if (!(instrument.get("_id") instanceof String) || instrument.getString("tenant") == null) {
            problems.add("_id or tenant");
        }
        if (instrument.getString("key") == null || !KEY.matcher(instrument.getString("key")).matches()) {
            problems.add("key " + instrument.get("key"));
        }
        if (!instrument.getList("outbox", Object.class, List.of()).isEmpty()) {
            problems.add("outbox not empty");
        }
        Document content = instrument.get("content", Document.class);
        if (content == null) {
            problems.add("no content");
            return problems;
        }
        text(problems, content, "name", 120, true);
        for (String alias : content.getList("aliases", String.class, List.of())) {
            if (alias.isBlank() || alias.length() > 120) {
                problems.add("alias " + alias);
            }
        }
        if (!KeuzehulpVocabulary.CATEGORIES.contains(content.getString("category"))) {
            problems.add("category " + content.get("category"));
        }
        text(problems, content, "goal", 1000, true);
        text(problems, content, "method", 1000, true);
        text(problems, content, "targetGroup", 1000, false);
        text(problems, content, "entryConditions", 1000, false);
        text(problems, content, "provider", 200, true);
        text(problems, content, "costsExplanation", 300, false);
        text(problems, content, "clientWishes", 1000, false);
        for (String location : content.getList("locations", String.class, List.of())) {
            if (location.isBlank() || location.length() > 80) {
                problems.add("location " + location);
            }
        }
        Document duration = content.get("duration", Document.class);
        if (duration != null && !duration.getBoolean("continuous", false)) {
            Number value = duration.get("value", Number.class);
            if (value == null || value.intValue() < 1 || value.intValue() > 999
                    || !List.of("dagen", "weken", "maanden").contains(duration.getString("unit"))) {
                problems.add("duration " + duration.toJson());
            }
        }
        Number intensity = content.get("intensityHoursPerWeek", Number.class);
        if (intensity != null && (intensity.doubleValue() < 0 || intensity.doubleValue() > 60)) {
            problems.add("intensityHoursPerWeek " + intensity);
        }
        Number costs = content.get("costsEuro", Number.class);
        if (costs != null && costs.intValue() < 0) {
            problems.add("costsEuro " + costs);
        }
        for (String form : content.getList("groupForms", String.class, List.of())) {
            if (!KeuzehulpVocabulary.GROUP_FORMS.contains(form)) {
                problems.add("groupForm " + form);
            }
        }
        if (content.getString("reach") != null && !KeuzehulpVocabulary.REACHES.contains(content.getString("reach"))) {
            problems.add("reach " + content.get("reach"));
        }
        Document evidence = content.get("evidence", Document.class);
        String level = evidence == null ? null : evidence.getString("level");
        if (!KeuzehulpVocabulary.EVIDENCE.contains(level)) {
            problems.add("evidence.level " + level);
        } else if (level.equals("niet-beoordeeld") == evidence.containsKey("recognisedOn")) {
            problems.add("evidence.recognisedOn goes with a level above niet-beoordeeld: " + evidence.toJson());
        } else if (evidence.getBoolean("statutory", false) && !level.equals("niet-beoordeeld")) {
            problems.add("a statutory instrument has no level");
        }
        if (evidence != null && !KeuzehulpVocabulary.DUTCH_RESEARCH.contains(evidence.getString("dutchResearch"))) {
            problems.add("evidence.dutchResearch " + evidence.get("dutchResearch"));
        }
        Document facets = content.get("facets", Document.class);
        Map<String, List<String>> known = new LinkedHashMap<>(KeuzehulpVocabulary.TAGGED);
        if (facets == null || !facets.keySet().equals(known.keySet())) {
            problems.add("facets " + (facets == null ? null : facets.keySet()));
        } else {
            known.forEach((facet, codes) -> {
                for (String code : facets.getList(facet, String.class)) {
                    if (!codes.contains(code)) {
                        problems.add("facets." + facet + " " + code);
                    }
                }
            });
        }
        Document b1 = content.get("b1", Document.class);
        for (String field : List.of("watIsHet", "voorWie", "watGaJeDoen", "hoeLang", "watLevertHetOp", "kostHetIets")) {
            text(problems, b1, field, 400, true);
        }
        return problems;
    }

    private static void text(List<String> problems, Document document, String field, int max, boolean required) {
        String text = document == null ? null : document.getString(field);
        if (text == null || text.isBlank()) {
            if (required) {
                problems.add(field + " missing");
            }
        } else if (text.length() > max || !text.equals(text.strip())) {
            problems.add(field + " longer than " + max + " or not trimmed");
        }
    }
}
