// Sign-in with the chosen organisation's own identity provider: OIDC authorization code + PKCE
// through oidc-client-ts. The library's browser build (loaded by index.html) exposes the global `oidc`;
// its ESM build imports a bare module name, which a browser cannot resolve without a bundler.

const TENANT_KEY = "kenniskompas.tenant";
const NOTICE_KEY = "kenniskompas.notice";

let manager = null;
let managerTenantId = null;
let expiredHandler = () => {};

function oidcLibrary() {
  if (!window.oidc?.UserManager) throw new Error("oidc-client-ts is niet geladen");
  return window.oidc;
}

function redirectUri() {
  return `${window.location.origin}/`;
}

function managerFor(tenant) {
  if (manager && managerTenantId === tenant.id) return manager;
  const { UserManager, WebStorageStateStore } = oidcLibrary();
  manager = new UserManager({
    authority: tenant.issuer,
    client_id: tenant.clientId,
    redirect_uri: redirectUri(),
    post_logout_redirect_uri: redirectUri(),
    response_type: "code",
    scope: "openid profile",
    // No automatic silent renew: without a refresh token it would use a hidden iframe on our own
    // redirect URI. We renew with a refresh token when the provider gave one (see renew), otherwise
    // the user signs in again when the token expires (see onSessionExpired).
    automaticSilentRenew: false,
    monitorSession: false,
    loadUserInfo: false,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
  managerTenantId = tenant.id;
  const userManager = manager;
  userManager.events.addAccessTokenExpiring(() => renew(userManager));
  userManager.events.addAccessTokenExpired(() => expiredHandler());
  return manager;
}

/** Gets a new access token with the refresh token, if there is one; returns the renewed user or null. */
async function renew(userManager) {
  const user = await userManager.getUser();
  if (!user?.refresh_token) return null;
  try {
    return await userManager.signinSilent();
  } catch {
    return null;
  }
}

export function storedTenant() {
  try {
    const tenant = JSON.parse(window.localStorage.getItem(TENANT_KEY) ?? "null");
    return tenant?.id && tenant?.issuer && tenant?.clientId ? tenant : null;
  } catch {
    return null;
  }
}

function storeTenant(tenant) {
  window.localStorage.setItem(TENANT_KEY, JSON.stringify(tenant));
}

/** A message for the start page after a redirect or reload (e.g. "your session expired"). */
export function setNotice(notice) {
  window.sessionStorage.setItem(NOTICE_KEY, JSON.stringify(notice));
}

export function takeNotice() {
  const raw = window.sessionStorage.getItem(NOTICE_KEY);
  window.sessionStorage.removeItem(NOTICE_KEY);
  try {
    return raw ? JSON.parse(raw) : null;
  } catch {
    return null;
  }
}

/** Goes to the organisation's sign-in page. `tenant` is an entry of GET /api/v1/tenants plus clientId. */
export async function signIn(tenant, returnTo = "#/") {
  storeTenant(tenant);
  await managerFor(tenant).signinRedirect({ state: { returnTo } });
}

/** True when the identity provider just sent the browser back to us with a code (or an error). */
export function isSignInCallback(location = window.location) {
  const params = new URLSearchParams(location.search);
  return params.has("state") && (params.has("code") || params.has("error"));
}

/** True when the identity provider sent the browser back after signing out (only a state). */
export function isSignOutCallback(location = window.location) {
  const params = new URLSearchParams(location.search);
  return params.has("state") && !params.has("code") && !params.has("error");
}

/** Cleans up after the sign-out redirect; failures do not matter, the user is signed out already. */
export async function completeSignOut() {
  const tenant = storedTenant();
  try {
    if (tenant) await managerFor(tenant).signoutRedirectCallback();
  } catch {
    // Unknown or stale state: nothing to clean up.
  } finally {
    window.history.replaceState(null, "", `${window.location.pathname}${window.location.hash}`);
  }
}

/** Finishes the sign-in after the redirect; returns the hash route to open. */
export async function completeSignIn() {
  const tenant = storedTenant();
  try {
    if (!tenant) throw new Error("Geen organisatie gekozen");
    const user = await managerFor(tenant).signinRedirectCallback();
    return typeof user.state?.returnTo === "string" ? user.state.returnTo : "#/";
  } finally {
    // Drop ?code=&state= from the address bar and from history, also when the sign-in failed.
    window.history.replaceState(null, "", `${window.location.pathname}${window.location.hash}`);
  }
}

/** The signed-in session, or null when there is none or it has expired. */
export async function currentSession() {
  const tenant = storedTenant();
  if (!tenant) return null;
  const userManager = managerFor(tenant);
  let user = await userManager.getUser();
  if (user?.expired) user = await renew(userManager);
  if (!user || user.expired) return null;
  return { tenant, user, name: user.profile?.name ?? user.profile?.preferred_username ?? "" };
}

/** True when a session is stored but its token has expired (e.g. after a night away). */
export async function hasExpiredSession() {
  const tenant = storedTenant();
  if (!tenant) return false;
  const user = await managerFor(tenant).getUser();
  return Boolean(user?.expired);
}

export async function accessToken() {
  const session = await currentSession();
  return session?.user.access_token ?? null;
}

export function onSessionExpired(handler) {
  expiredHandler = handler;
}

/** Forgets the local session without contacting the identity provider (expired or rejected token). */
export async function dropSession() {
  const tenant = storedTenant();
  if (tenant) await managerFor(tenant).removeUser();
}

/** Signs out here and at the identity provider, which sends the browser back to "/". */
export async function signOut() {
  const tenant = storedTenant();
  if (!tenant) return;
  const userManager = managerFor(tenant);
  const user = await userManager.getUser();
  try {
    if (user?.refresh_token) await userManager.revokeTokens(["refresh_token"]);
  } catch {
    // Revocation is extra hygiene; the sign-out goes on without it.
  }
  await userManager.removeUser();
  try {
    await userManager.signoutRedirect({ id_token_hint: user?.id_token });
  } catch {
    // The provider has no end-session endpoint or cannot be reached: the local sign-out still counts.
    window.location.assign("/");
  }
}
