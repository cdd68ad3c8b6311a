import assert from "node:assert/strict";
import { test } from "node:test";
import {
  WERKWIJZEN_MAX,
  contentFromValues,
  describeWerkwijzen,
  countFor,
  describeCount,
  describeDilemmaIds,
  emptyContent,
  isEditable,
  movesFrom,
  parseDilemmaIds,
  problemsByField,
  publicView,
  releaseInstant,
  statusName,
  textFieldPaths,
  valuesFromContent,
  werkwijzenOf,
  wordLimit,
} from "../src/js/case-format.js";
import { PROFILE_ORDER } from "../src/js/pages/kopkraker.js";

const words = (n) => Array.from({ length: n }, (_, i) => `w${i}`).join(" ");

test("the limits are those of the case format", () => {
  assert.deepEqual(wordLimit("profile.belemmeringen"), { max: 15 });
  assert.deepEqual(wordLimit("options[0].goodIdea"), { max: 50 });
  assert.deepEqual(wordLimit("options[1].howItWorks"), { max: 60 });
  assert.deepEqual(wordLimit("options[1].evidence"), { max: 60 });
  assert.deepEqual(wordLimit("options[0].caution"), { max: 60 });
  assert.equal(wordLimit("background").min, 150);
  assert.equal(wordLimit("background").max, 170);
  assert.equal(wordLimit("title"), null);
  assert.equal(wordLimit("options[0].applyUrl"), null);
});

test("a counter reads 'n / max woorden' and is marked one word over the limit", () => {
  assert.deepEqual(describeCount(12, { max: 15 }), { text: "12 / 15 woorden", over: false, under: false });
  assert.equal(describeCount(15, { max: 15 }).over, false);
  assert.deepEqual(describeCount(16, { max: 15 }), { text: "16 / 15 woorden: 1 woord te veel", over: true, under: false });
  assert.equal(describeCount(18, { max: 15 }).text, "18 / 15 woorden: 3 woorden te veel");
});

test("the situation counts background and dilemma together against 150–170", () => {
  const values = { background: words(140), dilemma: "Ga je dit of dat doen?" };
  assert.deepEqual(countFor("background", values), { text: "146 / 150–170 woorden: nog 4 woorden nodig", over: false, under: true });
  assert.equal(countFor("background", { background: words(150), dilemma: "" }).text, "150 / 150–170 woorden");
  assert.equal(countFor("background", { background: words(165), dilemma: "Wat doe je nu?" }).text, "169 / 150–170 woorden");
  assert.deepEqual(countFor("background", { background: words(170), dilemma: "Wat nu?" }).over, true);
  assert.equal(countFor("title", { title: "x" }), null);
});

test("the form's fields come in TNO's fixed order", () => {
  const paths = textFieldPaths();
  assert.deepEqual(paths.slice(0, 10), ["title", ...PROFILE_ORDER.map((field) => `profile.${field}`)]);
  assert.deepEqual(paths.slice(10, 12), ["background", "dilemma"]);
  assert.deepEqual(paths.slice(12, 20), [
    "options[0].id",
    "options[0].title",
    "options[0].summary",
    "options[0].goodIdea",
    "options[0].howItWorks",
    "options[0].evidence",
    "options[0].caution",
    "options[0].applyUrl",
  ]);
  assert.deepEqual(paths.slice(-2), ["theme", "literature"]);
});

test("form values become exactly the API's body, and back", () => {
  const values = valuesFromContent(emptyContent());
  assert.equal(values["options[0].id"], "A");
  assert.equal(values["options[1].id"], "B");
  values.title = "  Een titel ";
  values["profile.naam"] = "Ans";
  values.literature = "Bron een\n\n  Bron twee  \n";
  const body = contentFromValues(values, { concepts: ["autonomie"], audience: "UWV", benefitTypes: ["WW"] });
  assert.deepEqual(Object.keys(body), [
    "title",
    "profile",
    "background",
    "dilemma",
    "options",
    "theme",
    "concepts",
    "audience",
    "benefitTypes",
    "literature",
    "inspiredBy",
  ]);
  assert.deepEqual(body.inspiredBy, []);
  assert.equal(body.title, "Een titel");
  assert.equal(body.profile.naam, "Ans");
  assert.equal(body.profile.leeftijd, null);
  assert.deepEqual(Object.keys(body.options[0]), ["id", "title", "summary", "goodIdea", "howItWorks", "evidence", "caution", "applyUrl", "werkwijzen"]);
  assert.deepEqual(body.options[0].werkwijzen, [], "always sent, also when empty");
  assert.deepEqual(body.literature, ["Bron een", "Bron twee"]);
  assert.deepEqual(valuesFromContent(body).literature, "Bron een\nBron twee");
  assert.equal(valuesFromContent(body)["profile.naam"], "Ans");
});

test("an option's ways of working survive the round trip, and saving never wipes them", () => {
  const content = emptyContent();
  content.options[0].werkwijzen = ["sturende-begeleiding", "grip-op-geld"];
  content.options[1].werkwijzen = ["snel-naar-werk"];
  content.inspiredBy = ["PD-0042"];
  const values = valuesFromContent(content);
  assert.deepEqual(values["options[0].werkwijzen"], ["sturende-begeleiding", "grip-op-geld"]);
  // The editor could not load the vocabulary: what the case had goes back unchanged.
  const untouched = contentFromValues(values);
  assert.deepEqual(untouched.options.map((option) => option.werkwijzen), [["sturende-begeleiding", "grip-op-geld"], ["snel-naar-werk"]]);
  assert.deepEqual(untouched.inspiredBy, ["PD-0042"]);
  // The editor's choice wins; doubles and empty codes are dropped.
  const chosen = contentFromValues(values, { werkwijzen: [["maatwerk", "maatwerk", ""], []] });
  assert.deepEqual(chosen.options.map((option) => option.werkwijzen), [["maatwerk"], []]);
});

test("the ways-of-working line counts to three", () => {
  assert.deepEqual(describeWerkwijzen([]), { text: "Nog geen gekozen (hoogstens 3).", over: false, under: false });
  assert.equal(describeWerkwijzen(["a", "b"]).text, "2 van hoogstens 3 gekozen");
  assert.equal(describeWerkwijzen(["a", "b", "c", "d"]).over, true);
  assert.equal(WERKWIJZEN_MAX, 3);
  assert.deepEqual(werkwijzenOf({ werkwijzen: ["a", 7, "a", " "] }), ["a"]);
});

test("a problem with one way of working shows at the option's group", () => {
  const byField = problemsByField([{ field: "options[1].werkwijzen[2]", message: "'x' is geen werkwijze." }]);
  assert.deepEqual(byField.get("options[1].werkwijzen"), ["'x' is geen werkwijze."]);
});

test("the preview gets the public shape: the profile as labelled fields in order", () => {
  const body = contentFromValues({ ...valuesFromContent(emptyContent()), "profile.naam": "Ans", title: "T" });
  const view = publicView(body, { id: "ans", number: 13 });
  assert.deepEqual(view.profile.map((entry) => entry.field), PROFILE_ORDER);
  assert.equal(view.profile[0].label, "Naam");
  assert.equal(view.profile[0].value, "Ans");
  assert.deepEqual(view.options.map((option) => option.id), ["A", "B"]);
  assert.equal(view.number, 13);
});

test("problems are grouped per field", () => {
  const byField = problemsByField([
    { field: "profile.belemmeringen", message: "Belemmeringen: 19 woorden, maximaal 15" },
    { field: "options[0].goodIdea", message: "Optie A, Goed idee!: vul dit in." },
    { field: "options[0].goodIdea", message: "nog een" },
    { message: "zonder veld" },
    null,
  ]);
  assert.deepEqual(byField.get("profile.belemmeringen"), ["Belemmeringen: 19 woorden, maximaal 15"]);
  assert.equal(byField.get("options[0].goodIdea").length, 2);
  assert.deepEqual(byField.get(""), ["zonder veld"]);
});

test("statuses read in Dutch and allow the workflow's moves only", () => {
  assert.deepEqual(["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "ARCHIVED"].map(statusName), [
    "concept",
    "ter review",
    "ingepland",
    "gepubliceerd",
    "gearchiveerd",
  ]);
  assert.deepEqual(movesFrom("DRAFT"), ["IN_REVIEW", "ARCHIVED"]);
  assert.deepEqual(movesFrom("IN_REVIEW"), ["SCHEDULED", "DRAFT"]);
  assert.deepEqual(movesFrom("SCHEDULED"), ["IN_REVIEW"]);
  assert.deepEqual(movesFrom("PUBLISHED"), ["ARCHIVED"]);
  assert.deepEqual(movesFrom("ARCHIVED"), []);
  assert.equal(isEditable(null), true);
  assert.equal(isEditable("DRAFT"), true);
  assert.equal(isEditable("IN_REVIEW"), false);
  assert.equal(isEditable("SCHEDULED"), false);
});

test("a release moment from a datetime-local value is an instant; anything else is none", () => {
  const instant = releaseInstant("2026-12-09T08:00");
  assert.equal(new Date(instant).getTime(), new Date(2026, 11, 9, 8, 0).getTime());
  assert.match(releaseInstant("2026-12-09T08:00:30"), /Z$/);
  assert.equal(releaseInstant(""), null);
  assert.equal(releaseInstant("morgen"), null);
});

test("'Geïnspireerd door praktijkdilemma's' is a list of ids, written as the intake numbers them", () => {
  assert.deepEqual(parseDilemmaIds("PD-0042, pd-43;PD7\n  PD-0042  praktijkdilemma-7"), ["PD-0042", "PD-0043", "PD-0007", "praktijkdilemma-7"]);
  assert.deepEqual(parseDilemmaIds(""), []);
  assert.deepEqual(parseDilemmaIds(undefined), []);
  assert.deepEqual(parseDilemmaIds("PD-12345"), ["PD-12345"]);
});

test("the ids go to the API and come back, so saving never drops them", () => {
  const values = valuesFromContent({ ...emptyContent(), inspiredBy: ["PD-0042", "PD-0043"] });
  assert.equal(values.inspiredBy, "PD-0042, PD-0043");
  assert.deepEqual(contentFromValues(values).inspiredBy, ["PD-0042", "PD-0043"]);
  assert.equal(valuesFromContent({}).inspiredBy, "");
});

test("the line under the ids says what is sent, and is marked past the case format's limits", () => {
  assert.deepEqual(describeDilemmaIds(""), { text: "Nog geen praktijkdilemma's genoemd.", over: false, under: false });
  assert.equal(describeDilemmaIds("pd-42").text, "1 praktijkdilemma: PD-0042");
  assert.equal(describeDilemmaIds("PD-1 PD-2").text, "2 praktijkdilemma's: PD-0001, PD-0002");
  const many = Array.from({ length: 21 }, (_, i) => `PD-${i + 1}`).join(" ");
  assert.equal(describeDilemmaIds(many).over, true);
  assert.match(describeDilemmaIds(many).text, /hoogstens 20/);
  assert.equal(describeDilemmaIds("x".repeat(81)).over, true);
  assert.equal(countFor("inspiredBy", { inspiredBy: "PD-0042" }).text, "1 praktijkdilemma: PD-0042");
});
