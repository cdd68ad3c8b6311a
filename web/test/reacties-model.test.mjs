import assert from "node:assert/strict";
import { test } from "node:test";
import { ApiError } from "../src/js/problems.js";
import {
  addPage,
  characterCount,
  countText,
  hasMore,
  initialList,
  isSendable,
  moderationModel,
  nextQuery,
  postFailure,
  prependItem,
  proposalsPerCase,
  reactionModel,
  relativeTime,
  replaceItem,
  retryWhileNotVoted,
} from "../src/js/reacties-model.js";

const OPTIONS = [
  { id: "A", title: "Budgetcursus in een groep" },
  { id: "B", title: "Een vaste mentor" },
];
const reaction = (overrides = {}) => ({
  id: "r1", caseId: "yousef", parentId: null, text: "Hij schaamt zich; een groep werkt dan niet.", visibility: "ORGANISATIE",
  postedAt: "2026-11-25T10:00:00Z", editedAt: null, authorOption: "B", authorFunction: "Klantmanager",
  organisation: "Gemeente Amsterdam", mine: false, recognitions: 2, recognisedByMe: false, hidden: false, deleted: false,
  reportedByMe: false, replies: [], ...overrides,
});

test("the counter counts what the server counts (trimmed) and says how much is too much", () => {
  assert.deepEqual(characterCount("  hallo  ", 1000), { length: 5, over: false, text: "5 / 1000 tekens" });
  assert.equal(characterCount("x".repeat(1012), 1000).text, "1012 / 1000 tekens: 12 te veel");
  assert.equal(isSendable("   ", 1000), false);
  assert.equal(isSendable("x".repeat(1000), 1000), true);
  assert.equal(isSendable("x".repeat(1001), 1000), false);
});

test("a reaction shows the option its author chose, with the title from the page", () => {
  const model = reactionModel(reaction(), OPTIONS);
  assert.equal(model.option, "koos B: Een vaste mentor");
  assert.equal(model.author, "Klantmanager, Gemeente Amsterdam");
  assert.equal(model.state, "visible");
  assert.equal(reactionModel(reaction({ authorOption: "C" }), OPTIONS).option, "koos C");
  assert.equal(reactionModel(reaction({ authorFunction: null }), OPTIONS).author, "Gemeente Amsterdam");
});

test("replies are one level deep: only a top-level reaction can be answered", () => {
  const model = reactionModel(reaction({ replies: [reaction({ id: "r2", parentId: "r1" })] }), OPTIONS);
  assert.equal(model.mayReply, true);
  assert.equal(model.replies[0].mayReply, false);
  assert.equal(model.replies[0].mayRecognise, true);
});

test("one's own reaction can be edited and deleted but not found herkenbaar or reported", () => {
  const model = reactionModel(reaction({ mine: true }), OPTIONS);
  assert.deepEqual([model.mayEdit, model.mayDelete, model.mayRecognise, model.mayReport], [true, true, false, false]);
});

test("hidden and deleted reactions are placeholders without actions; the author still sees a hidden text", () => {
  const hidden = reactionModel(reaction({ hidden: true, text: null }), OPTIONS);
  assert.equal(hidden.text, null);
  assert.equal(hidden.placeholder, "Verborgen door een moderator");
  assert.equal(hidden.mayRecognise || hidden.mayReply || hidden.mayReport, false);
  const deleted = reactionModel(reaction({ deleted: true, text: null }), OPTIONS);
  assert.equal(deleted.placeholder, "Verwijderd door de schrijver");
  const mine = reactionModel(reaction({ hidden: true, mine: true }), OPTIONS);
  assert.equal(mine.state, "hidden-mine");
  assert.match(mine.text, /schaamt/);
  assert.match(mine.note, /moderator heeft je reactie verborgen/);
  assert.equal(mine.mayEdit, false);
});

test("times are Dutch and relative for the last week, a date after that", () => {
  const now = new Date("2026-11-25T12:00:00Z");
  assert.equal(relativeTime("2026-11-25T11:59:30Z", now), "zojuist");
  assert.equal(relativeTime("2026-11-25T11:55:00Z", now), "5 minuten geleden");
  assert.equal(relativeTime("2026-11-25T11:00:00Z", now), "1 uur geleden");
  assert.equal(relativeTime("2026-11-24T10:00:00Z", now), "gisteren");
  assert.equal(relativeTime("2026-11-21T10:00:00Z", now), "4 dagen geleden");
  assert.equal(relativeTime("2026-10-01T10:00:00Z", now), "op 1 oktober 2026");
  assert.equal(relativeTime("geen datum", now), "");
});

test("pages are added in order, a reaction that moved to the next page is kept once", () => {
  let state = initialList("herkenbaar");
  assert.deepEqual(nextQuery(state, 2), { sort: "herkenbaar", page: 0, size: 2 });
  state = addPage(state, { page: 0, total: 3, items: [reaction({ id: "a" }), reaction({ id: "b" })] });
  assert.equal(hasMore(state), true);
  assert.equal(countText(state), "Je ziet 2 van de 3 reacties.");
  assert.deepEqual(nextQuery(state, 2), { sort: "herkenbaar", page: 1, size: 2 });
  state = addPage(state, { page: 1, total: 3, items: [reaction({ id: "b" }), reaction({ id: "c" })] });
  assert.deepEqual(state.items.map((item) => item.id), ["a", "b", "c"]);
  assert.equal(hasMore(state), false);
  assert.equal(countText(state), "3 reacties.");
  assert.equal(initialList("onzin").sort, "nieuw");
});

test("my new reaction goes on top and counts; an update replaces a reply inside its reaction", () => {
  let state = addPage(initialList(), { page: 0, total: 1, items: [reaction({ id: "a", replies: [reaction({ id: "x", parentId: "a" })] })] });
  state = prependItem(state, reaction({ id: "n", mine: true }));
  assert.deepEqual(state.items.map((item) => item.id), ["n", "a"]);
  assert.equal(state.total, 2);
  state = replaceItem(state, reaction({ id: "x", parentId: "a", recognitions: 9 }));
  assert.equal(state.items[1].replies[0].recognitions, 9);
  assert.equal(countText(initialList()), "Nog geen reacties. Schrijf als eerste waarom je koos wat je koos.");
});

test("personal data: every finding of the server goes next to the box, without the value", () => {
  const error = new ApiError(422, {
    type: "https://kenniskompas.nl/problemen/persoonsgegevens",
    detail: "Deze tekst bevat persoonsgegevens.",
    errors: [
      { field: "text", message: "Hier staat een telefoonnummer (teken 12 t/m 22)." },
      { field: "text", message: "Hier staat een e-mailadres (teken 30 t/m 45)." },
    ],
  });
  const failure = postFailure(error);
  assert.deepEqual(failure.field, ["Hier staat een telefoonnummer (teken 12 t/m 22).", "Hier staat een e-mailadres (teken 30 t/m 45)."]);
  assert.match(failure.message, /gegevens van een echt persoon/);
  assert.equal(postFailure(error, "reason").field.length, 0);
});

test("too many posts: the wait time comes from Retry-After when the server gives no text", () => {
  assert.deepEqual(postFailure(new ApiError(429, {}, { retryAfter: 17 })), {
    message: "Je plaatste net veel berichten. Probeer het over 17 seconden opnieuw.", field: [], waitSeconds: 17, notVoted: false,
  });
  const withDetail = postFailure(new ApiError(429, { detail: "Probeer het over 12 seconden opnieuw." }, { retryAfter: 12 }));
  assert.equal(withDetail.message, "Probeer het over 12 seconden opnieuw.");
  assert.equal(withDetail.waitSeconds, 12);
});

test("403 means: choose first", () => {
  const failure = postFailure(new ApiError(403, {}));
  assert.equal(failure.notVoted, true);
  assert.match(failure.message, /Kies eerst zelf/);
});

test("right after voting a 403 is tried again with a growing wait, then given up", async () => {
  const waits = [];
  let calls = 0;
  const answer = await retryWhileNotVoted(async () => {
    calls += 1;
    if (calls < 3) throw new ApiError(403, {});
    return "ok";
  }, { delays: [100, 200, 400], wait: async (ms) => waits.push(ms) });
  assert.equal(answer, "ok");
  assert.deepEqual(waits, [100, 200]);

  const given = [];
  await assert.rejects(
    retryWhileNotVoted(async () => { throw new ApiError(403, {}); }, { delays: [1, 2], wait: async (ms) => given.push(ms) }),
    (error) => error.status === 403,
  );
  assert.deepEqual(given, [1, 2]);

  let once = 0;
  await assert.rejects(
    retryWhileNotVoted(async () => { once += 1; throw new ApiError(422, {}); }, { wait: async () => {} }),
    (error) => error.status === 422,
  );
  assert.equal(once, 1, "other failures are not retried");
});

test("a moderation item offers the decision that fits and never names the author", () => {
  const model = moderationModel({
    id: "r1", caseId: "yousef", text: "…", hidden: false, openReports: 2,
    reports: [{ by: "gemeente-amsterdam:abc", reason: "Er staat een naam in", at: "2026-11-25T10:00:00Z", settled: false }],
    audit: [
      { action: "GEPLAATST", by: "abc", reason: null, at: "2026-11-25T09:00:00Z" },
      { action: "VERBORGEN", by: "moderator:def", reason: "Naam", at: "2026-11-25T11:00:00Z" },
    ],
  });
  assert.equal(model.decision, "verbergen");
  assert.deepEqual(model.reports.map((report) => report.reason), ["Er staat een naam in"]);
  assert.deepEqual(model.audit.map((entry) => `${entry.action} door ${entry.by}`), ["Geplaatst door een collega", "Verborgen door een moderator"]);
  assert.equal(moderationModel({ id: "r2", hidden: true }).decision, "herstellen");
});

test("redactie: cases with the most supported proposal first, proposals ranked", () => {
  const perCase = proposalsPerCase({
    jeanne: [{ id: "1", support: 1 }, { id: "2", support: 4 }],
    yousef: [{ id: "3", support: 7 }],
    leeg: [],
  });
  assert.deepEqual(perCase.map(([caseId, list]) => [caseId, list.map((p) => p.id)]), [["yousef", ["3"]], ["jeanne", ["2", "1"]]]);
});
