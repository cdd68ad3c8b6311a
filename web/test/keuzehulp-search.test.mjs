import assert from "node:assert/strict";
import { test } from "node:test";
import {
  COMPARE_MAX,
  FACET_GROUPS,
  chosenChips,
  clearedFilters,
  compareHref,
  compareLinkText,
  facetGroups,
  filterCount,
  groupOf,
  hasFilters,
  instrumentHref,
  keuzehulpHref,
  pageCount,
  parseCompareQuery,
  parseCompareSelection,
  parseKeuzehulpQuery,
  resultCountText,
  searchQuery,
  splitCodes,
  toggleCompare,
  toggleValue,
  valueText,
  withPage,
  withSearch,
  withSorting,
  withoutParameters,
} from "../src/js/keuzehulp-search.js";
import { parseRoute } from "../src/js/routes.js";

/** The API's facets as the search answers them (a few values each). */
const FACETS = [
  { name: "categorie", label: "Fase in de route", kind: "route", values: [{ code: "richting-werk", label: "Instrumenten richting werk", count: 7, selected: false }] },
  {
    name: "leeftijd",
    label: "Leeftijd",
    kind: "klant",
    values: [
      { code: "16-18", label: "16 tot en met 18 jaar", count: 0, selected: false },
      { code: "22-26", label: "22 tot en met 26 jaar", count: 4, selected: true },
    ],
  },
  { name: "aandachtspunt", label: "Aandachtspunten", kind: "klant", values: [{ code: "schulden", label: "Schulden", count: 12, selected: false }] },
  {
    name: "doel",
    label: "Werkt aan",
    kind: "doel",
    values: [
      { code: "scholing", label: "Scholing", count: 3, selected: true },
      { code: "zoeken-solliciteren", label: "Zoeken en solliciteren", count: 4, selected: true },
      { code: "netwerk", label: "Sociale steun en netwerk", count: 0, selected: false },
    ],
  },
  { name: "werkwijze", label: "Werkwijze uit een Kopkraker", kind: "werkwijze", values: [{ code: "sturende-begeleiding", label: "Sturende begeleiding", count: 1, selected: false }] },
  { name: "erkenning", label: "Wetenschappelijke onderbouwing", kind: "afgeleid", values: [{ code: "goed-onderbouwd", label: "Goed onderbouwd", count: 2, selected: false }] },
  { name: "kosten", label: "Kosten per klant", kind: "afgeleid", values: [{ code: "gratis", label: "Gratis", count: 5, selected: false }] },
  { name: "vorm", label: "Vorm", kind: "praktisch", values: [{ code: "groep", label: "In een groep", count: 2, selected: false }] },
  { name: "locatie", label: "Locatie", kind: "locatie", values: [{ code: "Tiel", label: "Tiel", count: 6, selected: false }] },
];

test("the filters live in the hash: the brief's example reads back exactly", () => {
  const state = parseKeuzehulpQuery("leeftijd=22-26&doel=scholing,zoeken-solliciteren&zoek=taal");
  assert.deepEqual(state, { filters: { leeftijd: ["22-26"], doel: ["scholing", "zoeken-solliciteren"] }, zoek: "taal" });
  assert.equal(keuzehulpHref(state), "#/keuzehulp?leeftijd=22-26&doel=scholing,zoeken-solliciteren&zoek=taal");
  assert.deepEqual(parseRoute(keuzehulpHref(state)), { name: "keuzehulp", state });
});

test("URL ↔ filters round-trip: sorting and page, spaces and odd characters, the facet order of the API", () => {
  const state = { filters: { locatie: ["Den Bosch", "Online"], doel: ["scholing"] }, zoek: "taal & rekenen", sortering: "erkenning", pagina: 3 };
  const order = FACETS.map((facet) => facet.name);
  const href = keuzehulpHref(state, order);
  assert.equal(href, "#/keuzehulp?doel=scholing&locatie=Den%20Bosch,Online&zoek=taal%20%26%20rekenen&sortering=erkenning&pagina=3");
  assert.deepEqual(parseRoute(href).state, { filters: { doel: ["scholing"], locatie: ["Den Bosch", "Online"] }, zoek: "taal & rekenen", sortering: "erkenning", pagina: 3 });
  assert.equal(keuzehulpHref({ filters: {} }), "#/keuzehulp");
  assert.equal(keuzehulpHref({ filters: {}, sortering: "naam", pagina: 1 }), "#/keuzehulp", "defaults are left out");
});

test("reading a link: repeated parameters merge, empty ones and the app's own `per` are dropped, doubles once", () => {
  assert.deepEqual(parseKeuzehulpQuery("doel=scholing&doel=netwerk,scholing&leeftijd=&per=100&pagina=0&sortering=naam&zoek=+"), {
    filters: { doel: ["scholing", "netwerk"] },
  });
  assert.deepEqual(splitCodes(" a, ,b,a "), ["a", "b"]);
  assert.equal(parseKeuzehulpQuery(`zoek=${"x".repeat(150)}`).zoek.length, 100);
});

test("unknown facets and values are kept for the API, which names them in its 422", () => {
  const state = parseKeuzehulpQuery("kleur=rood&leeftijd=22-26,99-100");
  assert.deepEqual(state.filters, { kleur: ["rood"], leeftijd: ["22-26", "99-100"] });
  assert.match(searchQuery(state), /kleur=rood/);
  // "Verder zonder deze filters" drops what the API named.
  assert.deepEqual(withoutParameters({ ...state, sortering: "x", pagina: 2 }, ["kleur", "sortering"]), { filters: { leeftijd: ["22-26", "99-100"] }, pagina: 2 });
});

test("the API's query: comma-separated codes, 0-based page, the page size", () => {
  const query = new URLSearchParams(searchQuery({ filters: { doel: ["scholing", "zoeken-solliciteren"] }, zoek: " taal ", sortering: "beoordeling", pagina: 2 }, 24));
  assert.equal(query.get("doel"), "scholing,zoeken-solliciteren");
  assert.equal(query.get("zoek"), "taal");
  assert.equal(query.get("sortering"), "beoordeling");
  assert.equal(query.get("pagina"), "1");
  assert.equal(query.get("per"), "24");
  assert.equal(new URLSearchParams(searchQuery({ filters: {} })).get("pagina"), "0");
});

test("ticking and unticking: a facet without values disappears, any change starts at page 1", () => {
  let state = { filters: {}, pagina: 4 };
  state = toggleValue(state, "doel", "scholing", true);
  assert.deepEqual(state, { filters: { doel: ["scholing"] } });
  state = toggleValue(state, "doel", "netwerk", true);
  state = toggleValue(state, "doel", "scholing", true);
  assert.deepEqual(state.filters.doel, ["netwerk", "scholing"], "ticking twice adds once");
  state = toggleValue(toggleValue(state, "doel", "netwerk", false), "doel", "scholing", false);
  assert.deepEqual(state, { filters: {} });
  assert.deepEqual(withSearch({ filters: {}, pagina: 2 }, "  "), { filters: {} });
  assert.deepEqual(withSorting({ filters: {}, pagina: 2 }, "naam"), { filters: {} });
  assert.deepEqual(withPage({ filters: {} }, 1), { filters: {} });
  assert.deepEqual(clearedFilters({ filters: { doel: ["x"] }, zoek: "y", sortering: "erkenning", pagina: 3 }), { filters: {}, sortering: "erkenning" });
  assert.equal(filterCount({ filters: { a: ["1", "2"], b: ["3"] } }), 3);
  assert.equal(hasFilters({ filters: {}, zoek: "taal" }), true);
  assert.equal(hasFilters({ filters: {} }), false);
});

test("facets are grouped as the page shows them, in the group order", () => {
  const groups = facetGroups(FACETS, {});
  assert.deepEqual(groups.map((group) => group.title), ["Fase in de route", "Over de klant", "Werkt aan", "Werkwijze uit een Kopkraker", "Onderbouwing, duur en kosten", "Vorm en locatie"]);
  assert.deepEqual(groups[1].facets.map((facet) => facet.name), ["leeftijd", "aandachtspunt"]);
  assert.deepEqual(groups[5].facets.map((facet) => facet.name), ["vorm", "locatie"]);
  assert.equal(FACET_GROUPS.length, 6);
  // A facet the API adds later goes to its kind's group; an unknown kind to the last group. Kinds in capitals too.
  assert.equal(groupOf({ name: "nieuw", kind: "KLANT" }), "klant");
  assert.equal(groupOf({ name: "iets", kind: "anders" }), "praktisch");
});

test("a value with count 0 is disabled unless it is chosen; the count is in the label", () => {
  const groups = facetGroups(FACETS, { filters: { leeftijd: ["22-26"], doel: ["scholing", "zoeken-solliciteren"] } });
  const leeftijd = groups[1].facets[0];
  assert.deepEqual(leeftijd.values.map((value) => [value.code, value.checked, value.disabled, value.text]), [
    ["16-18", false, true, "16 tot en met 18 jaar (0)"],
    ["22-26", true, false, "22 tot en met 26 jaar (4)"],
  ]);
  assert.equal(leeftijd.chosen, 1);
  const netwerk = groups[2].facets[0].values.find((value) => value.code === "netwerk");
  assert.equal(netwerk.disabled, true);
  // Chosen with count 0 (a shared link): never disabled, so it can be switched off.
  const stuck = facetGroups([{ name: "vorm", label: "Vorm", kind: "praktisch", values: [{ code: "groep", label: "In een groep", count: 0, selected: true }] }], {});
  assert.equal(stuck[0].facets[0].values[0].disabled, false);
  assert.equal(valueText({ code: "schulden", label: "Schulden", count: 12 }), "Schulden (12)");
});

test("a chosen value the API does not list stays visible so it can be switched off", () => {
  const groups = facetGroups(FACETS, { filters: { locatie: ["Culemborg"] } });
  const locatie = groups.at(-1).facets.find((facet) => facet.name === "locatie");
  assert.deepEqual(locatie.values.at(-1), { code: "Culemborg", label: "Culemborg", count: 0, checked: true, disabled: false, text: "Culemborg (0)" });
});

test("chosen filters become chips with labels, each removing only itself", () => {
  const state = { filters: { doel: ["scholing"], leeftijd: ["22-26"] }, zoek: "taal" };
  const chips = chosenChips(FACETS, state);
  assert.deepEqual(chips.map((chip) => `${chip.facetLabel}: ${chip.label}`), ["Leeftijd: 22 tot en met 26 jaar", "Werkt aan: Scholing"]);
  assert.deepEqual(chips[0].next, { filters: { doel: ["scholing"] }, zoek: "taal" });
});

test("the announced count", () => {
  assert.equal(resultCountText(12, true), "12 instrumenten gevonden");
  assert.equal(resultCountText(1, false), "1 instrument gevonden");
  assert.match(resultCountText(0, true), /^Geen instrumenten gevonden met deze filters/);
  assert.match(resultCountText(0, false), /nog geen instrumenten/);
  assert.equal(pageCount(25, 24), 2);
  assert.equal(pageCount(0, 24), 1);
});

test("compare selection: at most three, a fourth is refused and changes nothing", () => {
  let ids = [];
  for (const id of ["a", "b", "c"]) ({ ids } = toggleCompare(ids, id, true));
  assert.deepEqual(ids, ["a", "b", "c"]);
  const fourth = toggleCompare(ids, "d", true);
  assert.deepEqual(fourth.ids, ["a", "b", "c"]);
  assert.match(fourth.refused, /hoogstens 3/);
  assert.deepEqual(toggleCompare(ids, "b", false), { ids: ["a", "c"], refused: null });
  assert.deepEqual(toggleCompare(ids, "a", true), { ids: ["a", "b", "c"], refused: null }, "ticking a chosen one again is no fourth");
  assert.equal(COMPARE_MAX, 3);
  assert.equal(compareLinkText(["a", "b"]), "Vergelijk (2)");
});

test("compare links and the stored selection", () => {
  assert.equal(compareHref(["a", "b c"]), "#/keuzehulp/vergelijk?ids=a,b%20c");
  assert.deepEqual(parseCompareQuery("ids=a,b,a,c,d"), ["a", "b", "c"]);
  assert.deepEqual(parseRoute(compareHref(["x", "y"])), { name: "keuzehulp-vergelijk", ids: ["x", "y"] });
  assert.deepEqual(parseCompareSelection('["a","a",3,"b"]'), ["a", "b"]);
  assert.deepEqual(parseCompareSelection("{kapot"), []);
  assert.deepEqual(parseCompareSelection(null), []);
  assert.equal(instrumentHref("id 1", "samen"), "#/keuzehulp/id%201/samen");
  assert.deepEqual(parseRoute(instrumentHref("id 1", "samen")), { name: "keuzehulp-samen", id: "id 1" });
});
