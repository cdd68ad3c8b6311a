import assert from "node:assert/strict";
import { test } from "node:test";
import {
  countText,
  dilemmaModel,
  hasInboxFilters,
  inboxHref,
  inboxQuery,
  moveCount,
  pageCount,
  parseInboxQuery,
  statusTabs,
  stepsFrom,
  usedText,
} from "../src/js/praktijkdilemmas-model.js";

const ITEM = {
  id: "PD-0042",
  organisation: { id: "uwv", name: "UWV", type: "UWV" },
  receivedOn: "2026-11-26",
  function: { code: "anders", label: "Anders" },
  functionOther: "Werkconsulent",
  educationLevel: null,
  yearsInField: { code: "10-15", label: "10–15 jaar" },
  problem: "Wat moest worden opgelost?",
  approach1: "Eerst een plan",
  approach2: "Eerst de schulden",
  knowledgeSources: [{ code: "eigen-ervaring", label: "Mijn eigen ervaring" }, { code: "anders", label: "Anders" }],
  otherKnowledgeSource: "Een webinar",
  chosenApproach: 2,
  remark: null,
  sameSubmission: ["PD-0041"],
  theme: { code: "juridisch", label: "Juridisch" },
  status: { code: "GEBRUIKT", label: "Gebruikt voor een Kopkraker" },
  reason: null,
  kopkrakers: [{ caseId: "olivier", number: 7, title: "Olivier" }],
  history: [{ at: "2026-11-26T10:00:00Z", by: "Rita Visser", change: "Thema: Juridisch" }],
};

test("the filters live in the hash and round-trip; the page is 1-based there and 0-based for the API", () => {
  const filters = { status: "NIEUW", thema: "juridisch", organisatie: "uwv", zoek: "PD-0042", pagina: 3 };
  const href = inboxHref(filters);
  assert.equal(href, "#/praktijkdilemmas?status=NIEUW&thema=juridisch&organisatie=uwv&zoek=PD-0042&pagina=3");
  assert.deepEqual(parseInboxQuery(href.split("?")[1]), filters);
  assert.equal(inboxHref({}), "#/praktijkdilemmas");
  assert.equal(inboxHref({ pagina: 1 }), "#/praktijkdilemmas");
  assert.deepEqual(inboxQuery(filters), { status: "NIEUW", thema: "juridisch", organisatie: "uwv", zoek: "PD-0042", pagina: "2", per: "20" });
  assert.deepEqual(inboxQuery({}), { pagina: "0", per: "20" });
});

test("an unknown status, an empty filter or a bad page from a shared link is dropped", () => {
  assert.deepEqual(parseInboxQuery("status=KAPOT&thema=&pagina=nul&x=1&zoek=+werk+"), { zoek: "werk" });
  assert.deepEqual(parseInboxQuery("pagina=-2"), {});
  assert.equal(parseInboxQuery(`zoek=${"a".repeat(300)}`).zoek.length, 100);
  assert.equal(hasInboxFilters({ status: "NIEUW" }), false, "the status is a tab, not a filter");
  assert.equal(hasInboxFilters({ organisatie: "uwv" }), true);
});

test("the tabs: 'Alle' with the sum, then each status with its count and a short name", () => {
  const tabs = statusTabs(
    { NIEUW: 5, IN_BEHANDELING: 4, GEBRUIKT: 2, NIET_GEBRUIKT: 1 },
    [
      { code: "NIEUW", label: "Nieuw" },
      { code: "IN_BEHANDELING", label: "In behandeling" },
      { code: "GEBRUIKT", label: "Gebruikt voor een Kopkraker" },
      { code: "NIET_GEBRUIKT", label: "Niet gebruikt" },
    ],
  );
  assert.deepEqual(tabs, [
    { code: null, label: "Alle", count: 12 },
    { code: "NIEUW", label: "Nieuw", count: 5 },
    { code: "IN_BEHANDELING", label: "In behandeling", count: 4 },
    { code: "GEBRUIKT", label: "Gebruikt", count: 2 },
    { code: "NIET_GEBRUIKT", label: "Niet gebruikt", count: 1 },
  ]);
  assert.deepEqual(statusTabs({}).map((tab) => tab.count), [0, 0, 0, 0, 0]);
});

test("a status change moves one from one count to the other", () => {
  assert.deepEqual(moveCount({ NIEUW: 1, IN_BEHANDELING: 0 }, "NIEUW", "IN_BEHANDELING"), { NIEUW: 0, IN_BEHANDELING: 1 });
  assert.deepEqual(moveCount({ NIEUW: 0 }, "NIEUW", "NIEUW"), { NIEUW: 0 });
  assert.deepEqual(moveCount({}, "NIEUW", "NIET_GEBRUIKT"), { NIEUW: 0, NIET_GEBRUIKT: 1 });
});

test("the status steps: never to 'gebruikt', and none once used", () => {
  assert.deepEqual(stepsFrom("NIEUW"), ["IN_BEHANDELING", "NIET_GEBRUIKT"]);
  assert.deepEqual(stepsFrom("IN_BEHANDELING"), ["NIEUW", "NIET_GEBRUIKT"]);
  assert.deepEqual(stepsFrom("NIET_GEBRUIKT"), ["IN_BEHANDELING", "NIEUW"]);
  assert.deepEqual(stepsFrom("GEBRUIKT"), []);
});

test("one dilemma as the inbox shows it", () => {
  const model = dilemmaModel(ITEM);
  assert.equal(model.id, "PD-0042");
  assert.equal(model.organisation, "UWV");
  assert.deepEqual(model.background, [
    ["Functie", "Anders: Werkconsulent"],
    ["Opleiding", "Niet ingevuld"],
    ["Jaren in het vak", "10–15 jaar"],
  ]);
  assert.deepEqual(model.approaches.map((approach) => approach.chosen), [false, true]);
  assert.deepEqual(model.sources, ["Mijn eigen ervaring", "Anders: Een webinar"]);
  assert.deepEqual(model.sameSubmission, ["PD-0041"]);
  assert.equal(model.theme, "juridisch");
  assert.equal(model.status, "GEBRUIKT");
  assert.deepEqual(model.used, [{ caseId: "olivier", text: "Gebruikt voor Kopkraker 7 'Olivier'" }]);
  assert.deepEqual(model.steps, []);
  assert.equal(model.history[0].by, "Rita Visser");
});

test("a sparse item still renders", () => {
  const model = dilemmaModel({ id: "PD-0001" });
  assert.equal(model.status, "NIEUW");
  assert.deepEqual(model.steps, ["IN_BEHANDELING", "NIET_GEBRUIKT"]);
  assert.equal(model.background[0][1], "Niet ingevuld");
  assert.deepEqual(model.sources, []);
  assert.equal(usedText({}), "Gebruikt voor Kopkraker");
});

test("counts and pages", () => {
  assert.equal(countText(0, false), "Er zijn nog geen dilemma's ingestuurd.");
  assert.equal(countText(0, true), "Geen dilemma's gevonden met deze filters.");
  assert.equal(countText(1), "1 dilemma");
  assert.equal(countText(12), "12 dilemma's");
  assert.equal(pageCount(0), 1);
  assert.equal(pageCount(20), 1);
  assert.equal(pageCount(21), 2);
});
