// Moderatie (#/moderatie, role moderator): my organisation's reported and hidden reactions. Each item shows the
// text, the reasons of the reports and the audit trail; hiding or restoring needs a reason, which is audited too.
import { api } from "../api.js";
import { countedText, showPostFailure } from "../components/reacties.js";
import { button, h, heading, link, paragraph, replaceChildren, setButtonBusy } from "../dom.js";
import { formatDateTime } from "../format.js";
import { errorAlert, renderPage } from "../layout.js";
import { LIMITS, moderationModel } from "../reacties-model.js";
import { KEUZEHULP_BEOORDELINGEN_HREF, kopkrakerHref } from "../routes.js";

const QUEUES = [
  ["gemeld", "Gemeld", "Reacties die een collega meldde, de meest gemelde eerst.", "Er zijn geen meldingen. Mooi zo."],
  ["verborgen", "Verborgen", "Reacties die een moderator verborg. Je kunt ze terugzetten.", "Er zijn geen verborgen reacties."],
];

export async function moderatiePage({ focus, signal }) {
  const announcement = h("p", { class: "kk-visually-hidden", "aria-live": "polite", "data-testid": "moderatie-melding" });
  const sections = new Map(QUEUES.map(([key, title, intro]) => [
    key,
    h("section", { class: "kk-stack", "aria-labelledby": `wachtrij-${key}`, "data-testid": `moderatie-${key}` },
      heading(2, title, { id: `wachtrij-${key}`, tabindex: "-1" }),
      paragraph(intro, { class: "kk-hint" }),
      h("div", { class: "kk-stack", "aria-busy": "true" }, paragraph("Laden…"))),
  ]));
  renderPage({
    title: "Moderatie",
    focus,
    content: [
      heading(1, "Moderatie"),
      paragraph("Hier zie je reacties uit jouw organisatie die gemeld of verborgen zijn. Verberg een reactie als die de regels breekt, bijvoorbeeld omdat er gegevens van een echte klant in staan. Schrijf altijd op waarom.", { class: "nl-paragraph--lead" }),
      paragraph(link(KEUZEHULP_BEOORDELINGEN_HREF, "Beoordelingen in de Keuzehulp", { "data-testid": "kh-beoordelingen-link" })),
      h("div", { class: "kk-stack", "data-testid": "moderatie" }, [...sections.values()]),
      announcement,
    ],
  });

  async function loadQueue(key, emptyText) {
    const body = sections.get(key).lastElementChild;
    let items;
    try {
      items = await api.reacties.queue(key, { signal });
    } catch (error) {
      if (signal.aborted || error?.name === "AbortError") return;
      body.removeAttribute("aria-busy");
      replaceChildren(body, errorAlert(error), button("Probeer opnieuw", { onclick: () => loadQueue(key, emptyText) }, "secondary"));
      return;
    }
    if (signal.aborted) return;
    body.removeAttribute("aria-busy");
    const models = (Array.isArray(items) ? items : []).map(moderationModel);
    replaceChildren(body, models.length === 0
      ? paragraph(emptyText, { "data-testid": `moderatie-${key}-leeg` })
      : h("ul", { class: "kk-moderation-list" }, models.map((model) => h("li", {}, itemElement(model, decided)))));
  }

  const loadAll = () => Promise.all(QUEUES.map(([key, , , empty]) => loadQueue(key, empty)));

  /** After a decision both queues change: the item moves from one to the other. */
  async function decided(model, result) {
    await loadAll();
    announcement.textContent = result.hidden ? "De reactie is verborgen." : "De reactie is teruggezet.";
    sections.get(result.hidden ? "verborgen" : "gemeld").querySelector("h2")?.focus();
  }

  await loadAll();
}

function itemElement(model, onDecided) {
  const id = model.id;
  const reason = countedText({
    id: `reden-${id}`,
    label: model.decision === "verbergen" ? "Waarom verberg je deze reactie?" : "Waarom zet je deze reactie terug?",
    max: LIMITS.reason,
    rows: 2,
    description: "De schrijver en andere moderatoren kunnen de reden later teruglezen.",
  });
  const messages = h("div", { class: "kk-messages", tabindex: "-1" });
  const submit = button(model.decision === "verbergen" ? "Verbergen" : "Terugzetten", {
    type: "submit",
    "data-testid": `${model.decision}-${id}`,
  }, model.decision === "verbergen" ? "primary" : "secondary");
  const form = h("form", { class: "kk-inline-form", novalidate: true, "aria-label": model.decision === "verbergen" ? "Reactie verbergen" : "Reactie terugzetten" },
    reason.element, messages, submit);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (submit.getAttribute("aria-disabled") === "true") return;
    replaceChildren(messages);
    reason.setProblems([]);
    if (reason.value() === "") {
      reason.setProblems(["Schrijf op waarom. Dat is verplicht."]);
      reason.control.focus();
      return;
    }
    setButtonBusy(submit, true, "Bezig…");
    try {
      const result = model.decision === "verbergen" ? await api.reacties.hide(id, reason.value()) : await api.reacties.restore(id, reason.value());
      await onDecided(model, result);
    } catch (error) {
      setButtonBusy(submit, false);
      showPostFailure(error, { field: reason, messages, submit, fieldName: "reason" });
    }
  });

  const posted = formatDateTime(model.postedAt);
  return h(
    "article",
    { class: "kk-moderation-item", "data-testid": `moderatie-${id}`, "aria-labelledby": `moderatie-titel-${id}` },
    heading(3, model.hidden ? "Verborgen reactie" : `Reactie, ${model.openReports === 1 ? "1 melding" : `${model.openReports} meldingen`}`, { id: `moderatie-titel-${id}` }),
    h("p", { class: "nl-paragraph kk-reaction__meta" },
      model.caseId ? link(kopkrakerHref(model.caseId), `Kopkraker ${model.caseId}`) : null,
      posted ? h("span", {}, `geplaatst op ${posted}`) : null),
    model.deleted
      ? paragraph("Verwijderd door de schrijver", { class: "kk-reaction__placeholder" })
      : h("blockquote", { class: "kk-moderation-item__text", "data-testid": `moderatie-tekst-${id}` }, paragraph(model.text)),
    model.reports.length > 0
      ? [heading(4, "Meldingen"), h("ul", { class: "utrecht-unordered-list", "data-testid": `meldingen-${id}` },
          model.reports.map((report) => h("li", { class: "utrecht-unordered-list__item" },
            report.reason, report.settled ? " (afgehandeld)" : "", report.at ? h("span", { class: "kk-hint" }, ` — ${formatDateTime(report.at)}`) : null)))]
      : null,
    h("details", { class: "kk-audit" },
      h("summary", {}, "Geschiedenis"),
      h("ol", { class: "utrecht-unordered-list", "data-testid": `geschiedenis-${id}` },
        model.audit.map((entry) => h("li", { class: "utrecht-unordered-list__item" },
          `${entry.action} door ${entry.by}`, entry.at ? `, ${formatDateTime(entry.at)}` : "", entry.reason ? `: "${entry.reason}"` : "")))),
    model.deleted ? null : form,
  );
}
