// Calls to our API through the gateway. Attaches the access token, turns failures into ApiError /
// OfflineError, and sends the user back to sign-in on 401.
import { accessToken } from "./auth.js";
import { ApiError, OfflineError } from "./problems.js";

let unauthorizedHandler = () => {};

/**
 * Called when the token is missing, expired or rejected. The failing call waits for it, so the
 * page has already moved on to sign-in when the error reaches it.
 */
export function onUnauthorized(handler) {
  unauthorizedHandler = handler;
}

async function request(method, path, { body, auth = true, signal } = {}) {
  const headers = { Accept: "application/json, application/problem+json" };
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
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
      cache: "no-store",
    });
  } catch (error) {
    if (error?.name === "AbortError") throw error;
    throw new OfflineError(error);
  }

  const payload = await readJson(response);
  if (response.ok) return payload;
  if (response.status === 401 && auth) await unauthorizedHandler();
  throw new ApiError(response.status, payload ?? {});
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
  /** "Mijn keuzes": all my votes, newest first. */
  myVotes: ({ signal } = {}) => request("GET", "/api/v1/stemmen/mijn", { signal }),

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
