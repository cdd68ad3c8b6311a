import assert from "node:assert/strict";
import { test } from "node:test";
import {
  formatDay,
  isDay,
  kopkrakerName,
  parsePeriod,
  percentText,
  periodProblems,
  periodText,
  rapportageHref,
  reportTables,
  totalsText,
} from "../src/js/rapportage-model.js";

const REPORT = {
  from: "2026-01-01",
  to: "2026-12-31",
  respondents: 23,
  dilemmas: 37,
  functions: [
    { code: "klantmanager", label: "Klantmanager", count: 8, percentage: 35 },
    { code: null, label: "Niet ingevuld", count: 0, percentage: 0 },
  ],
  educationLevels: [{ code: "hbo-wo-bachelor", label: "HBO, WO bachelor", count: 12, percentage: 52 }],
  yearsInField: [{ code: "20+", label: "Meer dan 20 jaar", count: 3, percentage: 13 }],
  knowledgeSources: [{ code: "eigen-ervaring", label: "Mijn eigen ervaring", count: 36, percentage: 97 }],
  themes: [
    { code: "betaald-werk-haalbaar", label: "Is betaald werk haalbaar?", count: 6, percentage: 16, kopkrakers: ["kk-4", 5, ""] },
    { code: null, label: "Nog geen thema", count: 3, percentage: 8, kopkrakers: [] },
  ],
};

test("only real days are kept from the hash; the period round-trips", () => {
  assert.deepEqual(parsePeriod("van=2026-01-01&tot=2026-12-31"), { van: "2026-01-01", tot: "2026-12-31" });
  assert.deepEqual(parsePeriod("van=2026-02-30&tot=gisteren&x=1"), {});
  assert.deepEqual(parsePeriod(""), {});
  assert.equal(rapportageHref({ van: "2026-01-01", tot: "2026-12-31" }), "#/praktijkdilemmas/rapportage?van=2026-01-01&tot=2026-12-31");
  assert.equal(rapportageHref({ van: "", tot: "2026-12-31" }), "#/praktijkdilemmas/rapportage?tot=2026-12-31");
  assert.equal(rapportageHref({}), "#/praktijkdilemmas/rapportage");
  assert.equal(isDay("2024-02-29"), true);
  assert.equal(isDay("2026-2-1"), false);
});

test("a period that ends before it starts, or a half-typed date, is caught before asking", () => {
  assert.deepEqual(periodProblems({ van: "2026-12-31", tot: "2026-01-01" }).tot.length, 1);
  assert.deepEqual(periodProblems({ van: "2026-01-01", tot: "2026-01-01" }), { van: [], tot: [] });
  assert.deepEqual(periodProblems({ van: "", tot: "" }, { van: true }).van.length, 1);
});

test("the period in words", () => {
  assert.equal(formatDay("2026-01-31"), "31 januari 2026");
  assert.equal(periodText("2026-01-01", "2026-12-31"), "Van 1 januari 2026 tot en met 31 december 2026");
  assert.equal(periodText("2026-01-01", null), "Vanaf 1 januari 2026");
  assert.equal(periodText(null, "2026-12-31"), "Tot en met 31 december 2026");
  assert.equal(periodText(null, null), "Alle ingestuurde dilemma's tot nu toe");
});

test("the tables come in TNO's order with what 100% is", () => {
  const tables = reportTables(REPORT);
  assert.deepEqual(tables.map((table) => table.key), ["functies", "opleiding", "jaren", "bronnen", "themas"]);
  assert.match(tables[0].caption, /^Tabel 1/);
  assert.match(tables[3].caption, /^Tabel 2/);
  assert.match(tables[4].caption, /^Tabel 3/);
  assert.match(tables[0].basis, /23 respondenten/);
  assert.match(tables[3].basis, /37 dilemma's/);
  assert.match(tables[3].basis, /meer dan 100%/, "several sources per dilemma");
  assert.equal(tables[4].withKopkrakers, true);
});

test("rows keep the API's numbers; the 'not answered' row gets its own key; Kopkraker ids are cleaned", () => {
  const [functions, , , , themes] = reportTables(REPORT);
  assert.deepEqual(functions.rows[0], {
    code: "klantmanager",
    key: "klantmanager",
    testId: "rapportage-functies-klantmanager",
    label: "Klantmanager",
    count: 8,
    percentage: 35,
    empty: false,
    kopkrakers: [],
  });
  assert.equal(functions.rows[1].testId, "rapportage-functies-geen");
  assert.equal(functions.rows[1].empty, true);
  assert.deepEqual(themes.rows[0].kopkrakers, ["kk-4"]);
  assert.deepEqual(reportTables({}).every((table) => table.rows.length === 0), true);
});

test("totals and percentages in words", () => {
  assert.equal(totalsText(REPORT), "23 respondenten (ingestuurde formulieren) met 37 dilemma's.");
  assert.equal(totalsText({ respondents: 1, dilemmas: 1 }), "1 respondent (ingestuurde formulieren) met 1 dilemma.");
  assert.equal(totalsText({ respondents: 0, dilemmas: 0 }), "In deze periode is nog geen dilemma ingestuurd.");
  assert.equal(percentText(35), "35%");
  assert.equal(percentText(undefined), "0%");
});

test("a Kopkraker is named by number and title when the list knows it", () => {
  const known = new Map([["olivier", { id: "olivier", number: 7, title: "Olivier" }]]);
  assert.equal(kopkrakerName("olivier", known), "Kopkraker 7: Olivier");
  assert.equal(kopkrakerName("kk-4", known), "kk-4");
});
