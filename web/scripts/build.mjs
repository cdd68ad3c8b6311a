// Copies the app (src/) and the few files it needs from node_modules into the jar's
// META-INF/resources. No bundler: the browser loads plain ES modules and CSS.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const webDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const out = resolve(process.argv[2] ?? join(webDir, "target/classes/META-INF/resources"));
const modules = join(webDir, "node_modules");

// Component CSS, concatenated in this order into one file (each keeps its licence header).
const componentCss = [
  "@utrecht/root-css/dist/index.css",
  "@utrecht/page-layout-css/dist/index.css",
  "@utrecht/page-header-css/dist/index.css",
  "@utrecht/page-body-css/dist/index.css",
  "@utrecht/page-footer-css/dist/index.css",
  "@nl-design-system-candidate/skip-link-css/dist/skip-link.css",
  "@nl-design-system-candidate/heading-css/dist/heading.css",
  "@nl-design-system-candidate/paragraph-css/dist/paragraph.css",
  "@nl-design-system-candidate/link-css/dist/link.css",
  "@nl-design-system-candidate/button-css/dist/button.css",
  "@nl-design-system-candidate/data-badge-css/dist/data-badge.css",
  "@utrecht/alert-css/dist/index.css",
  "@utrecht/data-list-css/dist/index.css",
  "@utrecht/unordered-list-css/dist/index.css",
  "@utrecht/form-field-css/dist/index.css",
  "@utrecht/form-field-description-css/dist/index.css",
  "@utrecht/form-field-error-message-css/dist/index.css",
  "@utrecht/form-fieldset-css/dist/index.css",
  "@utrecht/form-label-css/dist/index.css",
  "@utrecht/textbox-css/dist/index.css",
  "@utrecht/textarea-css/dist/index.css",
  "@utrecht/select-css/dist/index.css",
  "@utrecht/checkbox-css/dist/index.css",
  "@utrecht/radio-button-css/dist/index.css",
  "@utrecht/table-css/dist/index.css",
];

const copies = [
  ["@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css", "vendor/voorbeeld-design-tokens/theme.css"],
  ["@nl-design-system-unstable/voorbeeld-design-tokens/LICENSE.md", "vendor/voorbeeld-design-tokens/LICENSE.md"],
  ["oidc-client-ts/dist/browser/oidc-client-ts.min.js", "vendor/oidc-client-ts/oidc-client-ts.min.js"],
  ["oidc-client-ts/LICENSE", "vendor/oidc-client-ts/LICENSE"],
];

function version(pkg) {
  return JSON.parse(readFileSync(join(modules, pkg, "package.json"), "utf8")).version;
}

function packageName(path) {
  const parts = path.split("/");
  return path.startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0];
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync(join(webDir, "src"), out, { recursive: true });

for (const [from, to] of copies) {
  const target = join(out, to);
  mkdirSync(dirname(target), { recursive: true });
  cpSync(join(modules, from), target);
}

const css = componentCss.map((path) => {
  const pkg = packageName(path);
  const text = readFileSync(join(modules, path), "utf8").replace(/\/\*# sourceMappingURL=.*?\*\//g, "");
  return `/* ${pkg}@${version(pkg)} */\n${text.trim()}\n`;
});
mkdirSync(join(out, "vendor"), { recursive: true });
writeFileSync(join(out, "vendor/nl-design-system-components.css"), css.join("\n"));

console.log(`web: wrote ${out}`);
