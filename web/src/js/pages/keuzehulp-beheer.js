// "Keuzehulp beheer" (#/keuzehulp/beheer, role instrumentbeheerder): the organisation's whole catalogue with its
// statuses (publish a concept, retire a published one with a reason), a new instrument, import and export as CSV (an
// import is all or nothing: its problems per row in a table), and the national templates to copy.
import { api } from "../api.js";
import { textField } from "../components/form.js";
import { button, h, heading, link, linkButton, paragraph, replaceChildren, setButtonBusy } from "../dom.js";
import { filenameFromDisposition, saveFile } from "../download.js";
import { formatDateTime } from "../format.js";
import { RETIRE_REASON_MAX, actionsFor, beheerHref, importFailure, importSummary, namedProblems, statusCounts, statusLabel } from "../keuzehulp-beheer.js";
import { evidenceBadge } from "../keuzehulp-instrument.js";
import { instrumentHref } from "../keuzehulp-search.js";
import { alertBox, errorAlert, loadInto, renderPage, showFieldProblems } from "../layout.js";
import { describeError } from "../problems.js";
import { characterCount } from "../reacties-model.js";

export async function beheerPage({ focus, signal }) {
  const announcement = h("p", { class: "kk-visually-hidden", "aria-live": "polite", "data-testid": "beheer-melding" });
  const announce = (text) => {
    announcement.textContent = "";
    setTimeout(() => {
      announcement.textContent = text;
    }, 50);
  };
  const listBody = h("div", { class: "kk-stack", "aria-busy": "true" }, paragraph("Instrumenten laden…"));
  const templatesBody = h("div", { class: "kk-stack", "aria-busy": "true" }, paragraph("Sjablonen laden…"));

  renderPage({
    title: "Keuzehulp beheer",
    focus,
    content: [
      heading(1, "Keuzehulp beheer"),
      paragraph("Beheer de instrumenten in de Keuzehulp van je organisatie. Professionals zien alleen wat gepubliceerd is.", { class: "nl-paragraph--lead" }),
      h(
        "section",
        { "aria-labelledby": "beheer-instrumenten" },
        heading(2, "Instrumenten", { id: "beheer-instrumenten", tabindex: "-1" }),
        h("div", { class: "kk-button-group" }, linkButton(beheerHref(null), "Nieuw instrument", { "data-testid": "nieuw-instrument" })),
        listBody,
      ),
      importSection({ onImported: () => loadList(), announce }),
      h(
        "section",
        { "aria-labelledby": "beheer-sjablonen" },
        heading(2, "Landelijke sjablonen", { id: "beheer-sjablonen" }),
        paragraph("Instrumenten die landelijk beschreven zijn. Kopieer er een naar je eigen Keuzehulp en vul het lokaal aan: de kopie begint als concept."),
        templatesBody,
      ),
      announcement,
    ],
  });

  function loadList() {
    return loadInto(listBody, {
      signal,
      load: () => api.keuzehulp.beheer.list({ signal }),
      render: (items) => {
        const list = Array.isArray(items) ? items : [];
        return (
          list.length === 0
            ? paragraph("Er staan nog geen instrumenten in je Keuzehulp. Importeer een CSV-bestand, kopieer een landelijk sjabloon of maak een nieuw instrument.", { "data-testid": "beheer-leeg" })
            : [
                paragraph(`${list.length} ${list.length === 1 ? "instrument" : "instrumenten"}: ${statusCounts(list)}.`, { "data-testid": "beheer-aantal" }),
                h("ul", { class: "kk-moderation-list", "data-testid": "beheer-lijst" }, list.map((item) => h("li", {}, itemElement(item)))),
              ]
        );
      },
    });
  }

  function itemElement(item) {
    const id = String(item?.id ?? "");
    const key = String(item?.key ?? id);
    const titleId = `beheer-titel-${id}`;
    const messages = h("div", { class: "kk-messages", tabindex: "-1" });
    const panel = h("div", { class: "kk-reaction__panel" });
    const status = String(item?.status ?? "");

    const replaceWith = (updated, said) => {
      const next = itemElement(updated);
      article.replaceWith(next);
      next.querySelector("[data-focus='status']")?.focus();
      announce(said);
    };

    const actions = actionsFor(status).map((action) => {
      if (action === "publiceren") {
        const publish = button(status === "INGETROKKEN" ? "Opnieuw publiceren" : "Publiceren", { "data-testid": `publiceren-${key}` });
        publish.addEventListener("click", async () => {
          if (publish.getAttribute("aria-disabled") === "true") return;
          replaceChildren(messages);
          setButtonBusy(publish, true, "Bezig…");
          try {
            const updated = await api.keuzehulp.beheer.publish(id);
            replaceWith(updated, `${item.name} is gepubliceerd.`);
          } catch (error) {
            setButtonBusy(publish, false);
            if (signal.aborted) return;
            const { message, fieldMessages } = describeError(error);
            const named = namedProblems(error?.problem?.errors);
            replaceChildren(
              messages,
              alertBox("error", error?.status === 422 ? "Publiceren kan nog niet. Vul eerst aan:" : message, named.length > 0 ? named : fieldMessages, { "data-testid": `publiceren-fout-${key}` }),
              paragraph(link(beheerHref(id), `${item.name} bewerken`)),
            );
            messages.focus();
          }
        });
        return publish;
      }
      const retire = button("Intrekken…", { "data-testid": `intrekken-${key}`, "aria-expanded": "false" }, "secondary");
      retire.addEventListener("click", () => askReason(retire));
      return retire;
    });

    function askReason(trigger) {
      if (trigger.getAttribute("aria-expanded") === "true") {
        replaceChildren(panel);
        trigger.setAttribute("aria-expanded", "false");
        return;
      }
      trigger.setAttribute("aria-expanded", "true");
      const reason = textField({
        id: `intrekken-reden-${key}`,
        label: "Waarom trek je dit instrument in?",
        kind: "textarea",
        rows: 2,
        description: "Bijvoorbeeld: de aanbieder stopt ermee. Professionals zien het instrument daarna niet meer.",
      });
      reason.control.addEventListener("input", () => reason.setCounter(characterCount(reason.control.value, RETIRE_REASON_MAX)));
      const confirm = button("Intrekken", { type: "submit", "data-testid": `intrekken-bevestigen-${key}` });
      const cancel = button("Annuleren", {}, "secondary");
      const form = h("form", { class: "kk-inline-form", novalidate: true, "aria-label": `${item.name} intrekken` }, reason.element, h("div", { class: "kk-button-group" }, confirm, cancel));
      form.addEventListener("submit", async (event) => {
        event.preventDefault();
        reason.setProblems([]);
        const text = reason.control.value.trim();
        if (text === "") {
          reason.setProblems(["Schrijf kort op waarom. Dat is verplicht."]);
          reason.control.focus();
          return;
        }
        setButtonBusy(confirm, true, "Bezig…");
        try {
          const updated = await api.keuzehulp.beheer.retire(id, text);
          replaceWith(updated, `${item.name} is ingetrokken.`);
        } catch (error) {
          setButtonBusy(confirm, false);
          if (signal.aborted) return;
          showFieldProblems(error, reason, "reason", messages);
        }
      });
      cancel.addEventListener("click", () => {
        replaceChildren(panel);
        trigger.setAttribute("aria-expanded", "false");
        trigger.focus();
      });
      replaceChildren(panel, form);
      reason.control.focus();
    }

    const history = Array.isArray(item?.history) ? item.history : [];
    const article = h(
      "article",
      { class: "kk-moderation-item kk-beheer-item", "aria-labelledby": titleId, "data-testid": `beheer-${key}` },
      heading(3, link(beheerHref(id), String(item?.name ?? key), { "data-testid": `bewerken-${key}` }), { id: titleId }),
      h(
        "p",
        { class: "nl-paragraph kk-meta", tabindex: "-1", "data-focus": "status" },
        h("span", {}, "Status: "),
        h("span", { class: `nl-data-badge kk-status-badge kk-status-badge--${status.toLowerCase()}`, "data-testid": `status-${key}`, "data-value": status }, statusLabel(status)),
        item?.category?.label ? h("span", {}, item.category.label) : null,
        h("span", { class: "kk-hint" }, `sleutel: ${key}`),
      ),
      item?.evidence ? paragraph(`Onderbouwing: ${evidenceBadge(item.evidence)}`, { class: "kk-hint" }) : null,
      status === "GEPUBLICEERD" ? paragraph(link(instrumentHref(id), "Bekijk zoals professionals het zien")) : null,
      actions.length > 0 ? h("div", { class: "kk-button-group" }, actions) : null,
      panel,
      messages,
      history.length > 0
        ? h(
            "details",
            { class: "kk-audit" },
            h("summary", {}, `Geschiedenis (${history.length})`),
            h(
              "ol",
              { class: "utrecht-unordered-list" },
              history.map((entry) => h("li", { class: "utrecht-unordered-list__item" }, [entry?.at ? `${formatDateTime(entry.at)}, ` : "", entry?.by ? `${entry.by}: ` : "", String(entry?.change ?? "")])),
            ),
          )
        : null,
    );
    return article;
  }

  function loadTemplates() {
    return loadInto(templatesBody, {
      signal,
      load: () => api.keuzehulp.templates({ signal }),
      render: (templates) => {
        const list = Array.isArray(templates) ? templates : [];
        return (
          list.length === 0
            ? paragraph("Er zijn nog geen landelijke sjablonen.")
            : h(
                "details",
                { class: "kk-audit kk-templates" },
                h("summary", { "data-testid": "sjablonen-tonen" }, `Toon de ${list.length} sjablonen`),
                h("ul", { class: "kk-templates__list", "data-testid": "sjablonen" }, list.map((template) => h("li", {}, templateElement(template)))),
              )
        );
      },
    });
  }

  function templateElement(template) {
    const id = String(template?.id ?? "");
    const messages = h("div", { class: "kk-messages", tabindex: "-1" });
    const copy = button("Kopieer naar mijn Keuzehulp", { "data-testid": `kopieer-${id}` }, "secondary");
    copy.addEventListener("click", async () => {
      if (copy.getAttribute("aria-disabled") === "true") return;
      replaceChildren(messages);
      setButtonBusy(copy, true, "Bezig…");
      try {
        const created = await api.keuzehulp.copyTemplate(id);
        replaceChildren(
          messages,
          alertBox("ok", `Gekopieerd als concept. Vul het lokaal aan en publiceer het.`, [], { "data-testid": `gekopieerd-${id}` }),
          paragraph(link(beheerHref(created?.id), `${created?.name ?? template.name} bewerken`)),
        );
        loadList();
      } catch (error) {
        if (signal.aborted) return;
        replaceChildren(
          messages,
          error?.status === 409
            ? alertBox("warning", "Dit sjabloon staat al in je Keuzehulp (er is al een instrument met dezelfde sleutel).", [], { "data-testid": `al-gekopieerd-${id}` })
            : errorAlert(error),
        );
      } finally {
        setButtonBusy(copy, false);
      }
      messages.focus();
    });
    return h(
      "div",
      { class: "kk-template", "data-testid": `sjabloon-${id}` },
      h("p", { class: "nl-paragraph kk-template__name" }, h("strong", {}, String(template?.name ?? id))),
      h(
        "p",
        { class: "nl-paragraph kk-hint" },
        [template?.category?.label, template?.evidence ? evidenceBadge(template.evidence) : null, template?.version ? `versie ${template.version}` : null].filter(Boolean).join(" · "),
      ),
      copy,
      messages,
    );
  }

  await Promise.all([loadList(), loadTemplates()]);
}

/** "Importeer CSV" (all or nothing, problems per row in a table) and "Exporteer CSV". */
function importSection({ onImported, announce }) {
  const input = h("input", { type: "file", id: "csv-bestand", accept: ".csv,text/csv", class: "kk-file", "data-testid": "csv-bestand", "aria-describedby": "csv-uitleg" });
  const importButton = button("Importeer CSV", { type: "submit", "data-testid": "importeer" });
  const exportButton = button("Exporteer CSV", { "data-testid": "exporteer" }, "secondary");
  const result = h("div", { class: "kk-messages", tabindex: "-1", "data-testid": "import-resultaat" });
  const form = h(
    "form",
    { class: "kk-inline-form", novalidate: true, "aria-labelledby": "beheer-import" },
    h(
      "div",
      { class: "utrecht-form-field kk-field" },
      h("div", { class: "utrecht-form-field__label" }, h("label", { class: "utrecht-form-label", for: "csv-bestand" }, "CSV-bestand")),
      h(
        "div",
        { class: "utrecht-form-field-description", id: "csv-uitleg" },
        "Hetzelfde formaat als de export: puntkomma's, de kopregel met de vaste kolomnamen. Een bestaand id wordt bijgewerkt, een nieuw id toegevoegd. Is er één rij fout, dan wordt niets geïmporteerd.",
      ),
      h("div", { class: "utrecht-form-field__input" }, input),
    ),
    h("div", { class: "kk-button-group" }, importButton, exportButton),
    result,
  );

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (importButton.getAttribute("aria-disabled") === "true") return;
    const file = input.files?.[0];
    if (!file) {
      replaceChildren(result, alertBox("error", "Kies eerst een CSV-bestand.", [], { "data-testid": "foutmelding" }));
      input.focus();
      return;
    }
    replaceChildren(result);
    setButtonBusy(importButton, true, "Bezig met importeren…");
    let answer;
    try {
      answer = await api.keuzehulp.beheer.importCsv(await file.arrayBuffer());
    } catch (error) {
      setButtonBusy(importButton, false);
      const failure = importFailure(error);
      replaceChildren(
        result,
        alertBox("error", failure.heading, [], { "data-testid": "import-fout" }),
        failure.rows.length > 0 ? problemTable(failure.rows) : paragraph(failure.message),
      );
      result.focus();
      return;
    }
    setButtonBusy(importButton, false);
    const summary = importSummary(answer);
    replaceChildren(result, alertBox("ok", summary, [], { "data-testid": "import-gelukt" }));
    result.focus();
    announce(summary);
    onImported();
  });

  exportButton.addEventListener("click", async () => {
    if (exportButton.getAttribute("aria-disabled") === "true") return;
    setButtonBusy(exportButton, true, "Bezig…");
    try {
      const { blob, disposition } = await api.keuzehulp.beheer.exportCsv();
      saveFile(blob, filenameFromDisposition(disposition, "keuzehulp.csv"));
      announce("Het CSV-bestand is gedownload.");
    } catch (error) {
      replaceChildren(result, errorAlert(error));
      result.focus();
    } finally {
      setButtonBusy(exportButton, false);
    }
  });

  return h(
    "section",
    { "aria-labelledby": "beheer-import" },
    heading(2, "Importeren en exporteren", { id: "beheer-import" }),
    paragraph("Laad je hele catalogus in één keer, of download hem om in een spreadsheet te bewerken."),
    form,
  );
}

function problemTable(rows) {
  return h(
    "div",
    { class: "kk-table-scroll", role: "region", tabindex: "0", "aria-labelledby": "import-problemen-titel" },
    h(
      "table",
      { class: "utrecht-table utrecht-table--html-table kk-import-problems", "data-testid": "import-problemen" },
      h("caption", { class: "utrecht-table__caption", id: "import-problemen-titel" }, "Problemen per rij"),
      h(
        "thead",
        { class: "utrecht-table__header" },
        h("tr", { class: "utrecht-table__row" }, ["Rij", "Kolom", "Probleem"].map((label) => h("th", { class: "utrecht-table__header-cell", scope: "col" }, label))),
      ),
      h(
        "tbody",
        { class: "utrecht-table__body" },
        rows.map((row) =>
          h(
            "tr",
            { class: "utrecht-table__row", "data-testid": row.row ? `import-probleem-rij-${row.row}` : "import-probleem-bestand" },
            h("td", { class: "utrecht-table__cell" }, row.row ? String(row.row) : "Hele bestand"),
            h("td", { class: "utrecht-table__cell" }, row.column),
            h("td", { class: "utrecht-table__cell" }, row.message),
          ),
        ),
      ),
    ),
  );
}
