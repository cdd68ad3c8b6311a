import assert from "node:assert/strict";
import { test } from "node:test";
import {
  DEFAULT_LIMITS,
  approachLabel,
  choiceId,
  controlId,
  countedFields,
  counter,
  draftKey,
  draftOwner,
  emptyDilemma,
  emptyDraft,
  fieldTarget,
  forgetDraft,
  forgetUserDrafts,
  isEmptyDraft,
  limitsOf,
  loadDraft,
  parseDraft,
  questionnaireModel,
  receivedText,
  saveDraft,
  sendFailure,
  serializeDraft,
  submissionBody,
  waitText,
} from "../src/js/dilemma-form.js";
import { ApiError, OfflineError } from "../src/js/problems.js";

const VRAGENLIJST = {
  consent: "Met dit formulier verzamelen we dilemma's uit de praktijk.",
  functions: [{ code: "klantmanager", label: "Klantmanager" }, { code: "anders", label: "Anders" }],
  educationLevels: [{ code: "hbo-wo-bachelor", label: "HBO, WO bachelor" }],
  yearsInField: [{ code: "10-15", label: "10–15 jaar" }],
  knowledgeSources: [
    { code: "eigen-ervaring", label: "Mijn eigen ervaring" },
    { code: "ervaring-collegas", label: "Ervaring van collega's" },
    { code: "anders", label: "Anders" },
  ],
  limits: { dilemmas: 2, problem: 2000, approach: 1000, otherKnowledgeSource: 200, functionOther: 100, remark: 1000 },
};
const MODEL = questionnaireModel(VRAGENLIJST);

/** A Map-backed stand-in for localStorage; `failing` makes every write throw, as a full or blocked store does. */
function memoryStorage({ failing = false } = {}) {
  const map = new Map();
  return {
    map,
    getItem: (key) => (map.has(key) ? map.get(key) : null),
    setItem: (key, value) => {
      if (failing) throw new Error("QuotaExceededError");
      map.set(key, String(value));
    },
    removeItem: (key) => {
      if (failing) throw new Error("SecurityError");
      map.delete(key);
    },
  };
}

function filledDraft() {
  return {
    consent: true,
    background: { function: "anders", functionOther: " Werkconsulent ", educationLevel: "hbo-wo-bachelor", yearsInField: "" },
    dilemmas: [
      {
        problem: "  Olivier wil een horecazaak, maar heeft schulden. ",
        approach1: "Eerst een ondernemersplan",
        approach2: "Eerst de schulden aanpakken",
        knowledgeSources: ["anders", "eigen-ervaring"],
        otherKnowledgeSource: "Een webinar",
        chosenApproach: 2,
      },
    ],
    remark: "",
  };
}

test("the questionnaire's lists become [code, label] pairs; missing limits fall back to the documented ones", () => {
  assert.deepEqual(MODEL.functions, [["klantmanager", "Klantmanager"], ["anders", "Anders"]]);
  assert.equal(MODEL.consent, VRAGENLIJST.consent);
  assert.deepEqual(limitsOf({ limits: { problem: 500, approach: "veel", dilemmas: 0 } }), { ...DEFAULT_LIMITS, problem: 500 });
  assert.deepEqual(limitsOf(null), DEFAULT_LIMITS);
});

const UWV_ANNA = { tenant: "uwv", user: "anna" };

test("the draft key is per organisation and per signed-in person (the token's sub)", () => {
  assert.equal(draftKey({ tenant: "gemeente-amsterdam", user: "f3a9" }), "kk-dilemma-concept-gemeente-amsterdam-f3a9");
  assert.notEqual(draftKey({ tenant: "uwv", user: "a" }), draftKey({ tenant: "gemeente-amsterdam", user: "a" }));
  assert.notEqual(draftKey({ tenant: "uwv", user: "a" }), draftKey({ tenant: "uwv", user: "b" }));
  assert.deepEqual(draftOwner({ tenant: { id: "uwv" }, user: { profile: { sub: "anna" } } }), UWV_ANNA);
  const payload = Buffer.from(JSON.stringify({ sub: "bas" })).toString("base64url");
  assert.deepEqual(draftOwner({ tenant: { id: "uwv" }, user: { profile: {}, access_token: `x.${payload}.y` } }), { tenant: "uwv", user: "bas" });
  assert.deepEqual(draftOwner(null), { tenant: "onbekend", user: "onbekend" });
});

test("signing out removes the person's draft and the old per-organisation one, not a colleague's", () => {
  const storage = memoryStorage();
  saveDraft(storage, UWV_ANNA, filledDraft());
  saveDraft(storage, { tenant: "uwv", user: "bas" }, filledDraft());
  storage.setItem("kk-dilemma-concept-uwv", "{}");
  assert.equal(forgetUserDrafts(storage, UWV_ANNA), true);
  assert.deepEqual([...storage.map.keys()], ["kk-dilemma-concept-uwv-bas"]);
  assert.equal(forgetUserDrafts(memoryStorage({ failing: true }), UWV_ANNA), false);
});

test("the body: trimmed texts, empty answers null, 'namelijk' only with Anders, sources in the questionnaire's order", () => {
  assert.deepEqual(submissionBody(filledDraft(), MODEL), {
    consent: true,
    background: { function: "anders", functionOther: "Werkconsulent", educationLevel: "hbo-wo-bachelor", yearsInField: null },
    dilemmas: [
      {
        problem: "Olivier wil een horecazaak, maar heeft schulden.",
        approach1: "Eerst een ondernemersplan",
        approach2: "Eerst de schulden aanpakken",
        knowledgeSources: ["eigen-ervaring", "anders"],
        otherKnowledgeSource: "Een webinar",
        chosenApproach: 2,
      },
    ],
    remark: null,
  });
});

test("text typed for 'Anders' stays in the draft but is not sent once Anders is no longer chosen", () => {
  const draft = filledDraft();
  draft.background.function = "klantmanager";
  draft.dilemmas[0].knowledgeSources = ["eigen-ervaring"];
  const body = submissionBody(draft, MODEL);
  assert.equal(body.background.functionOther, null);
  assert.equal(body.dilemmas[0].otherKnowledgeSource, null);
  assert.equal(draft.background.functionOther, " Werkconsulent ");
});

test("an untouched form sends no consent and null answers, which the server reports field by field", () => {
  const body = submissionBody(emptyDraft(), MODEL);
  assert.equal(body.consent, false);
  assert.deepEqual(body.dilemmas, [{ problem: null, approach1: null, approach2: null, knowledgeSources: [], otherKnowledgeSource: null, chosenApproach: null }]);
});

test("a draft survives a round trip through storage", () => {
  const storage = memoryStorage();
  const savedAt = new Date("2026-11-26T13:03:00Z");
  assert.equal(saveDraft(storage, UWV_ANNA, filledDraft(), savedAt), true);
  const loaded = loadDraft(storage, UWV_ANNA, MODEL);
  const expected = filledDraft();
  expected.dilemmas[0].knowledgeSources = ["eigen-ervaring", "anders"];
  assert.deepEqual(loaded.draft, expected, "the same answers, the sources in the questionnaire's order");
  assert.equal(loaded.savedAt, "2026-11-26T13:03:00.000Z");
  assert.equal(loadDraft(storage, { tenant: "gemeente-amsterdam", user: "anna" }, MODEL), null, "another organisation has its own draft");
  assert.equal(loadDraft(storage, { tenant: "uwv", user: "bas" }, MODEL), null, "a colleague on the same device has their own");
  assert.equal(forgetDraft(storage, UWV_ANNA), true);
  assert.equal(loadDraft(storage, UWV_ANNA, MODEL), null);
});

test("an empty draft is removed rather than stored", () => {
  const storage = memoryStorage();
  saveDraft(storage, UWV_ANNA, filledDraft());
  saveDraft(storage, UWV_ANNA, { ...emptyDraft(), consent: true });
  assert.equal(storage.map.size, 0);
});

test("a device that refuses storage is reported, not thrown", () => {
  const storage = memoryStorage({ failing: true });
  assert.equal(saveDraft(storage, UWV_ANNA, filledDraft()), false);
  assert.equal(forgetDraft(storage, UWV_ANNA), false);
  assert.equal(saveDraft(null, UWV_ANNA, filledDraft()), false);
  assert.equal(loadDraft(null, UWV_ANNA, MODEL), null);
});

test("a broken or foreign draft is ignored; unknown codes are dropped; too many dilemmas are cut to the limit", () => {
  assert.equal(parseDraft("{kapot", MODEL), null);
  assert.equal(parseDraft(JSON.stringify({ version: 99 }), MODEL), null);
  assert.equal(parseDraft(null, MODEL), null);
  const stored = JSON.stringify({
    version: 1,
    savedAt: "niet een datum",
    consent: "ja",
    background: { function: "directeur", functionOther: 42, educationLevel: "hbo-wo-bachelor" },
    dilemmas: [
      { problem: "Een", knowledgeSources: ["internet", "eigen-ervaring"], chosenApproach: 3 },
      { problem: "Twee", chosenApproach: 1 },
      { problem: "Drie" },
    ],
    remark: ["geen tekst"],
  });
  const { draft, savedAt } = parseDraft(stored, MODEL);
  assert.equal(savedAt, null);
  assert.equal(draft.consent, false);
  assert.deepEqual(draft.background, { function: "", functionOther: "", educationLevel: "hbo-wo-bachelor", yearsInField: "" });
  assert.equal(draft.dilemmas.length, 2);
  assert.deepEqual(draft.dilemmas[0].knowledgeSources, ["eigen-ervaring"]);
  assert.equal(draft.dilemmas[0].chosenApproach, null);
  assert.equal(draft.dilemmas[1].chosenApproach, 1);
  assert.equal(draft.remark, "");
  const none = parseDraft(JSON.stringify({ version: 1, dilemmas: [] }), MODEL);
  assert.deepEqual(none.draft.dilemmas, [emptyDilemma()]);
});

test("the stored draft carries its version and time but no identity", () => {
  const text = serializeDraft(filledDraft(), new Date("2026-11-26T10:00:00Z"));
  const data = JSON.parse(text);
  assert.equal(data.version, 1);
  assert.equal(data.savedAt, "2026-11-26T10:00:00.000Z");
  assert.deepEqual(Object.keys(data).sort(), ["background", "consent", "dilemmas", "remark", "savedAt", "version"]);
});

test("a draft counts as empty until something is typed or chosen", () => {
  assert.equal(isEmptyDraft(emptyDraft()), true);
  assert.equal(isEmptyDraft({ ...emptyDraft(), consent: true }), true);
  assert.equal(isEmptyDraft({ ...emptyDraft(), remark: " x " }), false);
  assert.equal(isEmptyDraft({ ...emptyDraft(), background: { ...emptyDraft().background, yearsInField: "10-15" } }), false);
  assert.equal(isEmptyDraft({ ...emptyDraft(), dilemmas: [{ ...emptyDilemma(), chosenApproach: 1 }] }), false);
  assert.equal(isEmptyDraft(null), true);
});

test("ids follow the API's field names, as the server names them in a 422", () => {
  assert.equal(controlId("dilemmas[1].approach2"), "veld-dilemmas[1].approach2");
  assert.equal(choiceId("dilemmas[0].knowledgeSources", "eigen-ervaring"), "veld-dilemmas[0].knowledgeSources-eigen-ervaring");
  assert.equal(choiceId("dilemmas[0].chosenApproach", 2), "veld-dilemmas[0].chosenApproach-2");
});

test("every field the server can name maps to a field, a control to focus and a label for the summary", () => {
  const body = submissionBody(filledDraft(), MODEL);
  assert.deepEqual(fieldTarget("consent"), { field: "consent", focus: "veld-consent", label: "Toestemming" });
  assert.deepEqual(fieldTarget("background.functionOther"), {
    field: "background.functionOther",
    focus: "veld-background.functionOther",
    label: "Functie, namelijk",
  });
  assert.deepEqual(fieldTarget("dilemmas[1].approach2"), { field: "dilemmas[1].approach2", focus: "veld-dilemmas[1].approach2", label: "Dilemma 2, aanpak 2" });
  assert.deepEqual(fieldTarget("dilemmas[0].knowledgeSources[1]", body), {
    field: "dilemmas[0].knowledgeSources",
    focus: "veld-dilemmas[0].knowledgeSources-anders",
    label: "Dilemma 1, bronnen van kennis",
  });
  assert.equal(fieldTarget("dilemmas[0].knowledgeSources[7]", body).focus, null, "an index the body did not have: the group's first box");
  assert.deepEqual(fieldTarget("dilemmas[0].knowledgeSources"), { field: "dilemmas[0].knowledgeSources", focus: null, label: "Dilemma 1, bronnen van kennis" });
  assert.equal(fieldTarget("dilemmas[0].chosenApproach").focus, "veld-dilemmas[0].chosenApproach-1");
  assert.deepEqual(fieldTarget("dilemmas[1]"), { field: null, focus: "veld-dilemmas[1].problem", label: "Dilemma 2" });
  assert.deepEqual(fieldTarget("remark"), { field: "remark", focus: "veld-remark", label: "Opmerkingen" });
  assert.deepEqual(fieldTarget("dilemmas"), { field: null, focus: null, label: "Dilemma's" });
  assert.deepEqual(fieldTarget("iets"), { field: null, focus: null, label: null });
});

test("a 422 puts each message next to its field and in the summary, in the server's order", () => {
  const body = submissionBody(filledDraft(), MODEL);
  const error = new ApiError(422, {
    type: "https://kenniskompas.nl/problemen/ongeldige-invoer",
    detail: "De invoer klopt niet.",
    errors: [
      { field: "consent", message: "Geef eerst toestemming; zonder toestemming bewaren we niets." },
      { field: "dilemmas[0].approach2", message: "Beschrijf twee verschillende aanpakken; deze is gelijk aan de eerste." },
      { field: "dilemmas[0].knowledgeSources[1]", message: "'x' is geen keuze uit de lijst." },
      { field: "dilemmas", message: "Beschrijf één of twee dilemma's (nu 3)." },
      { field: "remark", message: "  " },
    ],
  });
  const failure = sendFailure(error, body);
  assert.equal(failure.kind, "invalid");
  assert.equal(failure.message, "Er zijn nog 4 dingen aan te passen voordat je kunt versturen:");
  assert.deepEqual([...failure.byField.keys()], ["consent", "dilemmas[0].approach2", "dilemmas[0].knowledgeSources"]);
  assert.deepEqual(failure.summary.map((entry) => entry.focus), [
    "veld-consent",
    "veld-dilemmas[0].approach2",
    "veld-dilemmas[0].knowledgeSources-anders",
    null,
  ]);
  assert.equal(failure.summary[1].message, "Dilemma 1, aanpak 2: Beschrijf twee verschillende aanpakken; deze is gelijk aan de eerste.");
  assert.equal(failure.summary[3].message, "Dilemma's: Beschrijf één of twee dilemma's (nu 3).");
});

test("personal data gets its own explanation; the findings stay next to their fields", () => {
  const error = new ApiError(422, {
    type: "https://kenniskompas.nl/problemen/persoonsgegevens",
    detail: "De tekst bevat persoonsgegevens.",
    errors: [{ field: "dilemmas[0].problem", message: "Hier staat een telefoonnummer (teken 12 t/m 22). Schrijf over de situatie zonder gegevens waarmee iemand te herkennen is." }],
  });
  const failure = sendFailure(error);
  assert.equal(failure.kind, "personal");
  assert.match(failure.message, /te herkennen/);
  assert.match(failure.message, /nog niets verstuurd/);
  assert.deepEqual(failure.byField.get("dilemmas[0].problem"), [error.problem.errors[0].message]);
});

test("a 429 says how long to wait; other failures keep the general message", () => {
  const wait = sendFailure(new ApiError(429, {}, { retryAfter: 540 }));
  assert.equal(wait.kind, "wait");
  assert.equal(wait.waitSeconds, 540);
  assert.match(wait.message, /over 9 minuten/);
  assert.match(wait.message, /tekst blijft bewaard/);
  assert.match(sendFailure(new ApiError(429, {})).message, /later opnieuw/);
  assert.equal(sendFailure(new ApiError(503, {})).kind, "other");
  assert.match(sendFailure(new OfflineError(new Error("x"))).message, /geen verbinding/);
});

test("wait times read in seconds under a minute, else in whole minutes rounded up", () => {
  assert.equal(waitText(1), "1 seconde");
  assert.equal(waitText(45), "45 seconden");
  assert.equal(waitText(60), "1 minuut");
  assert.equal(waitText(61), "2 minuten");
  assert.equal(waitText(600), "10 minuten");
});

test("the thank-you names the ids", () => {
  assert.equal(receivedText(["PD-0042"]), "Je dilemma is ontvangen als PD-0042.");
  assert.equal(receivedText(["PD-0042", "PD-0043"]), "Je dilemma's zijn ontvangen als PD-0042 en PD-0043.");
  assert.equal(receivedText([]), "Je dilemma is ontvangen.");
});

test("the chosen-approach labels show the approach once written, shortened", () => {
  assert.equal(approachLabel(1, "   "), "Aanpak 1");
  assert.equal(approachLabel(2, "Eerst de\nschulden"), "Aanpak 2: Eerst de schulden");
  const long = approachLabel(1, "woord ".repeat(40), 30);
  assert.ok(long.endsWith("…"));
  assert.ok(long.length <= "Aanpak 1: ".length + 30);
});

test("counters use the questionnaire's limits, counted as the server counts (trimmed)", () => {
  assert.deepEqual(countedFields({ dilemmas: [emptyDilemma(), emptyDilemma()] }).map(([path]) => path), [
    "background.functionOther",
    "dilemmas[0].problem",
    "dilemmas[0].approach1",
    "dilemmas[0].approach2",
    "dilemmas[0].otherKnowledgeSource",
    "dilemmas[1].problem",
    "dilemmas[1].approach1",
    "dilemmas[1].approach2",
    "dilemmas[1].otherKnowledgeSource",
    "remark",
  ]);
  assert.equal(counter("  twaalf tekens  ", 2000).text, "13 / 2000 tekens");
  assert.deepEqual(counter("x".repeat(1002), 1000), { length: 1002, over: true, text: "1002 / 1000 tekens: 2 te veel" });
});
