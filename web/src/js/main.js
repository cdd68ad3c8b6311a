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
import { forgetCompareSelection } from "./components/keuzehulp-vergelijk.js";
import { draftOwner, forgetUserDrafts } from "./dilemma-form.js";
import { heading, link, paragraph } from "./dom.js";
import { renderPage, setupSkipLink, showNavigation, showSession } from "./layout.js";
import { beoordeelPage } from "./pages/beoordeel.js";
import { derdeOptiesPage } from "./pages/derde-opties.js";
import { homePage } from "./pages/home.js";
import { keuzehulpPage } from "./pages/keuzehulp.js";
import { beheerPage } from "./pages/keuzehulp-beheer.js";
import { keuzehulpBeoordelingenPage } from "./pages/keuzehulp-beoordelingen.js";
import { bewerkenPage } from "./pages/keuzehulp-bewerken.js";
import { instrumentPage, samenPage } from "./pages/keuzehulp-instrument.js";
import { vergelijkPage } from "./pages/keuzehulp-vergelijk.js";
import { kopkrakerPage } from "./pages/kopkraker.js";
import { mijnKeuzesPage } from "./pages/mijn-keuzes.js";
import { moderatiePage } from "./pages/moderatie.js";
import { praktijkdilemmaPage } from "./pages/praktijkdilemma.js";
import { praktijkdilemmasPage } from "./pages/praktijkdilemmas.js";
import { rapportagePage } from "./pages/praktijkdilemmas-rapportage.js";
import { profielPage } from "./pages/profiel.js";
import { publiekKeuzehulpPage } from "./pages/publiek-keuzehulp.js";
import { editorPage } from "./pages/redactie-editor.js";
import { redactiePage } from "./pages/redactie.js";
import { startPage } from "./pages/start.js";
import { isPublicRoute, isRouteHash, parseRoute } from "./routes.js";
import { applyTenantTheme } from "./theme.js";

const EXPIRED_NOTICE = { kind: "warning", message: "Je sessie is verlopen. Kies je organisatie en log opnieuw in om verder te gaan." };

let navigation = new AbortController();
let firstRender = true;
let expiring = null;
/** A page that follows changes of its own hash (the Keuzehulp's filters) instead of being drawn again. */
let following = null;

async function route() {
  if (!isRouteHash(window.location.hash)) return;
  const current = parseRoute(window.location.hash);
  // The same page with another query (a filter, the back button): the page takes it, focus stays where it is.
  if (following && following.name === current.name && !following.signal.aborted) {
    following.update(current);
    return;
  }
  following = null;
  // Pages stop their timers and ignore late answers once the user has moved on.
  navigation.abort();
  navigation = new AbortController();
  const { signal } = navigation;
  const focus = !firstRender;
  firstRender = false;
  const follow = (update) => {
    if (!signal.aborted) following = { name: current.name, update, signal };
  };

  const session = await currentSession();
  if (signal.aborted) return;
  const onSignOut = () => {
    // What this person left on the device goes with them: the dilemma draft, the comparison.
    forgetUserDrafts(deviceStorage(), draftOwner(session));
    forgetCompareSelection();
    return signOut();
  };

  // The public Keuzehulp and a client's review link: for people without an account, never behind sign-in.
  if (isPublicRoute(current)) {
    showSession(session, { onSignOut });
    applyTenantTheme(current.name === "publiek-keuzehulp" ? current.tenant : session?.tenant.id);
    showNavigation(session, current.name);
    if (current.name === "publiek-keuzehulp") await publiekKeuzehulpPage({ tenant: current.tenant, focus, signal });
    else await beoordeelPage({ token: current.token, focus, signal });
    return;
  }

  if (!session && (await hasExpiredSession())) {
    await sessionExpired();
    return;
  }
  showSession(session, { onSignOut });
  applyTenantTheme(session?.tenant.id);
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
  else if (current.name === "keuzehulp") await keuzehulpPage({ state: current.state, focus, session, signal, follow });
  else if (current.name === "keuzehulp-instrument") await instrumentPage({ id: current.id, focus, session, signal });
  else if (current.name === "keuzehulp-samen") await samenPage({ id: current.id, focus, signal });
  else if (current.name === "keuzehulp-vergelijk") await vergelijkPage({ ids: current.ids, focus, signal });
  else if (current.name === "keuzehulp-beheer") await beheerPage({ focus, signal });
  else if (current.name === "keuzehulp-bewerken") await bewerkenPage({ id: current.id, focus, signal });
  else if (current.name === "keuzehulp-beoordelingen") await keuzehulpBeoordelingenPage({ focus, signal });
  else notFound(focus);
}

function deviceStorage() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
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
    // The page that follows its own hash is left behind: the start page comes instead.
    following = null;
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
