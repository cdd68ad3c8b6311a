import assert from "node:assert/strict";
import { test } from "node:test";
import {
  breakdownModels,
  breakdownSuppressionNote,
  idPart,
  mayMissMyVote,
  minimumGroupSizeOf,
  optionEntries,
  partModel,
  suppressionMessage,
  updateAnnouncement,
  visibleSignature,
} from "../src/js/stemoverzicht-model.js";

const OPTIONS = [{ id: "A", title: "Eerst werk" }, { id: "B", title: "Eerst scholing" }];
const shown = (a, b) => ({
  suppressed: false,
  total: a + b,
  options: [{ optionId: "A", count: a, percentage: Math.round((1000 * a) / (a + b)) / 10 }, { optionId: "B", count: b, percentage: Math.round((1000 * b) / (a + b)) / 10 }],
});
const HIDDEN = { suppressed: true, total: null, options: [] };

/** The API doc's example, filled in. */
const OVERVIEW = {
  caseId: "jeanne",
  revision: 42,
  minimumGroupSize: 5,
  organisation: { tenant: "gemeente-amsterdam", name: "Gemeente Amsterdam", ...shown(7, 5) },
  nationwide: shown(23, 17),
  breakdowns: [
    {
      dimension: "organisatietype",
      label: "Soort organisatie",
      groups: [
        { group: "GEMEENTE", label: "Gemeenten", ...shown(12, 8) },
        { group: "UWV", label: "UWV", ...HIDDEN },
      ],
    },
    { dimension: "functie", label: "Functie", groups: [{ group: "jobcoach", label: "Jobcoach", ...HIDDEN }, { group: "onbekend", label: "Onbekend", ...HIDDEN }] },
    { dimension: "jaren-in-het-vak", label: "Jaren in het vak", groups: [] },
  ],
};

test("the suppression text names the minimum group size from the answer", () => {
  assert.equal(suppressionMessage(minimumGroupSizeOf(OVERVIEW)), "Minder dan 5 stemmen per keuze: niet getoond, zodat niemand een stem van een collega kan afleiden.");
  assert.equal(suppressionMessage(minimumGroupSizeOf({ minimumGroupSize: 10 })), "Minder dan 10 stemmen per keuze: niet getoond, zodat niemand een stem van een collega kan afleiden.");
  assert.equal(suppressionMessage(1), "Een keuze heeft nog geen stemmen: niet getoond, zodat niemand een stem van een collega kan afleiden.");
  assert.equal(minimumGroupSizeOf({}), 5, "an answer without it gets the API's default");
  assert.equal(minimumGroupSizeOf({ minimumGroupSize: 0 }), 5);
});

test("under a table with two or more hidden groups, the note says a bigger group may be hidden too", () => {
  assert.equal(breakdownSuppressionNote(5, 1), suppressionMessage(5));
  assert.match(breakdownSuppressionNote(5, 2), /^Minder dan 5 stemmen per keuze: .* Soms laten we ook een grotere groep niet zien\./);
});

test("a part is shown with a row per option of the case, or suppressed without numbers", () => {
  assert.deepEqual(partModel(OVERVIEW.nationwide, OPTIONS), {
    suppressed: false,
    total: 40,
    entries: [{ optionId: "A", count: 23, percentage: 57.5 }, { optionId: "B", count: 17, percentage: 42.5 }],
  });
  assert.deepEqual(partModel({ suppressed: true, total: null, options: [] }, OPTIONS), { suppressed: true, total: null, entries: [] });
  assert.equal(partModel(null, OPTIONS), null);
});

test("options come in the case's order, a missing one as 0, an unknown one after them", () => {
  const entries = optionEntries(OPTIONS, [{ optionId: "C", count: 1, percentage: 50 }, { optionId: "B", count: 1, percentage: 50 }]);
  assert.deepEqual(entries.map((entry) => [entry.optionId, entry.count]), [["A", 0], ["B", 1], ["C", 1]]);
});

test("breakdowns keep the server's order of dimensions and groups and count the suppressed groups", () => {
  const models = breakdownModels(OVERVIEW, OPTIONS);
  assert.deepEqual(models.map((model) => [model.dimension, model.label, model.suppressedCount, model.groups.length]), [
    ["organisatietype", "Soort organisatie", 1, 2],
    ["functie", "Functie", 2, 2],
    ["jaren-in-het-vak", "Jaren in het vak", 0, 0],
  ]);
  const [gemeenten, uwv] = models[0].groups;
  assert.deepEqual(gemeenten, {
    group: "GEMEENTE",
    label: "Gemeenten",
    suppressed: false,
    total: 20,
    entries: [{ optionId: "A", count: 12, percentage: 60 }, { optionId: "B", count: 8, percentage: 40 }],
  });
  assert.deepEqual(uwv, { group: "UWV", label: "UWV", suppressed: true, total: null, entries: [] });
});

test("an answer without breakdowns (an older server) or with broken entries gives none", () => {
  assert.deepEqual(breakdownModels({ ...OVERVIEW, breakdowns: undefined }, OPTIONS), []);
  assert.deepEqual(breakdownModels({ breakdowns: [null, { label: "x" }] }, OPTIONS), []);
  const [model] = breakdownModels({ breakdowns: [{ dimension: "functie", groups: [{ label: "geen code" }, { group: "jobcoach", ...HIDDEN }] }] }, OPTIONS);
  assert.equal(model.label, "functie");
  assert.deepEqual(model.groups.map((group) => [group.group, group.label]), [["jobcoach", "jobcoach"]]);
});

test("only visible changes change the signature: a vote inside a suppressed group does not", () => {
  const before = visibleSignature(OVERVIEW, OPTIONS);
  assert.equal(visibleSignature({ ...OVERVIEW, revision: 43 }, OPTIONS), before);
  const moreNationwide = { ...OVERVIEW, revision: 44, nationwide: shown(24, 17) };
  assert.notEqual(visibleSignature(moreNationwide, OPTIONS), before);
  const uwvShown = structuredClone(OVERVIEW);
  uwvShown.breakdowns[0].groups[1] = { group: "UWV", label: "UWV", ...shown(5, 5) };
  assert.notEqual(visibleSignature(uwvShown, OPTIONS), before);
});

test("an update announces the national total only when it may be shown", () => {
  assert.equal(updateAnnouncement(OVERVIEW, OPTIONS), "De uitslag is bijgewerkt. Landelijk zijn er nu 40 stemmen.");
  assert.equal(updateAnnouncement({ ...OVERVIEW, nationwide: HIDDEN }, OPTIONS), "De uitslag is bijgewerkt.");
});

test("the 'not counted yet' warning needs visible numbers of my organisation", () => {
  const noVoteForB = { organisation: { suppressed: false, options: [{ optionId: "A", count: 5 }, { optionId: "B", count: 0 }] } };
  assert.equal(mayMissMyVote(noVoteForB, "B"), true);
  assert.equal(mayMissMyVote(noVoteForB, "A"), false);
  assert.equal(mayMissMyVote({ organisation: HIDDEN }, "B"), false, "suppressed numbers cannot tell");
  assert.equal(mayMissMyVote({}, "B"), false);
});

test("group codes become safe id parts", () => {
  assert.equal(idPart("20+"), "20-");
  assert.equal(idPart("re-integratiecoach"), "re-integratiecoach");
});
