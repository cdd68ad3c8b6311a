// Calls to our API through the gateway. Attaches the access token, turns failures into ApiError /
// OfflineError, and sends the user back to sign-in on 401.
import { accessToken } from "./auth.js";
import { ApiError, OfflineError, retryAfterSeconds } from "./problems.js";

let unauthorizedHandler = () => {};

/**
 * Called when the token is missing, expired or rejected. The failing call waits for it, so the
 * page has already moved on to sign-in when the error reaches it.
 */
export function onUnauthorized(handler) {
  unauthorizedHandler = handler;
}

/** The raw response of a successful call; a failure becomes ApiError (with its problem+json) or OfflineError. */
async function send(method, path, { body, raw, auth = true, signal, headers: extra = {} } = {}) {
  const headers = { Accept: "application/json, application/problem+json", ...extra };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (auth) {
    const token = await accessToken();
    if (!token) {
      await unauthorizedHandler();
      throw new ApiError(401, {});
    }
    headers.Authorization = `Bearer ${token}`;
  }

  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      // `raw`: bytes sent as they are (a CSV file), with the Content-Type the caller gives.
      body: raw !== undefined ? raw : body === undefined ? undefined : JSON.stringify(body),
      signal,
      cache: "no-store",
    });
  } catch (error) {
    if (error?.name === "AbortError") throw error;
    throw new OfflineError(error);
  }

  if (response.ok) return response;
  const payload = await readJson(response);
  if (response.status === 401 && auth) await unauthorizedHandler();
  throw new ApiError(response.status, payload ?? {}, { retryAfter: retryAfterSeconds(response.headers.get("Retry-After")) });
}

async function request(method, path, options = {}) {
  return readJson(await send(method, path, options));
}

async function readJson(response) {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export const api = {
  tenants: () => request("GET", "/api/v1/tenants", { auth: false }),
  /** Published Kopkrakers, newest first; `filters` are the archive's (thema, begrip, doelgroep, uitkering, zoek). */
  kopkrakers: (filters = {}, { signal } = {}) => {
    const query = new URLSearchParams(Object.entries(filters).filter(([, value]) => value)).toString();
    return request("GET", `/api/v1/kopkrakers${query ? `?${query}` : ""}`, { signal });
  },
  kopkraker: (id) => request("GET", `/api/v1/kopkrakers/${encodeURIComponent(id)}`),
  /** My vote, or null when I have not voted on this case yet (the API answers 404 then). */
  myVote: async (id) => {
    try {
      return await request("GET", `/api/v1/kopkrakers/${encodeURIComponent(id)}/stem`);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }
  },
  vote: (id, optionId) => request("PUT", `/api/v1/kopkrakers/${encodeURIComponent(id)}/stem`, { body: { optionId } }),
  stemoverzicht: (id, { signal } = {}) =>
    request("GET", `/api/v1/kopkrakers/${encodeURIComponent(id)}/stemoverzicht`, { signal }),
  /**
   * The stemoverzicht as server-sent events: the open Response, its body not read yet. With `lastEventId` the
   * server skips the snapshot I already have. EventSource cannot send our Authorization header, hence fetch.
   */
  stemoverzichtLive: (id, { lastEventId = null, signal } = {}) =>
    send("GET", `/api/v1/kopkrakers/${encodeURIComponent(id)}/stemoverzicht/live`, {
      signal,
      headers: { Accept: "text/event-stream, application/problem+json", ...(lastEventId ? { "Last-Event-ID": lastEventId } : {}) },
    }),
  /** The national results as CSV (roles redacteur and analist): the file and the name the server gave it. */
  stemoverzichtExport: async (id) => {
    const response = await send("GET", `/api/v1/kopkrakers/${encodeURIComponent(id)}/stemoverzicht/export`, {
      headers: { Accept: "text/csv, application/problem+json" },
    });
    return { blob: await response.blob(), disposition: response.headers.get("Content-Disposition") };
  },
  /** "Mijn profiel": function and years in the field, each a code or null. */
  profiel: ({ signal } = {}) => request("GET", "/api/v1/profiel", { signal }),
  saveProfiel: (profile) => request("PUT", "/api/v1/profiel", { body: profile }),
  /** The choices for the profile, in the questionnaire's order: {functions, yearsInField} of {code, label}. */
  profielWaarden: ({ signal } = {}) => request("GET", "/api/v1/profiel/waarden", { signal }),
  /** "Mijn keuzes": all my votes, newest first. */
  myVotes: ({ signal } = {}) => request("GET", "/api/v1/stemmen/mijn", { signal }),

  /** "Waarom koos je dit?" (discussion-service): reactions, replies, herkenbaar, reports, third options, moderation. */
  reacties: {
    list: (caseId, { sort = "nieuw", page = 0, size = 10 } = {}, { signal } = {}) =>
      request("GET", `/api/v1/reacties?${new URLSearchParams({ kopkraker: caseId, sort, page: String(page), size: String(size) })}`, { signal }),
    one: (id) => request("GET", `/api/v1/reacties/${encodeURIComponent(id)}`),
    post: (caseId, text, nationwide) => request("POST", "/api/v1/reacties", { body: { caseId, text, nationwide } }),
    reply: (id, text) => request("POST", `/api/v1/reacties/${encodeURIComponent(id)}/antwoorden`, { body: { text } }),
    edit: (id, text) => request("PUT", `/api/v1/reacties/${encodeURIComponent(id)}`, { body: { text } }),
    remove: (id) => request("DELETE", `/api/v1/reacties/${encodeURIComponent(id)}`),
    recognise: (id, on) => request(on ? "PUT" : "DELETE", `/api/v1/reacties/${encodeURIComponent(id)}/herkenbaar`),
    report: (id, reason) => request("POST", `/api/v1/reacties/${encodeURIComponent(id)}/meldingen`, { body: { reason } }),
    /** Role moderator: "gemeld" or "verborgen". */
    queue: (status, { signal } = {}) => request("GET", `/api/v1/reacties/moderatie?status=${encodeURIComponent(status)}`, { signal }),
    hide: (id, reason) => request("POST", `/api/v1/reacties/${encodeURIComponent(id)}/verbergen`, { body: { reason } }),
    restore: (id, reason) => request("POST", `/api/v1/reacties/${encodeURIComponent(id)}/herstellen`, { body: { reason } }),
    proposals: (caseId, { signal } = {}) => request("GET", `/api/v1/reacties/derde-opties?kopkraker=${encodeURIComponent(caseId)}`, { signal }),
    propose: (caseId, title, explanation) => request("POST", "/api/v1/reacties/derde-opties", { body: { caseId, title, explanation } }),
    support: (id, on) => request(on ? "PUT" : "DELETE", `/api/v1/reacties/derde-opties/${encodeURIComponent(id)}/steun`),
    /** Role redacteur: {caseId: [proposals]}. */
    proposalsForEditors: ({ signal } = {}) => request("GET", "/api/v1/reacties/derde-opties/redactie", { signal }),
  },

  /** Praktijkdilemma's (dilemma-intake-service): the form, the redactie's inbox and the reports. */
  praktijkdilemmas: {
    /** What the form asks: {consent, functions, educationLevels, yearsInField, knowledgeSources, limits}. */
    vragenlijst: ({ signal } = {}) => request("GET", "/api/v1/praktijkdilemmas/vragenlijst", { signal }),
    /** Role professional: → {dilemmaIds, receivedOn}. */
    submit: (body) => request("POST", "/api/v1/praktijkdilemmas/inzendingen", { body }),
    /** Role redacteur: {items, total, page, pageSize, perStatus}; `query` holds status, thema, organisatie, zoek, pagina, per. */
    list: (query = {}, { signal } = {}) => {
      const params = new URLSearchParams(Object.entries(query).filter(([, value]) => value !== undefined && value !== null && value !== ""));
      return request("GET", `/api/v1/praktijkdilemmas?${params}`, { signal });
    },
    one: (id) => request("GET", `/api/v1/praktijkdilemmas/${encodeURIComponent(id)}`),
    setTheme: (id, theme) => request("PUT", `/api/v1/praktijkdilemmas/${encodeURIComponent(id)}/thema`, { body: { theme: theme || null } }),
    setStatus: (id, status, reason = null) =>
      request("PUT", `/api/v1/praktijkdilemmas/${encodeURIComponent(id)}/status`, { body: reason ? { status, reason } : { status } }),
    /** Roles redacteur and analist: {themes: [{code, label, builtIn}], statuses: [{code, label}]}. */
    themes: ({ signal } = {}) => request("GET", "/api/v1/praktijkdilemmas/themas", { signal }),
    addTheme: (label) => request("POST", "/api/v1/praktijkdilemmas/themas", { body: { label } }),
    /** Roles redacteur and analist: tables 1–3 over the period ({van, tot}, both optional). */
    report: (period = {}, { signal } = {}) => request("GET", `/api/v1/praktijkdilemmas/rapportage${periodQuery(period)}`, { signal }),
    reportExport: async (period = {}) => {
      const response = await send("GET", `/api/v1/praktijkdilemmas/rapportage/export${periodQuery(period)}`, {
        headers: { Accept: "text/csv, application/problem+json" },
      });
      return { blob: await response.blob(), disposition: response.headers.get("Content-Disposition") };
    },
  },

  /** The Keuzehulp (keuzehulp-service, docs/api-v1-keuzehulp.md). */
  keuzehulp: {
    /** Every facet with its values (code, label), in display order. */
    vocabulary: ({ signal } = {}) => request("GET", "/api/v1/keuzehulp/vocabulaire", { signal }),
    /** The webshop search; `query` is the query string (keuzehulp-search.js's searchQuery). */
    search: (query, { signal } = {}) => request("GET", `/api/v1/keuzehulp/instrumenten?${query}`, { signal }),
    instrument: (id, { signal } = {}) => request("GET", `/api/v1/keuzehulp/instrumenten/${encodeURIComponent(id)}`, { signal }),
    /** My review (role professional): one per instrument, again = replace. */
    review: (id, body) => request("PUT", `/api/v1/keuzehulp/instrumenten/${encodeURIComponent(id)}/beoordelingen/mijn`, { body }),
    /** A review link for one client: {token, url, expiresAt}. */
    reviewLink: (id) => request("POST", `/api/v1/keuzehulp/instrumenten/${encodeURIComponent(id)}/beoordelingslinks`),
    /** Role moderator: reviews with a text, newest first; hide or restore with a reason. */
    reviews: ({ signal } = {}) => request("GET", "/api/v1/keuzehulp/beoordelingen", { signal }),
    hideReview: (id, hidden, reason) => request("PUT", `/api/v1/keuzehulp/beoordelingen/${encodeURIComponent(id)}/verborgen`, { body: { hidden, reason } }),
    /** Role instrumentbeheerder: the own catalogue, any status. */
    beheer: {
      list: ({ signal } = {}) => request("GET", "/api/v1/keuzehulp/beheer/instrumenten", { signal }),
      get: (id, { signal } = {}) => request("GET", `/api/v1/keuzehulp/beheer/instrumenten/${encodeURIComponent(id)}`, { signal }),
      create: (body) => request("POST", "/api/v1/keuzehulp/beheer/instrumenten", { body }),
      update: (id, content) => request("PUT", `/api/v1/keuzehulp/beheer/instrumenten/${encodeURIComponent(id)}`, { body: content }),
      publish: (id) => request("POST", `/api/v1/keuzehulp/beheer/instrumenten/${encodeURIComponent(id)}/publicatie`),
      retire: (id, reason) => request("POST", `/api/v1/keuzehulp/beheer/instrumenten/${encodeURIComponent(id)}/intrekking`, { body: { reason } }),
      /** The CSV file's bytes as they are: all or nothing. → {rows, created, updated, published}. */
      importCsv: (bytes) =>
        request("POST", "/api/v1/keuzehulp/beheer/import", { raw: bytes, headers: { "Content-Type": "text/csv" } }),
      exportCsv: async () => {
        const response = await send("GET", "/api/v1/keuzehulp/beheer/export", { headers: { Accept: "text/csv, application/problem+json" } });
        return { blob: await response.blob(), disposition: response.headers.get("Content-Disposition") };
      },
    },
    /** The national templates; a copy lands in the own catalogue as a concept (409 when its key exists). */
    templates: ({ signal } = {}) => request("GET", "/api/v1/keuzehulp/sjablonen", { signal }),
    copyTemplate: (id) => request("POST", `/api/v1/keuzehulp/sjablonen/${encodeURIComponent(id)}/kopie`),
    /** Without an account: an organisation's public page, and a client's review link. */
    publiek: {
      catalogue: (tenant, { signal } = {}) =>
        request("GET", `/api/v1/keuzehulp/publiek/${encodeURIComponent(tenant)}/instrumenten`, { auth: false, signal }),
      link: (token, { signal } = {}) =>
        request("GET", `/api/v1/keuzehulp/publiek/beoordelingslinks/${encodeURIComponent(token)}`, { auth: false, signal }),
      review: (token, body) =>
        request("POST", `/api/v1/keuzehulp/publiek/beoordelingslinks/${encodeURIComponent(token)}`, { auth: false, body }),
    },
  },

  // The editor (role redacteur).
  redactie: {
    list: () => request("GET", "/api/v1/redactie/kopkrakers"),
    get: (id) => request("GET", `/api/v1/redactie/kopkrakers/${encodeURIComponent(id)}`),
    create: (content) => request("POST", "/api/v1/redactie/kopkrakers", { body: content }),
    update: (id, content) => request("PUT", `/api/v1/redactie/kopkrakers/${encodeURIComponent(id)}`, { body: content }),
    /** A workflow step: to IN_REVIEW, DRAFT, SCHEDULED (with releaseAt) or ARCHIVED. */
    move: (id, to, releaseAt = undefined) =>
      request("POST", `/api/v1/redactie/kopkrakers/${encodeURIComponent(id)}/overgangen`, {
        body: releaseAt ? { to, releaseAt } : { to },
      }),
  },
};

function periodQuery(period) {
  const params = new URLSearchParams(Object.entries(period ?? {}).filter(([name, value]) => (name === "van" || name === "tot") && value));
  const query = params.toString();
  return query ? `?${query}` : "";
}
