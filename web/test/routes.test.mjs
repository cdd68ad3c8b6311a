import assert from "node:assert/strict";
import { test } from "node:test";
import {
  PRAKTIJKDILEMMA_HREF,
  PRAKTIJKDILEMMAS_HREF,
  PROFIEL_HREF,
  RAPPORTAGE_DILEMMAS_HREF,
  hasFilters,
  homeHref,
  inboxHref,
  isRouteHash,
  kopkrakerHref,
  parseFilters,
  parseRoute,
  rapportageHref,
  redactieHref,
} from "../src/js/routes.js";

test("home and case routes are recognised", () => {
  assert.deepEqual(parseRoute(""), { name: "home", filters: {} });
  assert.deepEqual(parseRoute("#/"), { name: "home", filters: {} });
  assert.deepEqual(parseRoute("#/kopkrakers/jeanne"), { name: "kopkraker", id: "jeanne" });
  assert.deepEqual(parseRoute("#/kopkrakers/jeanne/"), { name: "kopkraker", id: "jeanne" });
  assert.equal(parseRoute("#/onbekend").name, "not-found");
});

test("case links round-trip through the router", () => {
  assert.deepEqual(parseRoute(kopkrakerHref("a b")), { name: "kopkraker", id: "a b" });
});

test("archive filters live in the home hash and round-trip", () => {
  const filters = { thema: "Motivatie en zelfvertrouwen", begrip: "eigen-effectiviteit", doelgroep: "UWV", uitkering: "WW", zoek: "jeanne & co" };
  const href = homeHref(filters);
  assert.match(href, /^#\/\?thema=/);
  assert.deepEqual(parseRoute(href), { name: "home", filters });
  assert.equal(homeHref({}), "#/");
  assert.equal(homeHref({ zoek: "  " }), "#/");
});

test("unknown and empty filter parameters are dropped, long ones cut", () => {
  assert.deepEqual(parseFilters("thema=&onbekend=x&zoek=+werk+"), { zoek: "werk" });
  assert.equal(parseFilters(`zoek=${"a".repeat(300)}`).zoek.length, 100);
  assert.equal(hasFilters({}), false);
  assert.equal(hasFilters({ uitkering: "WW" }), true);
});

test("mijn keuzes, mijn profiel and the editor routes", () => {
  assert.deepEqual(parseRoute("#/mijn-keuzes"), { name: "mijn-keuzes" });
  assert.deepEqual(parseRoute(PROFIEL_HREF), { name: "profiel" });
  assert.deepEqual(parseRoute("#/profiel/"), { name: "profiel" });
  assert.deepEqual(parseRoute("#/redactie"), { name: "redactie" });
  assert.deepEqual(parseRoute(redactieHref()), { name: "redactie-editor", id: null });
  assert.deepEqual(parseRoute(redactieHref("ans-13")), { name: "redactie-editor", id: "ans-13" });
  assert.equal(parseRoute("#/redactie/a/b").name, "not-found");
});

test("in-page anchors such as the skip link are not routes", () => {
  assert.equal(isRouteHash("#main"), false);
  assert.equal(isRouteHash("#/"), true);
  assert.equal(isRouteHash(""), true);
});

test("moderatie and the redactie's proposals have routes of their own", () => {
  assert.deepEqual(parseRoute("#/moderatie"), { name: "moderatie" });
  assert.deepEqual(parseRoute("#/derde-opties"), { name: "derde-opties" });
});

test("the praktijkdilemma routes: the form, the inbox with its filters, the report with its period", () => {
  assert.deepEqual(parseRoute(PRAKTIJKDILEMMA_HREF), { name: "praktijkdilemma" });
  assert.deepEqual(parseRoute("#/praktijkdilemma/"), { name: "praktijkdilemma" });
  assert.deepEqual(parseRoute(PRAKTIJKDILEMMAS_HREF), { name: "praktijkdilemmas", filters: {} });
  assert.deepEqual(parseRoute(inboxHref({ status: "NIEUW", zoek: "PD-0042", pagina: 2 })), {
    name: "praktijkdilemmas",
    filters: { status: "NIEUW", zoek: "PD-0042", pagina: 2 },
  });
  assert.deepEqual(parseRoute(RAPPORTAGE_DILEMMAS_HREF), { name: "praktijkdilemmas-rapportage", period: {} });
  assert.deepEqual(parseRoute(rapportageHref({ van: "2026-01-01", tot: "2026-12-31" })), {
    name: "praktijkdilemmas-rapportage",
    period: { van: "2026-01-01", tot: "2026-12-31" },
  });
  assert.equal(parseRoute("#/praktijkdilemmas/PD-0042").name, "not-found");
});
