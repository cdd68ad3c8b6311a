// An organisation's public Keuzehulp (#/publiek/{tenant}/keuzehulp): no account needed. Everything it published, as
// the fixed B1 card for clients, found by typing part of a name.
import { api } from "../api.js";
import { textField } from "../components/form.js";
import { button, h, heading, paragraph, replaceChildren } from "../dom.js";
import { filterByName, publicCatalogue, shownText } from "../keuzehulp-publiek.js";
import { alertBox, renderPage } from "../layout.js";

export async function publiekKeuzehulpPage({ tenant, focus, signal }) {
  renderPage({ title: "Keuzehulp", focus: false, content: [heading(1, "Keuzehulp"), h("div", { "aria-busy": "true" }, paragraph("Even geduld, de pagina wordt geladen…"))] });
  let catalogue;
  try {
    catalogue = publicCatalogue(await api.keuzehulp.publiek.catalogue(tenant, { signal }));
  } catch (error) {
    if (signal.aborted || error?.name === "AbortError") return;
    renderPage({
      title: "Keuzehulp",
      focus,
      content: [
        heading(1, "Keuzehulp"),
        error?.status === 404
          ? alertBox("warning", "Deze organisatie kennen we niet. Kijk of het adres goed is.", [], { "data-testid": "foutmelding" })
          : alertBox("error", "Het lukt nu niet om de Keuzehulp te laden. Probeer het later nog eens.", [], { "data-testid": "foutmelding" }),
        error?.status === 404 ? null : button("Probeer opnieuw", { onclick: () => publiekKeuzehulpPage({ tenant, focus: true, signal }) }, "secondary"),
      ],
    });
    return;
  }
  if (signal.aborted) return;

  const { organisation, items } = catalogue;
  const title = organisation ? `Keuzehulp van ${organisation}` : "Keuzehulp";
  const search = textField({
    id: "pk-zoek",
    label: "Zoek op naam",
    kind: "search",
    description: "Typ een deel van de naam. De lijst past zich meteen aan.",
    attributes: { autocomplete: "off", maxlength: "100" },
  });
  const count = h("p", { class: "nl-paragraph", role: "status", "data-testid": "pk-aantal" });
  const list = h("ul", { class: "kk-b1-list", "data-testid": "pk-kaarten" });
  const cards = items.map((item) => ({ item, element: h("li", {}, card(item)) }));
  list.append(...cards.map((entry) => entry.element));

  let timer = null;
  const show = () => {
    const query = search.control.value;
    const visible = new Set(filterByName(items, query));
    for (const entry of cards) entry.element.hidden = !visible.has(entry.item);
    count.textContent = shownText(visible.size, items.length, query.trim());
  };
  search.control.addEventListener("input", () => {
    // Screen readers hear the new count once typing pauses.
    clearTimeout(timer);
    timer = setTimeout(show, 300);
  });
  search.control.addEventListener("search", show);

  renderPage({
    title,
    focus,
    content: [
      heading(1, title, { "data-testid": "pk-titel" }),
      paragraph(
        `Hier zie je wat ${organisation || "deze organisatie"} kan doen om je te helpen. Bijvoorbeeld met geldzorgen, met taal of op weg naar werk. Praat met je klantmanager of coach over wat bij jou past.`,
        { class: "nl-paragraph--lead" },
      ),
      items.length === 0
        ? alertBox("info", "Er staat nog niets op deze pagina. Kijk later nog eens.", [], { role: null })
        : [h("form", { class: "kk-pk-search", role: "search", "aria-label": "Zoeken op deze pagina", onsubmit: (event) => { event.preventDefault(); show(); } }, search.element), count, list],
    ],
  });
  show();
}

function card(item) {
  const titleId = `pk-${item.id}`;
  const [first, ...rest] = item.sections;
  return h(
    "article",
    { class: "kk-b1-card", "aria-labelledby": titleId, "data-testid": `pk-kaart-${item.id}` },
    item.category ? h("p", { class: "kk-pre-heading" }, item.category) : null,
    heading(2, item.name, { id: titleId }),
    h("section", { class: "kk-b1-card__section", "aria-labelledby": `${titleId}-${first.key}` }, heading(3, first.heading, { id: `${titleId}-${first.key}` }), paragraph(first.text)),
    h(
      "details",
      { class: "kk-b1-card__more" },
      h("summary", {}, "Lees meer", h("span", { class: "kk-visually-hidden" }, ` over ${item.name}`)),
      rest.map((section) =>
        h(
          "section",
          { class: "kk-b1-card__section", "aria-labelledby": `${titleId}-${section.key}` },
          heading(3, section.heading, { id: `${titleId}-${section.key}` }),
          paragraph(section.text),
        ),
      ),
    ),
  );
}
