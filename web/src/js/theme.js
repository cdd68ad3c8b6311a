// Per-tenant theme: our own small token overrides on top of the voorbeeld theme. Each file sets
// tokens under `html.kk-<tenant>-theme`; the component CSS stays the same for everyone.

const THEMES = new Set(["gemeente-amsterdam", "werkzaak-rivierenland", "uwv"]);
const LINK_ID = "tenant-theme";

export function applyTenantTheme(tenantId) {
  const root = document.documentElement;
  for (const name of [...root.classList]) {
    if (name.startsWith("kk-tenant-")) root.classList.remove(name);
  }
  document.getElementById(LINK_ID)?.remove();
  if (!THEMES.has(tenantId)) return;

  const stylesheet = document.createElement("link");
  stylesheet.id = LINK_ID;
  stylesheet.rel = "stylesheet";
  stylesheet.href = `themes/${tenantId}.css`;
  document.head.append(stylesheet);
  root.classList.add(`kk-tenant-${tenantId}-theme`);
}
