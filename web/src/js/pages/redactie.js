// Redactie: every Kopkraker in any status, for redacteuren (the API answers 403 to others).
import { api } from "../api.js";
import { statusName } from "../case-format.js";
import { button, h, heading, link, paragraph, replaceChildren } from "../dom.js";
import { formatDateTime } from "../format.js";
import { errorAlert, renderPage } from "../layout.js";
import { DERDE_OPTIES_HREF, redactieHref } from "../routes.js";

export async function redactiePage({ focus, signal }) {
  const body = h("div", { class: "kk-stack", "aria-busy": "true" }, paragraph("Kopkrakers laden…"));
  renderPage({
    title: "Redactie",
    focus,
    content: [
      heading(1, "Redactie"),
      paragraph("Schrijf een Kopkraker, laat hem nakijken en plan wanneer hij verschijnt.", { class: "nl-paragraph--lead" }),
      paragraph(
        h("a", { href: redactieHref(), class: "nl-button nl-button--primary kk-link-button", "data-testid": "nieuwe-kopkraker" },
          h("span", { class: "nl-button__label" }, "Nieuwe Kopkraker")),
      ),
      paragraph(link(DERDE_OPTIES_HREF, "Voorstellen van professionals voor een andere aanpak", { "data-testid": "redactie-derde-opties-link" })),
      body,
    ],
  });

  let list;
  try {
    list = await api.redactie.list();
  } catch (error) {
    if (signal.aborted) return;
    body.removeAttribute("aria-busy");
    replaceChildren(body, errorAlert(error), button("Probeer opnieuw", { onclick: () => redactiePage({ focus: true, signal }) }, "secondary"));
    return;
  }
  if (signal.aborted) return;

  const items = Array.isArray(list) ? list : Array.isArray(list?.items) ? list.items : [];
  body.removeAttribute("aria-busy");
  replaceChildren(
    body,
    h(
      "section",
      { "aria-labelledby": "alle-kopkrakers" },
      heading(2, "Alle Kopkrakers", { id: "alle-kopkrakers" }),
      items.length === 0
        ? paragraph("Er zijn nog geen Kopkrakers.")
        : h("ul", { class: "kk-case-list kk-editor-list", "data-testid": "redactie-kopkrakers" }, items.map(editorCard)),
    ),
  );
}

function editorCard(item) {
  const titleId = `redactie-titel-${item.id}`;
  const moment =
    item.status === "PUBLISHED" && item.publishedAt
      ? `Verschenen op ${formatDateTime(item.publishedAt)}`
      : item.status === "SCHEDULED" && item.releaseAt
        ? `Verschijnt op ${formatDateTime(item.releaseAt)}`
        : null;
  const problems = Number(item.problems) || 0;
  return h(
    "li",
    { class: "kk-case-card" },
    h(
      "article",
      { "aria-labelledby": titleId },
      h("p", { class: "kk-pre-heading" }, `Kopkraker ${item.number ?? ""}`.trim()),
      heading(
        3,
        link(redactieHref(item.id), item.title || "(nog zonder titel)", { "data-testid": `redactie-kopkraker-${item.id}`, class: "kk-case-card__link" }),
        { id: titleId, class: "kk-case-card__title" },
      ),
      h(
        "p",
        { class: "nl-paragraph kk-meta" },
        h("span", { class: `nl-data-badge kk-status-badge kk-status-badge--${String(item.status).toLowerCase()}`, "data-testid": `status-${item.id}` }, statusName(item.status)),
        moment ? h("span", {}, moment) : null,
        h("span", {}, problems === 0 ? "Voldoet aan het format" : `Nog ${problems} ${problems === 1 ? "punt" : "punten"} voor het format`),
      ),
    ),
  );
}
