// The page frame: header with the organisation and sign-out, the main area, titles and focus.
import { button, h, replaceChildren } from "./dom.js";
import { describeError } from "./problems.js";
import { hasRole, mayVote } from "./roles.js";
import {
  KEUZEHULP_BEHEER_HREF,
  KEUZEHULP_HREF,
  MIJN_KEUZES_HREF,
  MODERATIE_HREF,
  PRAKTIJKDILEMMA_HREF,
  PRAKTIJKDILEMMAS_HREF,
  PROFIEL_HREF,
  RAPPORTAGE_DILEMMAS_HREF,
  REDACTIE_HREF,
} from "./routes.js";

const appRoot = () => document.getElementById("app");

export function showSession(session, { onSignOut }) {
  const area = document.getElementById("session");
  const signOutButton = document.getElementById("uitloggen");
  if (!session) {
    area.hidden = true;
    signOutButton.onclick = null;
    return;
  }
  document.getElementById("tenant-naam").textContent = session.tenant.name;
  signOutButton.onclick = onSignOut;
  area.hidden = false;
}

/** Pages that belong to another page's item in the navigation. */
const SECTIONS = {
  kopkraker: "home",
  "redactie-editor": "redactie",
  "derde-opties": "redactie",
  "keuzehulp-instrument": "keuzehulp",
  "keuzehulp-samen": "keuzehulp",
  "keuzehulp-vergelijk": "keuzehulp",
  "keuzehulp-bewerken": "keuzehulp-beheer",
  "keuzehulp-beoordelingen": "moderatie",
};

/**
 * The main navigation for the signed-in person. "Mijn keuzes", "Mijn profiel" and "Dilemma inbrengen" are for
 * professionals (also shown when the token names no roles at all); "Redactie" and "Praktijkdilemma's" only for
 * redacteuren, "Rapportage dilemma's" for redacteuren and analisten, "Moderatie" only for moderators (the Keuzehulp's
 * reviews are reached from there). "Keuzehulp" for professionals and instrumentbeheerders, "Keuzehulp beheer" for
 * instrumentbeheerders. The API checks the roles anyway.
 */
export function showNavigation(session, routeName) {
  const nav = document.getElementById("hoofdmenu");
  if (!session) {
    nav.hidden = true;
    return;
  }
  const section = SECTIONS[routeName] ?? routeName;
  const keuzehulp = mayVote(session.user) || hasRole(session.user, "instrumentbeheerder");
  const items = [
    ["home", "#/", "Kopkrakers", "nav-kopkrakers"],
    mayVote(session.user) ? ["mijn-keuzes", MIJN_KEUZES_HREF, "Mijn keuzes", "mijn-keuzes"] : null,
    mayVote(session.user) ? ["profiel", PROFIEL_HREF, "Mijn profiel", "mijn-profiel"] : null,
    mayVote(session.user) ? ["praktijkdilemma", PRAKTIJKDILEMMA_HREF, "Dilemma inbrengen", "nav-dilemma-inbrengen"] : null,
    keuzehulp ? ["keuzehulp", KEUZEHULP_HREF, "Keuzehulp", "nav-keuzehulp"] : null,
    hasRole(session.user, "instrumentbeheerder") ? ["keuzehulp-beheer", KEUZEHULP_BEHEER_HREF, "Keuzehulp beheer", "nav-keuzehulp-beheer"] : null,
    hasRole(session.user, "redacteur") ? ["redactie", REDACTIE_HREF, "Redactie", "redactie"] : null,
    hasRole(session.user, "redacteur") ? ["praktijkdilemmas", PRAKTIJKDILEMMAS_HREF, "Praktijkdilemma's", "nav-praktijkdilemmas"] : null,
    hasRole(session.user, "redacteur") || hasRole(session.user, "analist")
      ? ["praktijkdilemmas-rapportage", RAPPORTAGE_DILEMMAS_HREF, "Rapportage dilemma's", "nav-rapportage-dilemmas"]
      : null,
    hasRole(session.user, "moderator") ? ["moderatie", MODERATIE_HREF, "Moderatie", "nav-moderatie"] : null,
  ].filter(Boolean);
  replaceChildren(
    document.getElementById("hoofdmenu-links"),
    items.map(([key, href, label, testId]) =>
      h(
        "li",
        { class: "kk-nav__item" },
        h("a", { class: "kk-nav__link", href, "data-testid": testId, "aria-current": key === section ? "page" : null }, label),
      ),
    ),
  );
  nav.hidden = false;
}

/**
 * Replaces the main content (`wide`: up to 80rem instead of 48rem). On a navigation (not the first load) focus moves to the new h1, so
 * screen reader users hear that the page changed.
 */
export function renderPage({ title, content, focus = true, wide = false }) {
  document.title = title ? `${title} - Kenniskompas` : "Kenniskompas";
  // The Keuzehulp's search and comparison use the width of a big screen; reading pages keep a line length that reads well.
  document.querySelector(".utrecht-page-layout")?.classList.toggle("kk-layout--wide", wide);
  const root = appRoot();
  replaceChildren(root, content);
  const main = root.querySelector("h1");
  if (main) main.setAttribute("tabindex", "-1");
  if (focus && main) main.focus({ preventScroll: false });
  else window.scrollTo(0, 0);
}

/** An NL Design System alert; `kind` is error, warning, info or ok. */
export function alertBox(kind, message, details = [], attributes = {}) {
  return h(
    "div",
    { class: `utrecht-alert utrecht-alert--${kind} kk-alert`, role: kind === "error" || kind === "warning" ? "alert" : "status", ...attributes },
    h(
      "div",
      { class: "utrecht-alert__content" },
      h(
        "div",
        { class: "utrecht-alert__message" },
        h("p", { class: "nl-paragraph" }, message),
        details.length > 0 ? h("ul", { class: "utrecht-unordered-list" }, details.map((text) => h("li", { class: "utrecht-unordered-list__item" }, text))) : null,
      ),
    ),
  );
}

export function errorAlert(error, attributes = {}) {
  const { message, fieldMessages } = describeError(error);
  return alertBox("error", message, fieldMessages, { "data-testid": "foutmelding", ...attributes });
}

/**
 * Fills a part of a page that loads on its own: busy while it loads, then what `render` makes of the answer, or the
 * problem with "Probeer opnieuw". A load the person walked away from (aborted) changes nothing.
 */
export async function loadInto(slot, { load, render, signal }) {
  let answer;
  try {
    answer = await load();
  } catch (error) {
    if (signal?.aborted || error?.name === "AbortError") return;
    slot.removeAttribute("aria-busy");
    replaceChildren(slot, errorAlert(error), button("Probeer opnieuw", { onclick: () => loadInto(slot, { load, render, signal }) }, "secondary"));
    return;
  }
  if (signal?.aborted) return;
  slot.removeAttribute("aria-busy");
  replaceChildren(slot, render(answer));
}

/**
 * A refused one-field form (a reason): the API's problems for that field at the field, focused; anything else as the
 * problem in `messages`.
 */
export function showFieldProblems(error, field, name, messages) {
  const problems = (error?.problem?.errors ?? []).filter((entry) => entry?.field === name).map((entry) => entry.message);
  if (problems.length > 0) {
    field.setProblems(problems);
    field.control.focus();
  } else {
    replaceChildren(messages, errorAlert(error));
    messages.focus();
  }
}

export function setupSkipLink() {
  // The app uses hash routes, so the skip link's "#main" must not become a navigation.
  document.getElementById("skip-link").addEventListener("click", (event) => {
    event.preventDefault();
    document.getElementById("main").focus();
  });
}
