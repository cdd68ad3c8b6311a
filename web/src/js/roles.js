// The roles of the signed-in person, for what the navigation shows. The API checks roles itself; this only
// decides which links make sense. Pure functions (tested with node --test).

/** The payload of a JWT, or null when it is not one. Only read, never trusted for access. */
export function jwtPayload(token) {
  if (typeof token !== "string") return null;
  const part = token.split(".")[1];
  if (!part) return null;
  try {
    const base64 = part.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(part.length / 4) * 4, "=");
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const payload = JSON.parse(new TextDecoder().decode(bytes));
    return payload && typeof payload === "object" ? payload : null;
  } catch {
    return null;
  }
}

const asRoles = (value) => (Array.isArray(value) ? value.filter((role) => typeof role === "string") : []);

/** The `roles` claim of the ID token's claims, else of the access token's payload; [] when neither has one. */
export function rolesOf(user) {
  const fromIdToken = asRoles(user?.profile?.roles);
  if (fromIdToken.length > 0) return fromIdToken;
  return asRoles(jwtPayload(user?.access_token)?.roles);
}

export function hasRole(user, role) {
  return rolesOf(user).includes(role);
}

/** Professionals vote and have "mijn keuzes"; a token that names no roles at all gets the benefit of the doubt. */
export function mayVote(user) {
  const roles = rolesOf(user);
  return roles.length === 0 || roles.includes("professional");
}
