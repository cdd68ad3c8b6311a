// "Waarom koos je dit?": what the conversation shows, from the API's answers. Pure functions (tested with
// node --test): limits and counters, one reaction's view, the list's sort and pages, what a failure means, and the
// retry right after voting.
import { ApiError, describeError } from "./problems.js";

/** The API's limits (docs/api-v1-reacties.md), for the live counters. */
export const LIMITS = { reaction: 1000, reply: 600, reason: 300, proposalTitle: 120, proposalExplanation: 600 };

export const PAGE_SIZE = 10;

/** The two orders, as the API names them, with their Dutch labels. */
export const SORTS = [
  ["nieuw", "Nieuwst"],
  ["herkenbaar", "Meest herkenbaar"],
];

export const PRIVACY_HINT =
  "Schrijf over een verzonnen of onherkenbare klant. Geen namen, BSN, telefoonnummers, e-mail, adressen of rekeningnummers.";

export const NOT_VOTED_MESSAGE = "Kies eerst zelf een aanpak. Daarna lees en schrijf je waarom collega's kozen wat ze kozen.";

/** "12 / 1000 tekens"; over the limit "1012 / 1000 tekens: 12 te veel". Counts what the server counts (trimmed). */
export function characterCount(text, max) {
  const length = String(text ?? "").trim().length;
  const over = length > max;
  return { length, over, text: `${length} / ${max} tekens${over ? `: ${length - max} te veel` : ""}` };
}

/** What may be sent: not empty and within the limit. */
export function isSendable(text, max) {
  const { length } = characterCount(text, max);
  return length > 0 && length <= max;
}

/** "koos A: Een budgetcursus" when the option is on the page, else "koos A"; null when unknown. */
export function optionText(optionId, options = []) {
  if (!optionId) return null;
  const option = options.find((entry) => entry.id === optionId);
  return option?.title ? `koos ${optionId}: ${option.title}` : `koos ${optionId}`;
}

const dateFormat = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Amsterdam" });

/**
 * Dutch relative time for the last week ("zojuist", "5 minuten geleden", "gisteren"), a date after that. `now` is
 * passed in so tests do not depend on the clock.
 */
export function relativeTime(iso, now = new Date()) {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  const seconds = Math.round((now.getTime() - date.getTime()) / 1000);
  if (seconds < 60) return "zojuist";
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return minutes === 1 ? "1 minuut geleden" : `${minutes} minuten geleden`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return hours === 1 ? "1 uur geleden" : `${hours} uur geleden`;
  const days = Math.floor(hours / 24);
  if (days === 1) return "gisteren";
  if (days < 7) return `${days} dagen geleden`;
  return `op ${dateFormat.format(date)}`;
}

/**
 * One reaction as the page shows it. `state`: "visible", "hidden-mine" (a moderator hid my reaction: I still see my
 * text, with a note), "hidden" or "deleted" (a placeholder instead of the text). Replies get no reply button
 * (one level deep); my own reaction cannot be "herkenbaar" for me; a hidden or deleted one takes no actions.
 */
export function reactionModel(item, options = [], now = new Date()) {
  const deleted = Boolean(item?.deleted);
  const hidden = !deleted && Boolean(item?.hidden);
  const mine = Boolean(item?.mine);
  const state = deleted ? "deleted" : hidden ? (mine && item?.text ? "hidden-mine" : "hidden") : "visible";
  const active = state === "visible";
  const isReply = Boolean(item?.parentId);
  return {
    id: String(item?.id ?? ""),
    isReply,
    state,
    text: state === "visible" || state === "hidden-mine" ? String(item?.text ?? "") : null,
    placeholder: state === "deleted" ? "Verwijderd door de schrijver" : state === "hidden" ? "Verborgen door een moderator" : null,
    note:
      state === "hidden-mine"
        ? "Een moderator heeft je reactie verborgen. Alleen jij ziet de tekst nog."
        : null,
    option: optionText(item?.authorOption, options),
    optionId: item?.authorOption ?? null,
    author: [item?.authorFunction, item?.organisation].filter(Boolean).join(", ") || "Een collega",
    time: relativeTime(item?.postedAt, now),
    postedAt: item?.postedAt ?? null,
    edited: Boolean(item?.editedAt) && !deleted,
    nationwide: item?.visibility === "LANDELIJK",
    mine,
    recognitions: Number(item?.recognitions) || 0,
    recognisedByMe: Boolean(item?.recognisedByMe),
    reportedByMe: Boolean(item?.reportedByMe),
    mayReply: active && !isReply,
    mayRecognise: active && !mine,
    mayReport: active && !mine,
    mayEdit: mine && active,
    mayDelete: mine && !deleted,
    replies: Array.isArray(item?.replies) ? item.replies.map((reply) => reactionModel(reply, options, now)) : [],
  };
}

/** "3 keer herkenbaar" / "Herkenbaar" text for the toggle; the count stays visible either way. */
export function recognitionLabel(count) {
  const number = Number(count) || 0;
  return number === 0 ? "Herkenbaar" : `Herkenbaar (${number})`;
}

// The list: which order, which pages are loaded, whether there is more.

export function initialList(sort = "nieuw") {
  return { sort: SORTS.some(([key]) => key === sort) ? sort : "nieuw", page: -1, total: 0, items: [] };
}

/** The query for the next page of the current order. */
export function nextQuery(state, size = PAGE_SIZE) {
  return { sort: state.sort, page: state.page + 1, size };
}

/**
 * Adds a page the API answered. A reaction that moved between pages (a new one pushes the rest down) is kept once,
 * at its first place.
 */
export function addPage(state, answer) {
  const items = [...state.items];
  const seen = new Set(items.map((item) => item.id));
  for (const item of Array.isArray(answer?.items) ? answer.items : []) {
    if (!seen.has(item.id)) {
      seen.add(item.id);
      items.push(item);
    }
  }
  return { ...state, page: Number(answer?.page ?? state.page + 1), total: Number(answer?.total) || 0, items };
}

/** Puts an updated reaction (or reply) in place, e.g. after herkenbaar or an edit. */
export function replaceItem(state, updated) {
  const swap = (item) =>
    item.id === updated.id ? updated : { ...item, replies: Array.isArray(item.replies) ? item.replies.map(swap) : [] };
  return { ...state, items: state.items.map(swap) };
}

/** A reaction I just posted goes on top (whatever the order: I want to see it), counted once. */
export function prependItem(state, posted) {
  return { ...state, total: state.total + 1, items: [posted, ...state.items.filter((item) => item.id !== posted.id)] };
}

export function hasMore(state) {
  return state.items.length < state.total;
}

/** "Je ziet 10 van de 23 reacties." */
export function countText(state) {
  if (state.total === 0) return "Nog geen reacties. Schrijf als eerste waarom je koos wat je koos.";
  if (state.total === 1) return "1 reactie.";
  return state.items.length < state.total
    ? `Je ziet ${state.items.length} van de ${state.total} reacties.`
    : `${state.total} reacties.`;
}

// Failures.

/**
 * What a failed post means for the form: `field` holds the messages shown next to the text box (personal data,
 * too long, empty: the server's own words, one per finding); `message` goes in the alert; `waitSeconds` for 429;
 * `notVoted` for 403.
 */
export function postFailure(error, textField = "text") {
  const { message } = describeError(error);
  if (!(error instanceof ApiError)) return { message, field: [], waitSeconds: null, notVoted: false };
  const errors = Array.isArray(error.problem?.errors) ? error.problem.errors : [];
  const field = errors
    .filter((entry) => !entry?.field || entry.field === textField)
    .map((entry) => entry?.message)
    .filter((text) => typeof text === "string" && text.trim());
  if (error.status === 429) {
    const waitSeconds = error.retryAfter ?? null;
    const fallback = waitSeconds ? `Je plaatste net veel berichten. Probeer het over ${waitSeconds} seconden opnieuw.` : message;
    return { message: error.problem?.detail ? message : fallback, field: [], waitSeconds, notVoted: false };
  }
  if (error.status === 403) return { message: error.problem?.detail ? message : NOT_VOTED_MESSAGE, field, waitSeconds: null, notVoted: true };
  if (error.status === 422 && field.length > 0) {
    const personal = /persoonsgegevens$/.test(String(error.problem?.type ?? ""));
    return {
      message: personal
        ? "Je tekst lijkt gegevens van een echt persoon te bevatten. Pas de tekst aan en plaats hem opnieuw."
        : "Pas je tekst aan en plaats hem opnieuw.",
      field,
      waitSeconds: null,
      notVoted: false,
    };
  }
  return { message, field, waitSeconds: null, notVoted: false };
}

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * discussion-service learns votes from an event, so right after voting it may not know mine yet and answers 403.
 * Tries again after each of `delays` (ms) before giving up with that 403; other failures go straight through.
 */
export async function retryWhileNotVoted(call, { delays = [800, 1600, 3200], wait = delay, signal } = {}) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const retry = error instanceof ApiError && error.status === 403 && attempt < delays.length && !signal?.aborted;
      if (!retry) throw error;
      await wait(delays[attempt]);
    }
  }
}

// Moderation.

const AUDIT_ACTIONS = {
  GEPLAATST: "Geplaatst",
  BEWERKT: "Aangepast door de schrijver",
  VERWIJDERD: "Verwijderd door de schrijver",
  GEMELD: "Gemeld",
  VERBORGEN: "Verborgen",
  HERSTELD: "Teruggezet",
};

export function auditLabel(action) {
  return AUDIT_ACTIONS[action] ?? String(action ?? "");
}

/** One item of a moderation queue: what to decide on and which decision is possible. */
export function moderationModel(item) {
  const reports = Array.isArray(item?.reports) ? item.reports : [];
  return {
    id: String(item?.id ?? ""),
    caseId: item?.caseId ?? "",
    text: item?.text ?? "",
    hidden: Boolean(item?.hidden),
    deleted: Boolean(item?.deleted),
    postedAt: item?.postedAt ?? null,
    openReports: Number(item?.openReports) || 0,
    reports: reports.map((report) => ({ reason: String(report?.reason ?? ""), at: report?.at ?? null, settled: Boolean(report?.settled) })),
    audit: (Array.isArray(item?.audit) ? item.audit : []).map((entry) => ({
      action: auditLabel(entry?.action),
      // `by` is a pseudonym; a moderator's is prefixed. Who exactly does not help the decision.
      by: String(entry?.by ?? "").startsWith("moderator:") ? "een moderator" : "een collega",
      reason: entry?.reason ?? null,
      at: entry?.at ?? null,
    })),
    decision: item?.hidden ? "herstellen" : "verbergen",
  };
}

/** Redactie: proposals per case, the cases with the most supported proposal first. */
export function proposalsPerCase(answer) {
  const entries = Object.entries(answer && typeof answer === "object" ? answer : {}).map(([caseId, list]) => [
    caseId,
    [...(Array.isArray(list) ? list : [])].sort((a, b) => (Number(b.support) || 0) - (Number(a.support) || 0)),
  ]);
  const top = (list) => Number(list[0]?.support) || 0;
  return entries.filter(([, list]) => list.length > 0).sort((a, b) => top(b[1]) - top(a[1]) || a[0].localeCompare(b[0]));
}
