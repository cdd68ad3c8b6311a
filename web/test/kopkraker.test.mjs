import assert from "node:assert/strict";
import { test } from "node:test";
import { includesMyVote } from "../src/js/stemoverzicht-model.js";
import { OPTION_SECTIONS, PROFILE_ORDER, applyHref, changedAfterVote, safeHref, sortedProfile } from "../src/js/pages/kopkraker.js";

test("the profile is shown in the fixed order of the case format", () => {
  const shuffled = [...PROFILE_ORDER].reverse().map((field) => ({ field, label: field, value: "x" }));
  assert.deepEqual(sortedProfile(shuffled).map((entry) => entry.field), PROFILE_ORDER);
});

test("options have the four fixed section headings", () => {
  assert.deepEqual(OPTION_SECTIONS.map(([, title]) => title), [
    "Goed idee!",
    "Hoe werkt het?",
    "Waaruit blijkt dat het werkt?",
    "Let op",
  ]);
});

test("only web links become an href", () => {
  assert.equal(safeHref("https://example.org/a"), "https://example.org/a");
  assert.equal(safeHref("/keuzehulp?doel=motivatie"), "/keuzehulp?doel=motivatie");
  assert.equal(safeHref("javascript:alert(1)"), null);
  assert.equal(safeHref("//evil.example"), null);
  assert.equal(safeHref(""), null);
});

test("the overview counts my vote once my organisation has one for my option", () => {
  const overview = { organisation: { total: 1, options: [{ optionId: "A", count: 1, percentage: 100 }, { optionId: "B", count: 0, percentage: 0 }] } };
  assert.equal(includesMyVote(overview, "A"), true);
  assert.equal(includesMyVote(overview, "B"), false);
  assert.equal(includesMyVote({ organisation: null }, "A"), false);
});

test("after a change of vote the new option must have gained a vote", () => {
  const before = { organisation: { options: [{ optionId: "A", count: 3 }, { optionId: "B", count: 1 }] } };
  const stale = before;
  const moved = { organisation: { options: [{ optionId: "A", count: 2 }, { optionId: "B", count: 2 }] } };
  assert.equal(includesMyVote(stale, "B", before), false);
  assert.equal(includesMyVote(moved, "B", before), true);
});

test("a case changed after my vote when my vote is on an older version", () => {
  assert.equal(changedAfterVote({ version: 2 }, { caseVersion: 1 }), true);
  assert.equal(changedAfterVote({ version: 2 }, { caseVersion: 2 }), false);
  assert.equal(changedAfterVote({ version: 2 }, null), false);
  assert.equal(changedAfterVote(null, { caseVersion: 1 }), false);
  assert.equal(changedAfterVote({ version: 3 }, {}), false);
});

test("'Deze werkwijze toepassen?' opens the own Keuzehulp filtered on the option's ways of working, else the link", () => {
  assert.equal(applyHref({ werkwijzen: ["sturende-begeleiding", "grip-op-geld"], applyUrl: "https://example.org" }), "#/keuzehulp?werkwijze=sturende-begeleiding,grip-op-geld");
  assert.equal(applyHref({ werkwijzen: [], applyUrl: "https://example.org/x" }), "https://example.org/x");
  assert.equal(applyHref({ applyUrl: "javascript:alert(1)" }), null);
});
