// Hash routes: "#/" (home) and "#/kopkrakers/{id}". Pure functions (tested with node --test).

export function parseRoute(hash) {
  const path = String(hash ?? "").replace(/^#/, "");
  if (path === "" || path === "/") return { name: "home" };
  const match = path.match(/^\/kopkrakers\/([^/?#]+)\/?$/);
  if (match) return { name: "kopkraker", id: decodeURIComponent(match[1]) };
  return { name: "not-found", path };
}

export function kopkrakerHref(id) {
  return `#/kopkrakers/${encodeURIComponent(id)}`;
}

/** Only "#/…" hashes are routes; others (like the skip link's "#main") are in-page anchors. */
export function isRouteHash(hash) {
  return hash === "" || hash === "#" || String(hash).startsWith("#/");
}
