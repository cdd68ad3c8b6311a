import assert from "node:assert/strict";
import { test } from "node:test";
import {
  TAGGED_FACETS,
  actionsFor,
  beheerHref,
  contentFromForm,
  emptyForm,
  facetChoices,
  formFromContent,
  formProblems,
  importFailure,
  importProblemRows,
  importSummary,
  namedMessage,
  namedProblems,
  newInstrumentBody,
  parseDecimal,
  parseLinks,
  problemTarget,
  problemsByField,
  statusCounts,
  statusLabel,
  templateState,
} from "../src/js/keuzehulp-beheer.js";
import { ApiError } from "../src/js/problems.js";
import { parseRoute } from "../src/js/routes.js";

/** The detail view's `content`, as the API describes it. */
const CONTENT = {
  name: "Sollicitatietraining",
  aliases: ["Solliciteren in de praktijk", "Sollicitatiecursus"],
  category: "richting-werk",
  goal: "Leren solliciteren.",
  method: "Vier bijeenkomsten.",
  targetGroup: null,
  entryConditions: "Uitkering",
  provider: "Werkzaak",
  locations: ["Tiel", "Online"],
  duration: { value: 8, unit: "weken", continuous: false },
  intensityHoursPerWeek: 2.5,
  costsEuro: 0,
  costsExplanation: null,
  groupForms: ["groep"],
  reach: "regionaal",
  evidence: { level: "goed-onderbouwd", recognisedOn: "2021-03-01", dutchResearch: "gemengd", researchNote: "Bescheiden.", statutory: false },
  clientWishes: null,
  links: [{ title: "Meer informatie", url: "https://example.org/a=b" }],
  facets: { leeftijd: ["22-26", "27-55"], doel: ["zoeken-solliciteren"] },
  b1: { watIsHet: "Een training.", voorWie: "Voor jou.", watGaJeDoen: "Oefenen.", hoeLang: "8 weken.", watLevertHetOp: "Een baan.", kostHetIets: "Nee." },
};

test("statuses and the steps they allow", () => {
  assert.equal(statusLabel("GEPUBLICEERD"), "Gepubliceerd");
  assert.deepEqual(actionsFor("CONCEPT"), ["publiceren"]);
  assert.deepEqual(actionsFor("GEPUBLICEERD"), ["intrekken"]);
  assert.deepEqual(actionsFor("INGETROKKEN"), ["publiceren"]);
  assert.deepEqual(actionsFor("ONBEKEND"), []);
  assert.equal(statusCounts([{ status: "GEPUBLICEERD" }, { status: "GEPUBLICEERD" }, { status: "CONCEPT" }]), "2 gepubliceerd, 1 concept");
});

test("an import's counts in words", () => {
  assert.equal(importSummary({ rows: 5, created: 4, updated: 1, published: 4 }), "Geïmporteerd: 5 rijen ingelezen, 4 nieuw, 1 bijgewerkt. 4 instrumenten staan nu gepubliceerd.");
  assert.equal(importSummary({ rows: 1, created: 1, updated: 0, published: 1 }), "Geïmporteerd: 1 rij ingelezen, 1 nieuw, 0 bijgewerkt. 1 instrument staat nu gepubliceerd.");
});

test("CSV problems become a table by row: 'rij 7: kosten' → row 7, column kosten; file problems first", () => {
  const rows = importProblemRows([
    { field: "rij 7: kosten", message: "Een bedrag in hele euro's." },
    { field: "rij 3: b1_voor_wie", message: "Vul dit in." },
    { field: "rij 7: leeftijd", message: "'99' is geen waarde van 'Leeftijd'." },
    { field: "bestand", message: "De kopregel mist 'naam'." },
    { field: "rij 12", message: "Deze rij heeft 40 velden, verwacht 43." },
    { field: "rij 2: id", message: "   " },
  ]);
  assert.deepEqual(rows, [
    { row: null, column: "bestand", message: "De kopregel mist 'naam'." },
    { row: 3, column: "b1_voor_wie", message: "Vul dit in." },
    { row: 7, column: "kosten", message: "Een bedrag in hele euro's." },
    { row: 7, column: "leeftijd", message: "'99' is geen waarde van 'Leeftijd'." },
    { row: 12, column: "—", message: "Deze rij heeft 40 velden, verwacht 43." },
  ]);
});

test("a refused import says nothing was imported, with the table when the API named problems", () => {
  const failure = importFailure(new ApiError(422, { type: "import-geweigerd", detail: "Niets geïmporteerd: 2 problemen.", errors: [{ field: "rij 2: naam", message: "Vul dit in." }, { field: "rij 4: categorie", message: "Kies een fase." }] }));
  assert.equal(failure.heading, "2 problemen in het bestand. Er is niets geïmporteerd.");
  assert.equal(failure.rows.length, 2);
  const offline = importFailure(new ApiError(503, {}));
  assert.equal(offline.heading, "Er is niets geïmporteerd.");
  assert.deepEqual(offline.rows, []);
  assert.match(offline.message, /niet beschikbaar/);
});

test("content → form → content gives the API the same content back", () => {
  const form = formFromContent(CONTENT, "sollicitatietraining");
  assert.equal(form.key, "sollicitatietraining");
  assert.equal(form.aliases, "Solliciteren in de praktijk\nSollicitatiecursus");
  assert.equal(form.intensity, "2,5");
  assert.equal(form.links, "Meer informatie = https://example.org/a=b");
  const back = contentFromForm(form);
  const expectedFacets = Object.fromEntries(TAGGED_FACETS.map((facet) => [facet, CONTENT.facets[facet] ?? []]));
  assert.deepEqual(back, { ...CONTENT, facets: expectedFacets });
  assert.deepEqual(Object.keys(back.b1), ["watIsHet", "voorWie", "watGaJeDoen", "hoeLang", "watLevertHetOp", "kostHetIets"]);
});

test("an empty form: nulls and empty lists, every tagged facet sent, default evidence", () => {
  const content = contentFromForm(emptyForm());
  assert.equal(content.name, null);
  assert.deepEqual(content.aliases, []);
  assert.equal(content.duration, null);
  assert.equal(content.costsEuro, null);
  assert.deepEqual(content.evidence, { level: "niet-beoordeeld", recognisedOn: null, dutchResearch: "onbekend", researchNote: null, statutory: false });
  assert.deepEqual(Object.keys(content.facets), TAGGED_FACETS);
  assert.equal(content.b1.watIsHet, null);
  const continuous = contentFromForm({ ...emptyForm(), durationContinuous: true, durationValue: "5" });
  assert.deepEqual(continuous.duration, { value: null, unit: null, continuous: true });
  assert.deepEqual(newInstrumentBody({ ...emptyForm(), key: " budgetcursus " }).key, "budgetcursus");
});

test("numbers typed with a comma, links typed as 'Titel = url'", () => {
  assert.equal(parseDecimal("2,5"), 2.5);
  assert.equal(parseDecimal(" 4 "), 4);
  assert.equal(parseDecimal(""), null);
  assert.ok(Number.isNaN(parseDecimal("vier")));
  assert.deepEqual(parseLinks("Site = https://a.nl\n\nhttps://b.nl\nAlleen een titel"), [
    { title: "Site", url: "https://a.nl" },
    { title: "https://b.nl", url: "https://b.nl" },
    { title: "Alleen een titel", url: "" },
  ]);
});

test("what the form checks itself: numbers, and the key of a new instrument", () => {
  assert.deepEqual([...formProblems(emptyForm()).keys()], []);
  assert.deepEqual([...formProblems({ ...emptyForm(), durationValue: "acht", intensity: "veel", costsEuro: "12,50" }).keys()], ["duration", "intensityHoursPerWeek", "costsEuro"]);
  assert.deepEqual([...formProblems({ ...emptyForm(), key: "Met Hoofdletters" }, { isNew: true }).keys()], ["key"]);
  assert.deepEqual([...formProblems({ ...emptyForm(), key: "budget-1" }, { isNew: true }).keys()], []);
});

test("server field names land at their form field, with the list entry named", () => {
  assert.deepEqual(problemTarget("b1.voorWie"), { field: "b1.voorWie", prefix: "" });
  assert.deepEqual(problemTarget("facets.leeftijd[1]"), { field: "facets.leeftijd", prefix: "Waarde 2: " });
  assert.deepEqual(problemTarget("facets.kleur"), { field: "facets.kleur", prefix: "" });
  assert.deepEqual(problemTarget("links[0].url"), { field: "links", prefix: "Link 1: " });
  assert.deepEqual(problemTarget("aliases[2]"), { field: "aliases", prefix: "Regel 3: " });
  assert.deepEqual(problemTarget("groupForms[0]"), { field: "groupForms", prefix: "" });
  assert.deepEqual(problemTarget("evidence.recognisedOn"), { field: "evidence.recognisedOn", prefix: "" });
  assert.deepEqual(problemTarget("duration"), { field: "duration", prefix: "" });
  assert.deepEqual(problemTarget("iets"), { field: "", prefix: "" });
  const byField = problemsByField([
    { field: "b1.voorWie", message: "Vul dit in." },
    { field: "facets.leeftijd[1]", message: "'99' is geen waarde van 'Leeftijd'." },
    { field: "links[1].url", message: "Een link begint met http:// of https://." },
    { field: "onbekend", message: "Er klopt iets niet." },
  ]);
  assert.deepEqual(byField.get("b1.voorWie"), ["Vul dit in."]);
  assert.deepEqual(byField.get("facets.leeftijd"), ["Waarde 2: '99' is geen waarde van 'Leeftijd'."]);
  assert.deepEqual(byField.get("links"), ["Link 2: Een link begint met http:// of https://."]);
  assert.deepEqual(byField.get(""), ["Er klopt iets niet."]);
});

test("choices from the vocabulary keep codes it no longer has", () => {
  const vocabulary = [{ name: "vorm", label: "Vorm", values: [{ code: "individueel", label: "Individueel" }, { code: "groep", label: "In een groep" }] }];
  assert.deepEqual(facetChoices(vocabulary, "vorm", ["duo"]), [["individueel", "Individueel"], ["groep", "In een groep"], ["duo", "duo"]]);
  assert.deepEqual(facetChoices([], "vorm"), []);
});

test("beheer routes", () => {
  assert.equal(beheerHref(), "#/keuzehulp/beheer");
  assert.equal(beheerHref(null), "#/keuzehulp/beheer/nieuw");
  assert.deepEqual(parseRoute(beheerHref("a b")), { name: "keuzehulp-bewerken", id: "a b" });
  assert.deepEqual(parseRoute(beheerHref(null)), { name: "keuzehulp-bewerken", id: null });
  assert.deepEqual(parseRoute(beheerHref()), { name: "keuzehulp-beheer" });
  assert.deepEqual(parseRoute("#/keuzehulp/beoordelingen"), { name: "keuzehulp-beoordelingen" });
});

test("away from the form, a problem names its field; no doubled punctuation", () => {
  assert.deepEqual(namedProblems([
    { field: "b1.voorWie", message: "Vul dit in." },
    { field: "name", message: "Vul dit in." },
    { field: "facets.leeftijd[0]", message: "'x' is geen waarde." },
  ]), ["Kaart voor klanten, Voor wie? Vul dit in.", "Naam: Vul dit in.", "Filter leeftijd: Waarde 1: 'x' is geen waarde."]);
  assert.equal(namedMessage("Voor wie?", "Vul dit in."), "Voor wie? Vul dit in.");
  assert.equal(namedMessage("", "Vul dit in."), "Vul dit in.");
});

test("a copy says when its national template changed since", () => {
  const templates = [{ id: "t-budget", name: "Budgetcursus", version: 3 }];
  assert.deepEqual(templateState({ templateId: "t-budget", version: 2 }, templates), {
    id: "t-budget",
    name: "Budgetcursus",
    copiedVersion: 2,
    currentVersion: 3,
    changed: true,
  });
  assert.equal(templateState({ templateId: "t-budget", version: 3 }, templates).changed, false);
  assert.equal(templateState({ templateId: "weg", version: 1 }, templates), null);
  assert.equal(templateState(null, templates), null);
});
