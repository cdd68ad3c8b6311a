// "Praktijkdilemma's" (the redactie's inbox): the filters that live in the hash ("#/praktijkdilemmas?status=NIEUW&
// thema=…&organisatie=…&zoek=…&pagina=2"), the status tabs with their counts, one dilemma as the page shows it, and
// which status steps a redacteur may take. Pure functions (tested with node --test).

export const INBOX_FILTERS = ["status", "thema", "organisatie", "zoek"];
export const PAGE_SIZE = 20;

/** The statuses in the order of the tabs, with Dutch labels for when the API's list is not there. */
export const STATUSES = [
  ["NIEUW", "Nieuw"],
  ["IN_BEHANDELING", "In behandeling"],
  ["GEBRUIKT", "Gebruikt"],
  ["NIET_GEBRUIKT", "Niet gebruikt"],
];

/** The status steps a redacteur takes here; "gebruikt" follows from publishing a Kopkraker that names the dilemma. */
export const STATUS_STEPS = {
  IN_BEHANDELING: { label: "In behandeling nemen", done: "staat nu in behandeling" },
  NIEUW: { label: "Terug naar nieuw", done: "staat weer op nieuw" },
  NIET_GEBRUIKT: { label: "Niet gebruiken…", done: "staat op niet gebruikt" },
};

export const REASON_MAX = 300;
export const THEME_LABEL_MAX = 80;

const MAX_FILTER_LENGTH = 100;

/** Known, non-empty filters and the page (1-based in the hash, absent for the first). */
export function parseInboxQuery(query) {
  const params = new URLSearchParams(query ?? "");
  const filters = {};
  for (const name of INBOX_FILTERS) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value.slice(0, MAX_FILTER_LENGTH);
  }
  if (filters.status && !STATUSES.some(([code]) => code === filters.status)) delete filters.status;
  const page = Number.parseInt(params.get("pagina") ?? "", 10);
  if (Number.isInteger(page) && page > 1) filters.pagina = page;
  return filters;
}

/** "#/praktijkdilemmas?status=NIEUW&zoek=…": a view one can share. */
export function inboxHref(filters = {}) {
  const params = new URLSearchParams();
  for (const name of INBOX_FILTERS) {
    const value = String(filters[name] ?? "").trim();
    if (value) params.set(name, value);
  }
  if (Number(filters.pagina) > 1) params.set("pagina", String(filters.pagina));
  const query = params.toString();
  return query ? `#/praktijkdilemmas?${query}` : "#/praktijkdilemmas";
}

/** The API's query for these filters: 0-based page. */
export function inboxQuery(filters = {}, pageSize = PAGE_SIZE) {
  const query = {};
  for (const name of INBOX_FILTERS) if (filters[name]) query[name] = filters[name];
  query.pagina = String(Math.max(0, (Number(filters.pagina) || 1) - 1));
  query.per = String(pageSize);
  return query;
}

/** The tabs: "Alle" and one per status, each with its count (perStatus counts with the other filters). */
export function statusTabs(perStatus = {}, statuses = null) {
  const list = Array.isArray(statuses) && statuses.length > 0
    ? statuses.filter((entry) => typeof entry?.code === "string").map((entry) => [entry.code, shortStatus(entry.code, entry.label)])
    : STATUSES;
  const counts = list.map(([code, label]) => ({ code, label, count: Number(perStatus?.[code]) || 0 }));
  const all = counts.reduce((sum, tab) => sum + tab.count, 0);
  return [{ code: null, label: "Alle", count: all }, ...counts];
}

/** The API calls GEBRUIKT "Gebruikt voor een Kopkraker"; a tab needs the short name. */
function shortStatus(code, label) {
  return STATUSES.find(([known]) => known === code)?.[1] ?? label ?? code;
}

/** Counts after one dilemma moved from one status to another (the tab counts stay right without reloading). */
export function moveCount(perStatus = {}, from, to) {
  const next = { ...perStatus };
  if (from === to) return next;
  if (from) next[from] = Math.max(0, (Number(next[from]) || 0) - 1);
  if (to) next[to] = (Number(next[to]) || 0) + 1;
  return next;
}

/** The status steps from a status, in the order of the buttons. */
export function stepsFrom(status) {
  switch (status) {
    case "NIEUW":
      return ["IN_BEHANDELING", "NIET_GEBRUIKT"];
    case "IN_BEHANDELING":
      return ["NIEUW", "NIET_GEBRUIKT"];
    case "NIET_GEBRUIKT":
      return ["IN_BEHANDELING", "NIEUW"];
    default:
      return [];
  }
}

const label = (entry) => (entry && typeof entry === "object" ? String(entry.label ?? entry.code ?? "") : "");

/** "Gebruikt voor Kopkraker 7 'Olivier'". */
export function usedText(kopkraker) {
  const number = kopkraker?.number ? ` ${kopkraker.number}` : "";
  const title = kopkraker?.title ? ` '${kopkraker.title}'` : "";
  return `Gebruikt voor Kopkraker${number}${title}`;
}

/** One dilemma as the inbox shows it. */
export function dilemmaModel(item) {
  const functionLabel = item?.function?.code === "anders" && item?.functionOther ? `Anders: ${item.functionOther}` : label(item?.function);
  const sources = (Array.isArray(item?.knowledgeSources) ? item.knowledgeSources : []).map((source) =>
    source?.code === "anders" && item?.otherKnowledgeSource ? `Anders: ${item.otherKnowledgeSource}` : label(source),
  );
  const status = item?.status?.code ?? "NIEUW";
  return {
    id: String(item?.id ?? ""),
    organisation: item?.organisation?.name ?? item?.organisation?.id ?? "",
    organisationId: item?.organisation?.id ?? "",
    receivedOn: item?.receivedOn ?? null,
    background: [
      ["Functie", functionLabel || "Niet ingevuld"],
      ["Opleiding", label(item?.educationLevel) || "Niet ingevuld"],
      ["Jaren in het vak", label(item?.yearsInField) || "Niet ingevuld"],
    ],
    problem: String(item?.problem ?? ""),
    approaches: [1, 2].map((number) => ({
      number,
      text: String(item?.[`approach${number}`] ?? ""),
      chosen: Number(item?.chosenApproach) === number,
    })),
    sources,
    remark: item?.remark ? String(item.remark) : null,
    sameSubmission: Array.isArray(item?.sameSubmission) ? item.sameSubmission.filter((id) => typeof id === "string") : [],
    theme: item?.theme?.code ?? "",
    themeLabel: label(item?.theme),
    status,
    statusLabel: label(item?.status) || status,
    reason: item?.reason ? String(item.reason) : null,
    used: (Array.isArray(item?.kopkrakers) ? item.kopkrakers : []).map((kopkraker) => ({ caseId: kopkraker?.caseId ?? "", text: usedText(kopkraker) })),
    steps: stepsFrom(status),
    history: (Array.isArray(item?.history) ? item.history : []).map((entry) => ({
      at: entry?.at ?? null,
      by: String(entry?.by ?? ""),
      change: String(entry?.change ?? ""),
    })),
  };
}

/** "12 dilemma's", "1 dilemma", "Geen dilemma's gevonden." */
export function countText(total, filtered) {
  const n = Number(total) || 0;
  if (n === 0) return filtered ? "Geen dilemma's gevonden met deze filters." : "Er zijn nog geen dilemma's ingestuurd.";
  return n === 1 ? "1 dilemma" : `${n} dilemma's`;
}

export function pageCount(total, pageSize = PAGE_SIZE) {
  return Math.max(1, Math.ceil((Number(total) || 0) / pageSize));
}

export function hasInboxFilters(filters = {}) {
  return ["thema", "organisatie", "zoek"].some((name) => String(filters[name] ?? "").trim() !== "");
}
