import assert from "node:assert/strict";
import { test } from "node:test";
import {
  CLIENT_SCORES,
  clientCounter,
  clientReviewBody,
  clientReviewProblems,
  clientSendFailure,
  filterByName,
  fold,
  linkFailure,
  publicCatalogue,
  publicKeuzehulpHref,
  reviewPageHref,
  shownText,
} from "../src/js/keuzehulp-publiek.js";
import { ApiError } from "../src/js/problems.js";
import { PUBLIC_ROUTES, isPublicRoute, parseRoute } from "../src/js/routes.js";

const ANSWER = {
  organisation: "Werkzaak Rivierenland",
  items: [
    { id: "a", name: "Beroepsoriëntatie", category: { code: "verrijking-klantbeeld", label: "Verrijking klantbeeld" }, b1: { watIsHet: "Je ontdekt welk werk bij je past." } },
    { id: "b", name: "Budgetcursus", category: { code: "praktische-problemen", label: "Oplossen van praktische problemen" }, b1: {} },
    { id: "c", name: "", b1: {} },
  ],
};

test("public routes skip sign-in; the others do not", () => {
  assert.deepEqual(parseRoute(publicKeuzehulpHref("werkzaak-rivierenland")), { name: "publiek-keuzehulp", tenant: "werkzaak-rivierenland" });
  assert.deepEqual(parseRoute(reviewPageHref("Ab_c-12")), { name: "beoordeel", token: "Ab_c-12" });
  assert.deepEqual(PUBLIC_ROUTES, ["publiek-keuzehulp", "beoordeel"]);
  assert.equal(isPublicRoute(parseRoute("#/publiek/uwv/keuzehulp")), true);
  assert.equal(isPublicRoute(parseRoute("#/beoordeel/abc")), true);
  for (const hash of ["#/", "#/keuzehulp", "#/keuzehulp/abc", "#/keuzehulp/abc/samen", "#/keuzehulp/beheer", "#/publiek/uwv", "#/beoordeel"]) {
    assert.equal(isPublicRoute(parseRoute(hash)), false, hash);
  }
});

test("the public answer as B1 cards with the six headings; nameless items are left out", () => {
  const catalogue = publicCatalogue(ANSWER);
  assert.equal(catalogue.organisation, "Werkzaak Rivierenland");
  assert.deepEqual(catalogue.items.map((item) => item.name), ["Beroepsoriëntatie", "Budgetcursus"]);
  assert.equal(catalogue.items[0].category, "Verrijking klantbeeld");
  assert.equal(catalogue.items[0].sections.length, 6);
  assert.equal(catalogue.items[0].sections[0].text, "Je ontdekt welk werk bij je past.");
  assert.deepEqual(publicCatalogue(null), { organisation: "", items: [] });
});

test("search in the page: by name, every word, accents and case ignored", () => {
  const { items } = publicCatalogue(ANSWER);
  assert.deepEqual(filterByName(items, "beroepsorientatie").map((item) => item.id), ["a"]);
  assert.deepEqual(filterByName(items, "BUDGET cursus").map((item) => item.id), ["b"]);
  assert.deepEqual(filterByName(items, "  ").map((item) => item.id), ["a", "b"]);
  assert.deepEqual(filterByName(items, "taal"), []);
  assert.equal(fold("Oriëntatie"), "orientatie");
  assert.equal(shownText(1, 2, "budget"), "Je ziet 1 van de 2.");
  assert.equal(shownText(0, 2, "taal"), "We vinden niets met 'taal'. Probeer een ander woord.");
  assert.equal(shownText(2, 2, ""), "Er staan 2 mogelijkheden op deze pagina.");
});

test("the client's review: one score 1–5 with words, an optional text of at most 300", () => {
  assert.deepEqual(CLIENT_SCORES.map(([score]) => score), [1, 2, 3, 4, 5]);
  assert.ok(CLIENT_SCORES.every(([, words]) => words.length > 0));
  assert.deepEqual([...clientReviewProblems({ score: "4", text: "" }).keys()], []);
  assert.deepEqual([...clientReviewProblems({ score: "", text: "" }).keys()], ["score"]);
  assert.match(clientReviewProblems({ score: "3", text: "x".repeat(302) }).get("text"), /2 tekens/);
  assert.deepEqual(clientReviewBody({ score: "5", text: "  Fijn  " }), { score: 5, text: "Fijn" });
  assert.deepEqual(clientReviewBody({ score: "2", text: "" }), { score: 2, text: null });
  assert.deepEqual(clientCounter("abc"), { text: "3 / 300 tekens", over: false });
  assert.equal(clientCounter("x".repeat(301)).over, true);
});

test("a link that does not work is explained kindly: used, expired, unknown", () => {
  const used = linkFailure(new ApiError(410, { type: "https://kenniskompas.nl/problemen/link-gebruikt" }));
  assert.equal(used.kind, "gebruikt");
  assert.match(used.message, /al een beoordeling gegeven/);
  const expired = linkFailure(new ApiError(410, { type: "https://kenniskompas.nl/problemen/link-verlopen" }));
  assert.equal(expired.kind, "verlopen");
  assert.match(expired.message, /nieuwe link/);
  assert.equal(linkFailure(new ApiError(404, {})).kind, "onbekend");
  assert.equal(linkFailure(new ApiError(503, {})).kind, "fout");
});

test("a refused client review: the guard in B1 next to the text, a used link as a refusal", () => {
  const personal = clientSendFailure(new ApiError(422, { type: "x/persoonsgegevens", errors: [{ field: "text", message: "Hier staat een e-mailadres (teken 1 t/m 12)." }] }));
  assert.equal(personal.kind, "persoonsgegevens");
  assert.match(personal.byField.get("text")[0], /te herkennen/);
  const invalid = clientSendFailure(new ApiError(422, { errors: [{ field: "score", message: "Geef een cijfer van 1 tot en met 5." }] }));
  assert.deepEqual(invalid.byField.get("score"), ["Geef een cijfer van 1 tot en met 5."]);
  assert.equal(clientSendFailure(new ApiError(410, { type: "link-gebruikt" })).kind, "gebruikt");
});
