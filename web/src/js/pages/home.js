// Home: the published Kopkrakers, newest first.
import { api } from "../api.js";
import { formatDate } from "../format.js";
import { button, h, heading, link, paragraph, replaceChildren } from "../dom.js";
import { errorAlert, renderPage } from "../layout.js";
import { kopkrakerHref } from "../routes.js";

export async function homePage({ focus, signal }) {
  const list = h("div", { "aria-busy": "true" }, paragraph("Kopkrakers laden…"));
  renderPage({
    title: "Kopkrakers",
    focus,
    content: [
      heading(1, "Kopkrakers"),
      paragraph("Kies een casus. Lees wat er speelt en kies wat jij zou doen. Daarna zie je wat collega's kozen.", {
        class: "nl-paragraph--lead",
      }),
      list,
    ],
  });

  let data;
  try {
    data = await api.kopkrakers();
  } catch (error) {
    if (signal.aborted) return;
    list.removeAttribute("aria-busy");
    replaceChildren(list, errorAlert(error), button("Probeer opnieuw", { onclick: () => homePage({ focus: true, signal }) }, "secondary"));
    return;
  }

  if (signal.aborted) return;
  const items = Array.isArray(data?.items) ? data.items : [];
  list.removeAttribute("aria-busy");
  if (items.length === 0) {
    replaceChildren(list, paragraph("Er zijn nog geen Kopkrakers. Kom later terug."));
    return;
  }
  replaceChildren(
    list,
    data.nextRelease
      ? paragraph(`De volgende Kopkraker verschijnt op ${formatDate(data.nextRelease)}.`, { "data-testid": "volgende-kopkraker" })
      : null,
    h("ul", { class: "kk-case-list", "data-testid": "kopkrakers" }, items.map(caseCard)),
  );
}

function caseCard(item) {
  const published = formatDate(item.publishedAt);
  return h(
    "li",
    { class: "kk-case-card" },
    h(
      "article",
      { "aria-labelledby": `kopkraker-titel-${item.id}` },
      h("p", { class: "kk-pre-heading" }, `Kopkraker ${item.number ?? ""}`.trim()),
      heading(
        2,
        link(kopkrakerHref(item.id), item.title, { "data-testid": `kopkraker-${item.id}`, class: "kk-case-card__link" }),
        { id: `kopkraker-titel-${item.id}`, class: "kk-case-card__title" },
      ),
      paragraph(item.dilemma, { class: "kk-case-card__dilemma" }),
      h(
        "p",
        { class: "nl-paragraph kk-meta" },
        item.theme ? h("span", { class: "nl-data-badge" }, item.theme) : null,
        published ? h("span", {}, `Verschenen op ${published}`) : null,
      ),
    ),
  );
}
