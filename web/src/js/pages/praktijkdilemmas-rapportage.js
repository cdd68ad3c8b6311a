// "Rapportage dilemma's" (#/praktijkdilemmas/rapportage?van=…&tot=…, roles redacteur and analist): live tables like
// TNO's tables 1–3 over a period — functions, education and years in the field (shares of respondents), knowledge
// sources (share of dilemmas, several per dilemma) and themes with the Kopkrakers they led to — and the same as CSV.
// National figures only.
import { api } from "../api.js";
import { textField } from "../components/form.js";
import { button, h, heading, link, paragraph, replaceChildren, setButtonBusy } from "../dom.js";
import { filenameFromDisposition, saveFile } from "../download.js";
import { errorAlert, renderPage } from "../layout.js";
import { kopkrakerName, percentText, periodProblems, periodText, rapportageHref, reportTables, totalsText } from "../rapportage-model.js";
import { hasRole } from "../roles.js";
import { PRAKTIJKDILEMMAS_HREF, kopkrakerHref } from "../routes.js";

const TITLE = "Rapportage praktijkdilemma's";

export async function rapportagePage({ period: initial = {}, focus, session, signal }) {
  let period = { ...initial };
  const from = textField({ id: "rapportage-van", label: "Van", kind: "date", value: period.van ?? "" });
  const to = textField({ id: "rapportage-tot", label: "Tot en met", kind: "date", value: period.tot ?? "" });
  const fields = { van: from, tot: to };
  const whole = button("Hele periode", { "data-testid": "rapportage-hele-periode", hidden: !period.van && !period.tot }, "secondary");
  const periodForm = h(
    "form",
    { class: "kk-filters kk-period", novalidate: true, "aria-label": "Periode" },
    h("div", { class: "kk-filters__search" }, from.element, to.element, button("Toon", { type: "submit", "data-testid": "rapportage-toon" })),
    whole,
  );
  const body = h("div", { class: "kk-stack", "aria-busy": "true" }, paragraph("Rapportage laden…"));
  // One polite region that stays on the page, so a new period's totals are read out after "Toon".
  const announcement = h("p", { class: "kk-visually-hidden", "aria-live": "polite", "data-testid": "rapportage-melding" });

  renderPage({
    title: TITLE,
    focus,
    content: [
      hasRole(session?.user, "redacteur") ? h("p", { class: "nl-paragraph kk-back" }, link(PRAKTIJKDILEMMAS_HREF, "← Praktijkdilemma's", { "data-testid": "terug" })) : null,
      heading(1, TITLE),
      paragraph("Wie dilemma's instuurden, welke kennis ze gebruikten en over welke thema's het gaat, zoals in de tabellen van TNO. Landelijke cijfers: per organisatie zijn de groepen te klein.", {
        class: "nl-paragraph--lead",
      }),
      periodForm,
      announcement,
      body,
    ],
  });

  // Names for the Kopkrakers in table 3 ("Kopkraker 7: Olivier"); without them the ids show.
  const known = api
    .kopkrakers({}, { signal })
    .then((answer) => new Map((Array.isArray(answer?.items) ? answer.items : []).map((item) => [item.id, item])))
    .catch(() => new Map());

  let loading = null;
  async function load({ announce = false } = {}) {
    loading?.abort();
    loading = new AbortController();
    const stop = () => loading.abort();
    signal.addEventListener("abort", stop, { once: true });
    body.setAttribute("aria-busy", "true");
    let report;
    let names;
    try {
      [report, names] = await Promise.all([api.praktijkdilemmas.report(period, { signal: loading.signal }), known]);
    } catch (error) {
      if (error?.name === "AbortError") return;
      body.removeAttribute("aria-busy");
      const errors = Array.isArray(error?.problem?.errors) ? error.problem.errors : [];
      for (const [name, field] of Object.entries(fields)) {
        field.setProblems(errors.filter((entry) => entry?.field === name && typeof entry.message === "string").map((entry) => entry.message));
      }
      replaceChildren(body, errorAlert(error), button("Probeer opnieuw", { onclick: () => load() }, "secondary"));
      return;
    } finally {
      signal.removeEventListener("abort", stop);
    }
    body.removeAttribute("aria-busy");
    replaceChildren(body, reportElement(report, names, period));
    if (announce) announcement.textContent = `${periodText(report?.from, report?.to)}: ${totalsText(report)}`;
  }

  periodForm.addEventListener("submit", (event) => {
    event.preventDefault();
    const next = { van: from.control.value, tot: to.control.value };
    const problems = periodProblems(next, { van: from.control.validity.badInput, tot: to.control.validity.badInput });
    from.setProblems(problems.van);
    to.setProblems(problems.tot);
    if (problems.van.length > 0 || problems.tot.length > 0) {
      (problems.van.length > 0 ? from : to).control.focus();
      return;
    }
    period = Object.fromEntries(Object.entries(next).filter(([, value]) => value));
    whole.hidden = !period.van && !period.tot;
    window.history.replaceState(null, "", rapportageHref(period));
    load({ announce: true });
  });
  whole.addEventListener("click", () => {
    from.control.value = "";
    to.control.value = "";
    from.setProblems([]);
    to.setProblems([]);
    period = {};
    whole.hidden = true;
    window.history.replaceState(null, "", rapportageHref(period));
    from.control.focus();
    load({ announce: true });
  });

  await load();
}

function reportElement(report, names, period) {
  const tables = reportTables(report);
  const empty = !(Number(report?.respondents) > 0);
  return h(
    "div",
    { class: "kk-stack", "data-testid": "rapportage" },
    h(
      "p",
      { class: "nl-paragraph kk-pd-totals" },
      h("strong", { "data-testid": "rapportage-periode" }, `${periodText(report?.from, report?.to)}: `),
      h(
        "span",
        { "data-testid": "rapportage-totalen", "data-respondenten": String(Number(report?.respondents) || 0), "data-dilemmas": String(Number(report?.dilemmas) || 0) },
        totalsText(report),
      ),
    ),
    empty ? null : tables.map((table) => tableElement(table, names)),
    exportControl(period),
  );
}

function tableElement(table, names) {
  const headerCell = (text, numeric = false) =>
    h("th", { class: `utrecht-table__header-cell${numeric ? " utrecht-table__header-cell--numeric-column" : ""}`, scope: "col" }, text);
  return h(
    "div",
    { class: "kk-breakdown kk-report", "data-testid": `rapportage-${table.key}` },
    h(
      "table",
      { class: "utrecht-table utrecht-table--html-table kk-breakdown__table kk-report__table", "aria-describedby": `rapportage-${table.key}-basis` },
      h("caption", { class: "utrecht-table__caption" }, table.caption),
      h(
        "thead",
        { class: "utrecht-table__header" },
        h(
          "tr",
          { class: "utrecht-table__row" },
          headerCell(table.groupHeader),
          headerCell(table.countHeader, true),
          headerCell("%", true),
        ),
      ),
      h(
        "tbody",
        { class: "utrecht-table__body" },
        table.rows.map((row) =>
          h(
            "tr",
            { class: `utrecht-table__row${row.empty ? " kk-report__row--empty" : ""}`, "data-testid": row.testId },
            h(
              "th",
              { class: "utrecht-table__cell kk-breakdown__group", scope: "row" },
              row.label,
              // Table 3: the Kopkrakers under their theme, so the table keeps three columns on a phone.
              table.withKopkrakers && row.kopkrakers.length > 0
                ? h(
                    "span",
                    { class: "kk-report__kopkrakers", "data-testid": `${row.testId}-kopkrakers` },
                    row.kopkrakers.length === 1 ? "Kopkraker: " : "Kopkrakers: ",
                    row.kopkrakers.flatMap((id, index) => [index > 0 ? ", " : null, link(kopkrakerHref(id), kopkrakerName(id, names))]),
                  )
                : null,
            ),
            h("td", { class: "utrecht-table__cell utrecht-table__cell--numeric-data", "data-testid": `${row.testId}-aantal`, "data-value": String(row.count) }, String(row.count)),
            h("td", { class: "utrecht-table__cell utrecht-table__cell--numeric-data", "data-testid": `${row.testId}-percentage`, "data-value": String(row.percentage) }, percentText(row.percentage)),
          ),
        ),
      ),
    ),
    paragraph(table.basis, { class: "kk-hint", id: `rapportage-${table.key}-basis` }),
  );
}

/** "Download als CSV": the same tables over the same period, fetched with the token and saved under the server's name. */
function exportControl(period) {
  const messages = h("div", { class: "kk-messages" });
  const trigger = button("Download als CSV", { "data-testid": "rapportage-export" }, "secondary");
  let busy = false;
  trigger.addEventListener("click", async () => {
    if (busy) return;
    busy = true;
    replaceChildren(messages);
    setButtonBusy(trigger, true, "Bezig met downloaden…");
    try {
      const { blob, disposition } = await api.praktijkdilemmas.reportExport(period);
      saveFile(blob, filenameFromDisposition(disposition, "praktijkdilemmas.csv"));
    } catch (error) {
      replaceChildren(messages, errorAlert(error));
    } finally {
      busy = false;
      setButtonBusy(trigger, false);
    }
  });
  return h(
    "div",
    { class: "kk-export" },
    paragraph("De tabellen als bestand, voor verdere analyse: dezelfde periode, puntkomma's tussen de kolommen.", { class: "kk-hint" }),
    trigger,
    messages,
  );
}
