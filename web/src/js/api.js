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
  kopkrakers: () => request("GET", "/api/v1/kopkrakers"),
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
};
