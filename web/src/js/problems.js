// Turns API failures into Dutch messages for the reader. Pure functions (tested with node --test).

export const UNAVAILABLE_MESSAGE = "De dienst is even niet beschikbaar, probeer het zo opnieuw";
export const OFFLINE_MESSAGE = "Er is geen verbinding met Kenniskompas. Controleer je internet en probeer het opnieuw.";
export const GENERIC_MESSAGE = "Er ging iets mis. Probeer het later opnieuw.";

const FALLBACK_BY_STATUS = {
  400: "Dit verzoek klopt niet. Probeer het opnieuw.",
  401: "Je bent niet meer ingelogd. Log opnieuw in.",
  403: "Je hebt geen toegang tot deze informatie.",
  404: "Dit hebben we niet gevonden. Misschien is het verwijderd.",
  409: "Dit is intussen veranderd. Laad de pagina opnieuw.",
  422: "Dit kunnen we niet opslaan. Controleer je keuze.",
  429: "Je doet te veel verzoeken achter elkaar. Wacht even en probeer het opnieuw.",
};

/** An HTTP failure from our API, with the problem+json body when there was one. */
export class ApiError extends Error {
  /** `retryAfter`: seconds from a Retry-After header (429, 503), else null. */
  constructor(status, problem = {}, { retryAfter = null } = {}) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.name = "ApiError";
    this.status = status;
    this.problem = problem ?? {};
    this.retryAfter = retryAfter;
  }
}

/** Seconds from a Retry-After header (seconds or an HTTP date), or null. */
export function retryAfterSeconds(value, now = new Date()) {
  if (value === null || value === undefined || String(value).trim() === "") return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(1, Math.ceil(seconds));
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(1, Math.ceil((date - now.getTime()) / 1000));
}

/** The network failed before any answer came back. */
export class OfflineError extends Error {
  constructor(cause) {
    super(OFFLINE_MESSAGE, { cause });
    this.name = "OfflineError";
  }
}

/**
 * What to tell the user: a main message and the per-field messages.
 * 503 always gets the fixed text: the gateway's circuit breaker answers it without a Dutch detail.
 */
export function describeError(error) {
  if (error instanceof OfflineError) return { message: OFFLINE_MESSAGE, fieldMessages: [] };
  if (!(error instanceof ApiError)) return { message: GENERIC_MESSAGE, fieldMessages: [] };
  if (error.status === 503) return { message: UNAVAILABLE_MESSAGE, fieldMessages: [] };
  const problem = error.problem ?? {};
  const fieldMessages = Array.isArray(problem.errors)
    ? problem.errors.map((entry) => entry?.message).filter((text) => typeof text === "string" && text.trim())
    : [];
  const detail = typeof problem.detail === "string" && problem.detail.trim() ? problem.detail.trim() : null;
  const fallback = FALLBACK_BY_STATUS[error.status] ?? GENERIC_MESSAGE;
  return { message: detail ?? fallback, fieldMessages };
}
