// Starts the app: finishes a sign-in redirect, then routes on the location hash.
import { onUnauthorized } from "./api.js";
import {
  completeSignIn,
  completeSignOut,
  currentSession,
  dropSession,
  hasExpiredSession,
  isSignInCallback,
  isSignOutCallback,
  onSessionExpired,
  setNotice,
  signOut,
  takeNotice,
} from "./auth.js";
import { heading, link, paragraph } from "./dom.js";
import { renderPage, setupSkipLink, showNavigation, showSession } from "./layout.js";
import { derdeOptiesPage } from "./pages/derde-opties.js";
import { homePage } from "./pages/home.js";
import { kopkrakerPage } from "./pages/kopkraker.js";
import { mijnKeuzesPage } from "./pages/mijn-keuzes.js";
import { moderatiePage } from "./pages/moderatie.js";
import { praktijkdilemmaPage } from "./pages/praktijkdilemma.js";
import { praktijkdilemmasPage } from "./pages/praktijkdilemmas.js";
import { rapportagePage } from "./pages/praktijkdilemmas-rapportage.js";
import { profielPage } from "./pages/profiel.js";
import { editorPage } from "./pages/redactie-editor.js";
import { redactiePage } from "./pages/redactie.js";
import { startPage } from "./pages/start.js";
import { isRouteHash, parseRoute } from "./routes.js";
import { applyTenantTheme } from "./theme.js";

const EXPIRED_NOTICE = { kind: "warning", message: "Je sessie is verlopen. Kies je organisatie en log opnieuw in om verder te gaan." };

let navigation = new AbortController();
let firstRender = true;
let expiring = null;

async function route() {
  if (!isRouteHash(window.location.hash)) return;
  // Pages stop their timers and ignore late answers once the user has moved on.
  navigation.abort();
  navigation = new AbortController();
  const { signal } = navigation;
  const focus = !firstRender;
  firstRender = false;

  const session = await currentSession();
  if (signal.aborted) return;
  if (!session && (await hasExpiredSession())) {
    await sessionExpired();
    return;
  }
  showSession(session, { onSignOut: () => signOut() });
  applyTenantTheme(session?.tenant.id);
  const current = parseRoute(window.location.hash);
  showNavigation(session, current.name);
  if (!session) {
    await startPage({ notice: takeNotice(), returnTo: window.location.hash || "#/", focus, signal });
    return;
  }

  if (current.name === "home") await homePage({ filters: current.filters, focus, session, signal });
  else if (current.name === "kopkraker") await kopkrakerPage({ id: current.id, focus, session, signal });
  else if (current.name === "mijn-keuzes") await mijnKeuzesPage({ focus, signal });
  else if (current.name === "profiel") await profielPage({ focus, signal });
  else if (current.name === "redactie") await redactiePage({ focus, signal });
  else if (current.name === "redactie-editor") await editorPage({ id: current.id, focus, signal });
  else if (current.name === "derde-opties") await derdeOptiesPage({ focus, signal });
  else if (current.name === "moderatie") await moderatiePage({ focus, signal });
  else if (current.name === "praktijkdilemma") await praktijkdilemmaPage({ focus, session, signal });
  else if (current.name === "praktijkdilemmas") await praktijkdilemmasPage({ filters: current.filters, focus, signal });
  else if (current.name === "praktijkdilemmas-rapportage") await rapportagePage({ period: current.period, focus, session, signal });
  else notFound(focus);
}

function notFound(focus) {
  renderPage({
    title: "Pagina niet gevonden",
    focus,
    content: [heading(1, "Pagina niet gevonden"), paragraph("Deze pagina bestaat niet."), paragraph(link("#/", "Naar alle Kopkrakers"))],
  });
}

/**
 * Token expired or rejected: forget it and show the organisation chooser with an explanation.
 * Parallel failing calls share one run; callers await it so they do not render an error first.
 */
function sessionExpired() {
  expiring ??= (async () => {
    await dropSession();
    setNotice(EXPIRED_NOTICE);
    firstRender = false;
    await route();
  })().finally(() => {
    expiring = null;
  });
  return expiring;
}

async function start() {
  setupSkipLink();
  onSessionExpired(sessionExpired);
  onUnauthorized(sessionExpired);

  if (isSignInCallback()) {
    try {
      const returnTo = await completeSignIn();
      if (isRouteHash(returnTo)) window.history.replaceState(null, "", `/${returnTo}`);
    } catch {
      setNotice({ kind: "error", message: "Inloggen is niet gelukt. Kies je organisatie en probeer het opnieuw." });
    }
  } else if (isSignOutCallback()) {
    await completeSignOut();
  }

  // A stray in-page anchor on first load (e.g. "#main") would otherwise leave the page empty.
  if (!isRouteHash(window.location.hash)) window.history.replaceState(null, "", `${window.location.pathname}#/`);
  window.addEventListener("hashchange", () => route());
  await route();
}

start();
