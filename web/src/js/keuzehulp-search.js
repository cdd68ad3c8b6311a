// The Keuzehulp's webshop search (docs/api-v1-keuzehulp.md): the filters that live in the hash
// ("#/keuzehulp?leeftijd=22-26&doel=scholing,zoeken-solliciteren&zoek=taal&sortering=erkenning&pagina=2"), the API's
// query for them, the facets grouped as the page shows them (a value that would give nothing is disabled unless it is
// chosen), the chosen filters as removable chips, the count that is announced, and the "Vergelijk" selection (at most
// three). Pure functions (tested with node --test).

export const KEUZEHULP_HREF = "#/keuzehulp";

/** Parameters that are not facets. `per` is the app's own choice, never taken from a link. */
export const RESERVED = ["zoek", "sortering", "pagina", "per"];

export const SORTINGS = [
  ["naam", "Naam (A tot Z)"],
  ["erkenning", "Sterkste onderbouwing eerst"],
  ["beoordeling", "Beste beoordeling door professionals eerst"],
];

export const DEFAULT_SORTING = "naam";
export const PAGE_SIZE = 24;
export const MAX_SEARCH_LENGTH = 100;
export const COMPARE_MAX = 3;

/**
 * How the filter panel groups the API's facets, in this order: [key, title, facet names or a kind]. A facet the API adds
 * later lands in the group of its kind, else in the last group, so nothing the API offers is lost.
 */
export const FACET_GROUPS = [
  ["route", "Fase in de route", { names: ["categorie"], kinds: ["route", "categorie"] }],
  ["klant", "Over de klant", { names: [], kinds: ["klant"] }],
  ["doel", "Werkt aan", { names: ["doel"], kinds: ["doel"] }],
  ["werkwijze", "Werkwijze uit een Kopkraker", { names: ["werkwijze"], kinds: ["werkwijze"] }],
  ["onderbouwing", "Onderbouwing, duur en kosten", { names: ["erkenning", "duur", "kosten"], kinds: ["afgeleid"] }],
  ["praktisch", "Vorm en locatie", { names: ["vorm", "locatie"], kinds: ["praktisch", "locatie"] }],
];

const text = (value) => (typeof value === "string" ? value : value === null || value === undefined ? "" : String(value));

/** The codes of a comma-separated parameter, each once, in the order given. */
export function splitCodes(value) {
  const codes = [];
  for (const part of text(value).split(",")) {
    const code = part.trim();
    if (code && !codes.includes(code)) codes.push(code);
  }
  return codes;
}

/**
 * The state in the hash's query: `filters` (facet name → codes, in the order of the link), `zoek`, `sortering`
 * (absent for the default) and `pagina` (1-based, absent for the first). Facet names and codes are not checked here:
 * the API knows the vocabulary and names what it does not know (422), which the page then shows.
 */
export function parseKeuzehulpQuery(query) {
  const params = new URLSearchParams(text(query));
  const state = { filters: {} };
  for (const [name, value] of params) {
    if (RESERVED.includes(name) || name.trim() === "") continue;
    const codes = splitCodes(value);
    if (codes.length === 0) continue;
    const known = state.filters[name] ?? [];
    state.filters[name] = [...known, ...codes.filter((code) => !known.includes(code))];
  }
  const zoek = params.get("zoek")?.trim();
  if (zoek) state.zoek = zoek.slice(0, MAX_SEARCH_LENGTH);
  const sortering = params.get("sortering")?.trim();
  if (sortering && sortering !== DEFAULT_SORTING) state.sortering = sortering;
  const pagina = Number.parseInt(params.get("pagina") ?? "", 10);
  if (Number.isInteger(pagina) && pagina > 1) state.pagina = pagina;
  return state;
}

/** Facet names in the API's order (`order`), then any others in the order they were chosen. */
function orderedNames(filters, order = []) {
  const names = Object.keys(filters ?? {}).filter((name) => (filters[name] ?? []).length > 0);
  const rank = (name) => {
    const index = order.indexOf(name);
    return index === -1 ? order.length : index;
  };
  return names.map((name, index) => [name, index]).sort((a, b) => rank(a[0]) - rank(b[0]) || a[1] - b[1]).map(([name]) => name);
}

const encode = (value) => encodeURIComponent(value);

/**
 * "#/keuzehulp?leeftijd=22-26&doel=scholing,zoeken-solliciteren&zoek=taal": a search one can share or bookmark. Facets
 * in the API's order when `order` is given; commas between codes stay readable.
 */
export function keuzehulpHref(state = {}, order = []) {
  const parts = [];
  for (const name of orderedNames(state.filters, order)) {
    parts.push(`${encode(name)}=${state.filters[name].map(encode).join(",")}`);
  }
  const zoek = text(state.zoek).trim();
  if (zoek) parts.push(`zoek=${encode(zoek)}`);
  if (state.sortering && state.sortering !== DEFAULT_SORTING) parts.push(`sortering=${encode(state.sortering)}`);
  if (Number(state.pagina) > 1) parts.push(`pagina=${Number(state.pagina)}`);
  return parts.length > 0 ? `${KEUZEHULP_HREF}?${parts.join("&")}` : KEUZEHULP_HREF;
}

/** The API's query string for the state: comma-separated codes, 0-based page, the app's page size. */
export function searchQuery(state = {}, pageSize = PAGE_SIZE) {
  const params = new URLSearchParams();
  for (const name of orderedNames(state.filters)) params.set(name, state.filters[name].join(","));
  const zoek = text(state.zoek).trim();
  if (zoek) params.set("zoek", zoek);
  if (state.sortering) params.set("sortering", state.sortering);
  params.set("pagina", String(Math.max(0, (Number(state.pagina) || 1) - 1)));
  params.set("per", String(pageSize));
  return params.toString();
}

export function hasFilters(state = {}) {
  return Object.values(state.filters ?? {}).some((codes) => codes.length > 0) || text(state.zoek).trim() !== "";
}

export function filterCount(state = {}) {
  return Object.values(state.filters ?? {}).reduce((sum, codes) => sum + codes.length, 0);
}

/** The state with one value on or off; any change of the filters starts at the first page again. */
export function toggleValue(state = {}, facet, code, on) {
  const filters = { ...(state.filters ?? {}) };
  const codes = (filters[facet] ?? []).filter((existing) => existing !== code);
  if (on) codes.push(code);
  if (codes.length > 0) filters[facet] = codes;
  else delete filters[facet];
  return withoutPage({ ...state, filters });
}

export function withSearch(state = {}, zoek) {
  const trimmed = text(zoek).trim().slice(0, MAX_SEARCH_LENGTH);
  const next = { ...state };
  if (trimmed) next.zoek = trimmed;
  else delete next.zoek;
  return withoutPage(next);
}

export function withSorting(state = {}, sortering) {
  const next = { ...state };
  if (sortering && sortering !== DEFAULT_SORTING) next.sortering = sortering;
  else delete next.sortering;
  return withoutPage(next);
}

export function withPage(state = {}, pagina) {
  const next = { ...state };
  if (Number(pagina) > 1) next.pagina = Number(pagina);
  else delete next.pagina;
  return next;
}

function withoutPage(state) {
  const next = { ...state };
  delete next.pagina;
  return next;
}

/** "Wis alle filters": no facets and no search text; the chosen order stays. */
export function clearedFilters(state = {}) {
  return state.sortering ? { filters: {}, sortering: state.sortering } : { filters: {} };
}

/**
 * The state without the parameters a 422 named (`errors[].field`, e.g. "leeftijd" or "sortering"), for "Verder zonder
 * deze filters" after a bookmarked link with values the organisation's Keuzehulp does not know.
 */
export function withoutParameters(state = {}, fields = []) {
  const drop = new Set(fields.filter((field) => typeof field === "string"));
  const filters = Object.fromEntries(Object.entries(state.filters ?? {}).filter(([name]) => !drop.has(name)));
  const next = { ...state, filters };
  for (const name of ["zoek", "sortering", "pagina"]) if (drop.has(name)) delete next[name];
  if (drop.has("per")) delete next.pagina;
  return next;
}

const normalKind = (kind) => text(kind).toLowerCase();

/** The group key of a facet: by its name first, else its kind, else the last group. */
export function groupOf(facet) {
  const name = text(facet?.name);
  const kind = normalKind(facet?.kind);
  for (const [key, , match] of FACET_GROUPS) if (match.names.includes(name)) return key;
  for (const [key, , match] of FACET_GROUPS) if (match.kinds.includes(kind)) return key;
  return FACET_GROUPS.at(-1)[0];
}

/** "Schulden (12)". */
export function valueText(value) {
  return `${text(value?.label) || text(value?.code)} (${Number(value?.count) || 0})`;
}

/**
 * The API's facets grouped for the filter panel. Each value: its code and label, the count, `checked` (the API's
 * `selected`, or chosen in the state), `disabled` (nothing to find and not chosen), and the label with its count.
 * Values the state has but the API does not list (a link from elsewhere) are kept, so they can be switched off.
 */
export function facetGroups(facets = [], state = {}) {
  const groups = FACET_GROUPS.map(([key, title]) => ({ key, title, facets: [] }));
  for (const facet of Array.isArray(facets) ? facets : []) {
    if (typeof facet?.name !== "string" || facet.name === "") continue;
    const chosen = state.filters?.[facet.name] ?? [];
    const listed = (Array.isArray(facet.values) ? facet.values : []).filter((value) => typeof value?.code === "string" && value.code !== "");
    const values = listed.map((value) => {
      const count = Number(value.count) || 0;
      const checked = value.selected === true || chosen.includes(value.code);
      return {
        code: value.code,
        label: text(value.label) || value.code,
        count,
        checked,
        disabled: count === 0 && !checked,
        text: valueText(value),
      };
    });
    for (const code of chosen) {
      if (!values.some((value) => value.code === code)) values.push({ code, label: code, count: 0, checked: true, disabled: false, text: `${code} (0)` });
    }
    if (values.length === 0) continue;
    const entry = {
      name: facet.name,
      label: text(facet.label) || facet.name,
      kind: normalKind(facet.kind),
      values,
      chosen: values.filter((value) => value.checked).length,
    };
    groups.find((group) => group.key === groupOf(facet)).facets.push(entry);
  }
  return groups.filter((group) => group.facets.length > 0);
}

/** The chosen filters as chips: facet label, value label, and the state without that value. */
export function chosenChips(facets = [], state = {}) {
  const byName = new Map((Array.isArray(facets) ? facets : []).filter((facet) => facet?.name).map((facet) => [facet.name, facet]));
  const chips = [];
  for (const name of orderedNames(state.filters, [...byName.keys()])) {
    const facet = byName.get(name);
    for (const code of state.filters[name]) {
      const value = (facet?.values ?? []).find((entry) => entry?.code === code);
      chips.push({
        facet: name,
        code,
        facetLabel: text(facet?.label) || name,
        label: text(value?.label) || code,
        next: toggleValue(state, name, code, false),
      });
    }
  }
  return chips;
}

/** "12 instrumenten gevonden", "1 instrument gevonden", none with or without filters. */
export function resultCountText(total, filtered) {
  const n = Number(total) || 0;
  if (n === 0) return filtered ? "Geen instrumenten gevonden met deze filters. Zet een filter uit of wis alle filters." : "Er staan nog geen instrumenten in de Keuzehulp.";
  return n === 1 ? "1 instrument gevonden" : `${n} instrumenten gevonden`;
}

export function pageCount(total, pageSize = PAGE_SIZE) {
  return Math.max(1, Math.ceil((Number(total) || 0) / pageSize));
}

/** "Vergelijk (2)". */
export function compareLinkText(ids = []) {
  return `Vergelijk (${ids.length})`;
}

/**
 * The "Vergelijk" selection after ticking or unticking an instrument: at most `max`; a fourth is refused with a reason
 * and the selection stays as it was.
 */
export function toggleCompare(ids = [], id, on, max = COMPARE_MAX) {
  const current = ids.filter((existing, index) => typeof existing === "string" && existing !== "" && ids.indexOf(existing) === index);
  if (!on) return { ids: current.filter((existing) => existing !== id), refused: null };
  if (current.includes(id)) return { ids: current, refused: null };
  if (current.length >= max) return { ids: current, refused: `Je kunt hoogstens ${max} instrumenten vergelijken. Haal er eerst een weg.` };
  return { ids: [...current, id], refused: null };
}

/** "#/keuzehulp/vergelijk?ids=a,b,c". */
export function compareHref(ids = []) {
  const list = ids.filter((id) => typeof id === "string" && id !== "");
  return list.length > 0 ? `${KEUZEHULP_HREF}/vergelijk?ids=${list.map(encode).join(",")}` : `${KEUZEHULP_HREF}/vergelijk`;
}

/** The ids of a compare link: each once, at most `max`. */
export function parseCompareQuery(query, max = COMPARE_MAX) {
  return splitCodes(new URLSearchParams(text(query)).get("ids")).slice(0, max);
}

/** The selection as stored in sessionStorage: a JSON list of ids, anything broken is an empty selection. */
export function parseCompareSelection(stored, max = COMPARE_MAX) {
  try {
    const list = JSON.parse(text(stored) || "[]");
    return Array.isArray(list) ? list.filter((id, index) => typeof id === "string" && id !== "" && list.indexOf(id) === index).slice(0, max) : [];
  } catch {
    return [];
  }
}

/** "#/keuzehulp/<id>", "#/keuzehulp/<id>/samen". */
export function instrumentHref(id, part = "") {
  return `${KEUZEHULP_HREF}/${encode(id)}${part ? `/${part}` : ""}`;
}
