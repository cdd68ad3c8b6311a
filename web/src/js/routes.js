// Hash routes. Pure functions (tested with node --test):
//   "#/" home (with archive filters: "#/?thema=…&zoek=…"), "#/kopkrakers/{id}", "#/mijn-keuzes", "#/profiel",
//   "#/redactie" (editor list), "#/redactie/nieuw" and "#/redactie/{id}" (the editor), "#/derde-opties" (proposals
//   for another option, redacteur), "#/moderatie" (moderator), "#/praktijkdilemma" (a professional hands in a dilemma),
//   "#/praktijkdilemmas" (the redactie's inbox, filters in the query) and "#/praktijkdilemmas/rapportage" (reports,
//   period in the query: "?van=2026-01-01&tot=2026-12-31").
// The Keuzehulp: "#/keuzehulp" (the search, filters in the query: "?leeftijd=22-26&doel=scholing,zoeken-solliciteren"),
//   "#/keuzehulp/{id}", "#/keuzehulp/{id}/samen" (the B1 card for the conversation with a client),
//   "#/keuzehulp/vergelijk?ids=a,b,c", "#/keuzehulp/beheer" (instrumentbeheerder; "…/beheer/nieuw", "…/beheer/{id}"),
//   "#/keuzehulp/beoordelingen" (moderator). Public, without an account: "#/publiek/{tenant}/keuzehulp" and
//   "#/beoordeel/{token}" (a client's review link).
import { parseCompareQuery, parseKeuzehulpQuery } from "./keuzehulp-search.js";
import { parseInboxQuery } from "./praktijkdilemmas-model.js";
import { parsePeriod } from "./rapportage-model.js";

/** The archive filters that live in the home page's hash, in the order they are written. */
export const ARCHIVE_FILTERS = ["thema", "begrip", "doelgroep", "uitkering", "zoek"];

const MAX_FILTER_LENGTH = 100;

export function parseRoute(hash) {
  const raw = String(hash ?? "").replace(/^#/, "");
  const queryAt = raw.indexOf("?");
  const path = queryAt === -1 ? raw : raw.slice(0, queryAt);
  const query = queryAt === -1 ? "" : raw.slice(queryAt + 1);
  if (path === "" || path === "/") return { name: "home", filters: parseFilters(query) };
  const kopkraker = path.match(/^\/kopkrakers\/([^/?#]+)\/?$/);
  if (kopkraker) return { name: "kopkraker", id: decodeURIComponent(kopkraker[1]) };
  if (/^\/mijn-keuzes\/?$/.test(path)) return { name: "mijn-keuzes" };
  if (/^\/profiel\/?$/.test(path)) return { name: "profiel" };
  if (/^\/redactie\/?$/.test(path)) return { name: "redactie" };
  if (/^\/derde-opties\/?$/.test(path)) return { name: "derde-opties" };
  if (/^\/moderatie\/?$/.test(path)) return { name: "moderatie" };
  if (/^\/praktijkdilemma\/?$/.test(path)) return { name: "praktijkdilemma" };
  if (/^\/praktijkdilemmas\/?$/.test(path)) return { name: "praktijkdilemmas", filters: parseInboxQuery(query) };
  if (/^\/praktijkdilemmas\/rapportage\/?$/.test(path)) return { name: "praktijkdilemmas-rapportage", period: parsePeriod(query) };
  const keuzehulp = keuzehulpRoute(path, query);
  if (keuzehulp) return keuzehulp;
  const publiek = path.match(/^\/publiek\/([^/?#]+)\/keuzehulp\/?$/);
  if (publiek) return { name: "publiek-keuzehulp", tenant: decodeURIComponent(publiek[1]) };
  const beoordeel = path.match(/^\/beoordeel\/([^/?#]+)\/?$/);
  if (beoordeel) return { name: "beoordeel", token: decodeURIComponent(beoordeel[1]) };
  if (/^\/redactie\/nieuw\/?$/.test(path)) return { name: "redactie-editor", id: null };
  const editor = path.match(/^\/redactie\/([^/?#]+)\/?$/);
  if (editor) return { name: "redactie-editor", id: decodeURIComponent(editor[1]) };
  return { name: "not-found", path };
}

function keuzehulpRoute(path, query) {
  if (!/^\/keuzehulp(\/|$)/.test(path)) return null;
  if (/^\/keuzehulp\/?$/.test(path)) return { name: "keuzehulp", state: parseKeuzehulpQuery(query) };
  if (/^\/keuzehulp\/vergelijk\/?$/.test(path)) return { name: "keuzehulp-vergelijk", ids: parseCompareQuery(query) };
  if (/^\/keuzehulp\/beheer\/?$/.test(path)) return { name: "keuzehulp-beheer" };
  if (/^\/keuzehulp\/beheer\/nieuw\/?$/.test(path)) return { name: "keuzehulp-bewerken", id: null };
  const edit = path.match(/^\/keuzehulp\/beheer\/([^/?#]+)\/?$/);
  if (edit) return { name: "keuzehulp-bewerken", id: decodeURIComponent(edit[1]) };
  if (/^\/keuzehulp\/beoordelingen\/?$/.test(path)) return { name: "keuzehulp-beoordelingen" };
  const together = path.match(/^\/keuzehulp\/([^/?#]+)\/samen\/?$/);
  if (together) return { name: "keuzehulp-samen", id: decodeURIComponent(together[1]) };
  const one = path.match(/^\/keuzehulp\/([^/?#]+)\/?$/);
  if (one) return { name: "keuzehulp-instrument", id: decodeURIComponent(one[1]) };
  return null;
}

/** Pages for people without an account: they never ask to sign in. */
export const PUBLIC_ROUTES = ["publiek-keuzehulp", "beoordeel"];

export function isPublicRoute(route) {
  return PUBLIC_ROUTES.includes(route?.name);
}

/** Known, non-empty filters only; unknown parameters are dropped. */
export function parseFilters(query) {
  const params = new URLSearchParams(query ?? "");
  const filters = {};
  for (const name of ARCHIVE_FILTERS) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value.slice(0, MAX_FILTER_LENGTH);
  }
  return filters;
}

/** "#/" or "#/?thema=…&zoek=…": a search one can share. */
export function homeHref(filters = {}) {
  const params = new URLSearchParams();
  for (const name of ARCHIVE_FILTERS) {
    const value = String(filters[name] ?? "").trim();
    if (value) params.set(name, value);
  }
  const query = params.toString();
  return query ? `#/?${query}` : "#/";
}

export function hasFilters(filters = {}) {
  return ARCHIVE_FILTERS.some((name) => String(filters[name] ?? "").trim() !== "");
}

export function kopkrakerHref(id) {
  return `#/kopkrakers/${encodeURIComponent(id)}`;
}

export const MIJN_KEUZES_HREF = "#/mijn-keuzes";
export const PROFIEL_HREF = "#/profiel";
export const REDACTIE_HREF = "#/redactie";
export const DERDE_OPTIES_HREF = "#/derde-opties";
export const MODERATIE_HREF = "#/moderatie";
export const PRAKTIJKDILEMMA_HREF = "#/praktijkdilemma";
export const PRAKTIJKDILEMMAS_HREF = "#/praktijkdilemmas";
export const RAPPORTAGE_DILEMMAS_HREF = "#/praktijkdilemmas/rapportage";
export const KEUZEHULP_BEHEER_HREF = "#/keuzehulp/beheer";
export const KEUZEHULP_BEOORDELINGEN_HREF = "#/keuzehulp/beoordelingen";
export { KEUZEHULP_HREF, compareHref, instrumentHref, keuzehulpHref } from "./keuzehulp-search.js";
export { beheerHref } from "./keuzehulp-beheer.js";
export { publicKeuzehulpHref, reviewPageHref } from "./keuzehulp-publiek.js";
export { inboxHref } from "./praktijkdilemmas-model.js";
export { rapportageHref } from "./rapportage-model.js";

/** The editor for a Kopkraker, or for a new one without an id. */
export function redactieHref(id = null) {
  return id ? `#/redactie/${encodeURIComponent(id)}` : "#/redactie/nieuw";
}

/** Only "#/…" hashes are routes; others (like the skip link's "#main") are in-page anchors. */
export function isRouteHash(hash) {
  return hash === "" || hash === "#" || String(hash).startsWith("#/");
}
