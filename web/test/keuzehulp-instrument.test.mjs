import assert from "node:assert/strict";
import { test } from "node:test";
import {
  B1_FIELDS,
  B1_MISSING,
  COMPARE_ROWS,
  EVIDENCE_LADDER,
  b1Sections,
  compareRows,
  costsText,
  durationText,
  evidenceModel,
  facetLabels,
  formatScore,
  instrumentModel,
  intensityText,
  ratingLine,
  researchLine,
  reviewBody,
  reviewFailure,
  reviewLinkUrl,
  reviewProblems,
  reviewSummaryText,
  reviewValues,
  scoresText,
  textRequired,
} from "../src/js/keuzehulp-instrument.js";
import { ApiError } from "../src/js/problems.js";

/** GET /api/v1/keuzehulp/instrumenten/{id} as docs/api-v1-keuzehulp.md describes it. */
const DETAIL = {
  instrument: {
    id: "i-1",
    status: "GEPUBLICEERD",
    name: "Sollicitatietraining",
    aliases: ["Solliciteren in de praktijk"],
    category: { code: "richting-werk", label: "Instrumenten richting werk" },
    goal: "Leren solliciteren.",
    method: "Vier bijeenkomsten.",
    targetGroup: "Werkzoekenden dicht bij werk",
    entryConditions: null,
    provider: "Werkzaak",
    locations: ["Tiel", "Online"],
    duration: "8 weken",
    intensityHoursPerWeek: 2.5,
    costs: "Gratis",
    costsExplanation: null,
    groupForms: [{ code: "groep", label: "In een groep" }],
    reach: "regionaal",
    evidence: {
      level: "goed-onderbouwd",
      label: "Goed onderbouwd",
      explanation: "Een commissie vindt het goed onderbouwd.",
      recognisedOn: "2021-03-01",
      statutory: false,
      dutchResearch: { code: "gemengd", label: "Onderzoek in Nederland: gemengd" },
      researchNote: "UWV noemt de effecten bescheiden.",
    },
    clientWishes: "Liever in een kleine groep.",
    links: [{ title: "Meer", url: "https://example.org" }, { title: "Kwaad", url: "javascript:alert(1)" }],
    facets: { doel: ["zoeken-solliciteren"], leeftijd: [] },
    content: { duration: { value: 8, unit: "weken", continuous: false }, costsEuro: 0 },
    b1: { watIsHet: "Een training.", voorWie: "Voor jou.", watGaJeDoen: "Oefenen.", hoeLang: "8 weken.", watLevertHetOp: "Een baan.", kostHetIets: "Nee." },
  },
  template: { id: "t-1", copiedVersion: 1, currentVersion: 2, changed: true },
  professionalReviews: {
    summary: { count: 4, average: 3.8, result: 3.5, execution: null },
    items: [{ id: "r1", general: 4, result: 3, execution: 5, text: "Goed", at: "2026-11-01T10:00:00Z", mine: true }],
  },
  clientReviews: {
    summary: { count: 2, average: null, result: null, execution: null },
    items: [{ id: "c1", score: 5, text: "Fijn", at: "2026-11-02T10:00:00Z" }],
  },
};

test("the ladder has six steps in the Dutch order", () => {
  assert.deepEqual(EVIDENCE_LADDER.map(([, label]) => label), [
    "Niet beoordeeld",
    "Goed beschreven",
    "Goed onderbouwd",
    "Effectief: eerste aanwijzingen",
    "Effectief: goede aanwijzingen",
    "Effectief: sterke aanwijzingen",
  ]);
});

test("the evidence: current step marked, the API's explanation, the date, Dutch research on its own line", () => {
  const model = evidenceModel(DETAIL.instrument.evidence);
  assert.equal(model.label, "Goed onderbouwd");
  assert.equal(model.stepText, "Trede 3 van 6");
  assert.deepEqual(model.steps.map((step) => (step.current ? "X" : step.reached ? "x" : ".")).join(""), "xxX...");
  assert.equal(model.explanation, "Een commissie vindt het goed onderbouwd.");
  assert.equal(model.recognisedOn, "1 maart 2021");
  assert.equal(model.research, "Onderzoek in Nederland: gemengd");
  assert.equal(model.researchNote, "UWV noemt de effecten bescheiden.");
});

test("'niet beoordeeld' never reads as 'werkt niet', also without the API's explanation", () => {
  const model = evidenceModel({ level: "niet-beoordeeld" });
  assert.equal(model.label, "Niet beoordeeld");
  assert.doesNotMatch(model.explanation, /werkt niet\b(?! )/);
  assert.match(model.explanation, /zegt niets over of het werkt/);
  assert.equal(model.recognisedOn, "", "no recognition date below the first recognised step");
  assert.equal(evidenceModel(null).level, "niet-beoordeeld");
  assert.equal(evidenceModel({ level: "iets-anders" }).level, "niet-beoordeeld");
});

test("a statutory instrument shows 'Wettelijk instrument' and the findings, no ladder", () => {
  const model = evidenceModel({ level: "niet-beoordeeld", statutory: true, dutchResearch: { code: "positief", label: "positief" }, researchNote: "CPB: positief." });
  assert.equal(model.label, "Wettelijk instrument");
  assert.deepEqual(model.steps, []);
  assert.match(model.explanation, /wettelijk instrument wordt niet erkend/i);
  assert.equal(model.research, "Onderzoek in Nederland: positief");
  assert.equal(researchLine(undefined), "Onderzoek in Nederland: onbekend");
});

test("averages only when the API gives them, else the count", () => {
  assert.equal(reviewSummaryText({ count: 4, average: 3.8 }), "3,8 van 5 (4 beoordelingen)");
  assert.equal(reviewSummaryText({ count: 2, average: null }), "Nog te weinig beoordelingen (2)");
  assert.equal(reviewSummaryText(undefined), "Nog te weinig beoordelingen (0)");
  assert.equal(ratingLine({ count: 1, average: null }), "Beoordeling door professionals: Nog te weinig beoordelingen (1)");
  assert.equal(ratingLine(null), null);
  assert.equal(formatScore(4), "4");
});

test("the whole instrument in words, reviews apart, only web links", () => {
  const model = instrumentModel(DETAIL);
  assert.equal(model.category, "Instrumenten richting werk");
  assert.equal(model.intensity, "2,5 uur per week");
  assert.equal(model.costs, "Gratis");
  assert.equal(model.reach, "Regionaal");
  assert.deepEqual(model.groupForms, ["In een groep"]);
  assert.deepEqual(model.links, [{ title: "Meer", href: "https://example.org/" }]);
  assert.equal(model.template.changed, true);
  assert.equal(model.professionalReviews.summary, "3,8 van 5 (4 beoordelingen)");
  assert.deepEqual(model.professionalReviews.averages.map((average) => `${average.label} ${average.text}`), ["Algemeen oordeel 3,8 van 5", "Resultaat voor de klant 3,5 van 5"]);
  assert.equal(model.professionalReviews.mine.id, "r1");
  assert.equal(model.clientReviews.summary, "Nog te weinig beoordelingen (2)");
  assert.equal(model.clientReviews.items[0].score, 5);
  assert.equal(scoresText(model.professionalReviews.items[0]), "Algemeen oordeel: 4 · resultaat voor de klant: 3 · uitvoering door de aanbieder: 5");
});

test("duration, costs and intensity from numbers when the API gives no words", () => {
  assert.equal(durationText(null, 1, "weken"), "1 week");
  assert.equal(durationText(null, 3, "maanden"), "3 maanden");
  assert.equal(durationText("Doorlopend", null, null), "Doorlopend");
  assert.equal(costsText(null, 1250), "€ 1.250 per klant");
  assert.equal(costsText(null, 0), "Gratis");
  assert.equal(costsText(null, null), "Kosten onbekend");
  assert.equal(intensityText(null), "");
});

test("facet codes get the vocabulary's labels, in its order; unknown codes stay readable", () => {
  const vocabulary = [
    { name: "leeftijd", label: "Leeftijd", values: [{ code: "22-26", label: "22 tot en met 26 jaar" }] },
    { name: "doel", label: "Werkt aan", values: [{ code: "scholing", label: "Scholing" }] },
  ];
  assert.deepEqual(facetLabels({ doel: ["scholing", "nieuw"], leeftijd: ["22-26"], taalniveau: [] }, vocabulary), [
    ["Leeftijd", ["22 tot en met 26 jaar"]],
    ["Werkt aan", ["Scholing", "nieuw"]],
  ]);
});

test("the B1 card has the six fixed headings; a missing answer says so in B1", () => {
  assert.deepEqual(B1_FIELDS.map(([, heading]) => heading), [
    "Wat is het?",
    "Voor wie?",
    "Wat ga je doen?",
    "Hoe lang?",
    "Wat levert het op?",
    "Kost het iets / houd ik mijn uitkering?",
  ]);
  const sections = b1Sections({ watIsHet: " Een training. ", voorWie: "" });
  assert.equal(sections.length, 6);
  assert.deepEqual(sections[0], { key: "watIsHet", heading: "Wat is het?", text: "Een training.", missing: false });
  assert.equal(sections[1].text, B1_MISSING);
  assert.equal(sections[1].missing, true);
});

test("review form rules: three scores 1–5, a text required at 1 or 5, at most 500", () => {
  assert.equal(textRequired("1"), true);
  assert.equal(textRequired(5), true);
  assert.equal(textRequired("3"), false);
  assert.equal(textRequired(""), false);
  assert.deepEqual([...reviewProblems({ general: "3", result: "4", execution: "2", text: "" }).keys()], []);
  assert.deepEqual([...reviewProblems({ general: "", result: "9", execution: "2" }).keys()], ["general", "result"]);
  assert.match(reviewProblems({ general: "5", result: "5", execution: "5", text: "  " }).get("text"), /1 of een 5/);
  assert.match(reviewProblems({ general: "4", result: "4", execution: "4", text: "x".repeat(501) }).get("text"), /1 teken te lang/);
  assert.deepEqual(reviewBody({ general: "5", result: "4", execution: "3", text: " Top " }), { general: 5, result: 4, execution: 3, text: "Top" });
  assert.deepEqual(reviewBody({ general: "2", result: "2", execution: "2", text: "" }).text, null);
  assert.deepEqual(reviewValues({ general: 4, result: 3, execution: 5, text: "Goed" }), { general: "4", result: "3", execution: "5", text: "Goed" });
  assert.deepEqual(reviewValues(null), { general: "", result: "", execution: "", text: "" });
});

test("a refused review: problems at their fields, personal data explained", () => {
  const invalid = reviewFailure(new ApiError(422, { detail: "De invoer klopt niet", errors: [{ field: "text", message: "Schrijf waarom." }, { field: "general", message: "Kies 1 tot 5." }] }));
  assert.equal(invalid.personal, false);
  assert.deepEqual(invalid.byField.get("text"), ["Schrijf waarom."]);
  assert.deepEqual(invalid.byField.get("general"), ["Kies 1 tot 5."]);
  const personal = reviewFailure(new ApiError(422, { type: "https://kenniskompas.nl/problemen/persoonsgegevens", errors: [{ field: "text", message: "Hier staat een telefoonnummer (teken 5 t/m 15)." }] }));
  assert.equal(personal.personal, true);
  assert.match(personal.message, /te herkennen/);
  assert.deepEqual(personal.byField.get("text"), ["Hier staat een telefoonnummer (teken 5 t/m 15)."]);
});

test("the client's review link is absolute, from this site's origin and the API's url", () => {
  assert.equal(reviewLinkUrl("https://kenniskompas.nl", "/#/beoordeel/abc"), "https://kenniskompas.nl/#/beoordeel/abc");
  assert.equal(reviewLinkUrl("http://localhost:8080/", "#/beoordeel/abc"), "http://localhost:8080/#/beoordeel/abc");
  assert.equal(reviewLinkUrl("http://x", "https://elders.nl/#/beoordeel/abc"), "https://elders.nl/#/beoordeel/abc");
});

test("comparing: one row per aspect, a cell per instrument, empty cells say so", () => {
  const a = instrumentModel(DETAIL);
  const b = instrumentModel({ instrument: { id: "i-2", name: "Budgetcursus", evidence: { level: "niet-beoordeeld", statutory: true } } });
  const rows = compareRows([a, b]);
  assert.deepEqual(rows.map((row) => row.label), COMPARE_ROWS.map(([, label]) => label));
  assert.deepEqual(rows.map((row) => row.label), [
    "Fase in de route",
    "Doel",
    "Doelgroep",
    "Instroomvoorwaarden",
    "Duur",
    "Intensiteit",
    "Kosten",
    "Wetenschappelijke onderbouwing",
    "Onderzoek in Nederland",
    "Beoordeling door professionals",
    "Aanbieder",
    "Locaties",
  ]);
  const row = (key) => rows.find((entry) => entry.key === key).cells;
  assert.deepEqual(row("onderbouwing"), ["Goed onderbouwd, erkend op 1 maart 2021", "Wettelijk instrument"]);
  assert.deepEqual(row("onderzoek"), ["gemengd", "onbekend"]);
  assert.deepEqual(row("instroom"), ["Niet bekend", "Niet bekend"]);
  assert.deepEqual(row("locaties"), ["Tiel, Online", "Niet bekend"]);
  assert.deepEqual(row("kosten"), ["Gratis", "Kosten onbekend"]);
});
