// "Vergelijk" (#/keuzehulp/vergelijk?ids=a,b,c): two or three instruments side by side, a table with a row header per
// aspect. On a phone the table scrolls sideways inside its own region, which takes keyboard focus, so nothing is cut off.
import { api } from "../api.js";
import { compareSelection, setCompareSelection } from "../components/keuzehulp-vergelijk.js";
import { button, h, heading, link, paragraph } from "../dom.js";
import { compareRows, instrumentModel } from "../keuzehulp-instrument.js";
import { compareHref, instrumentHref } from "../keuzehulp-search.js";
import { alertBox, errorAlert, renderPage } from "../layout.js";
import { lastSearchHref } from "./keuzehulp.js";

const backLink = () => h("p", { class: "nl-paragraph kk-back" }, link(lastSearchHref(), "← Terug naar de zoekresultaten", { "data-testid": "terug" }));

export async function vergelijkPage({ ids, focus, signal }) {
  // A shared link decides what is compared; the selection follows it so the search shows the same boxes ticked.
  if (ids.length > 0 && ids.join(",") !== compareSelection().join(",")) setCompareSelection(ids);
  if (ids.length < 2) {
    renderPage({
      title: "Vergelijken",
      focus,
      content: [
        backLink(),
        heading(1, "Instrumenten vergelijken"),
        alertBox("info", "Kies in de Keuzehulp twee of drie instrumenten met 'Vergelijk'. Dan zie je ze hier naast elkaar.", [], { "data-testid": "vergelijk-te-weinig", role: null }),
      ],
    });
    return;
  }
  renderPage({ title: "Vergelijken", focus: false, wide: true, content: [backLink(), h("div", { "aria-busy": "true" }, paragraph("De instrumenten worden geladen…"))] });

  const answers = await Promise.allSettled(ids.map((id) => api.keuzehulp.instrument(id, { signal })));
  if (signal.aborted) return;
  const models = [];
  const failures = [];
  answers.forEach((answer, index) => {
    if (answer.status === "fulfilled") models.push(instrumentModel(answer.value));
    else failures.push([ids[index], answer.reason]);
  });
  if (models.length === 0) {
    renderPage({ title: "Vergelijken", focus, content: [backLink(), heading(1, "Instrumenten vergelijken"), errorAlert(failures[0][1]), button("Probeer opnieuw", { onclick: () => vergelijkPage({ ids, focus: true, signal }) }, "secondary")] });
    return;
  }

  const rows = compareRows(models);
  const remove = (id) => {
    const left = ids.filter((other) => other !== id);
    setCompareSelection(left);
    window.location.hash = compareHref(left);
  };
  const table = h(
    "table",
    { class: "utrecht-table utrecht-table--html-table kk-compare", "data-testid": "vergelijking" },
    h("caption", { class: "utrecht-table__caption kk-visually-hidden", id: "vergelijking-titel" }, `${models.map((model) => model.name).join(", ")} naast elkaar`),
    h(
      "thead",
      { class: "utrecht-table__header" },
      h(
        "tr",
        { class: "utrecht-table__row" },
        h("td", { class: "utrecht-table__header-cell kk-compare__corner" }),
        models.map((model) =>
          h(
            "th",
            { class: "utrecht-table__header-cell kk-compare__instrument", scope: "col", "data-testid": `vergelijk-kolom-${model.id}` },
            link(instrumentHref(model.id), model.name),
            h(
              "button",
              { type: "button", class: "kk-chip kk-compare__remove", "data-testid": `vergelijk-weg-${model.id}`, onclick: () => remove(model.id) },
              "Haal weg",
              h("span", { class: "kk-visually-hidden" }, `: ${model.name}`),
            ),
          ),
        ),
      ),
    ),
    h(
      "tbody",
      { class: "utrecht-table__body" },
      rows.map((row) =>
        h(
          "tr",
          { class: "utrecht-table__row", "data-testid": `vergelijk-rij-${row.key}` },
          h("th", { class: "utrecht-table__header-cell kk-compare__aspect", scope: "row" }, row.label),
          row.cells.map((cell) => h("td", { class: "utrecht-table__cell" }, cell)),
        ),
      ),
    ),
  );

  renderPage({
    title: "Vergelijken",
    focus,
    wide: true,
    content: [
      backLink(),
      heading(1, "Instrumenten vergelijken"),
      paragraph(`${models.length} instrumenten naast elkaar. Op een smal scherm schuif je de tabel opzij.`, { class: "kk-hint" }),
      failures.length > 0
        ? alertBox("warning", `${failures.length === 1 ? "Eén instrument" : `${failures.length} instrumenten`} kon${failures.length === 1 ? "" : "den"} niet geladen worden. Misschien staat het niet meer in de Keuzehulp.`, [], { "data-testid": "vergelijk-ontbreekt" })
        : null,
      h("div", { class: "kk-table-scroll", role: "region", tabindex: "0", "aria-labelledby": "vergelijking-titel" }, table),
    ],
  });
}
