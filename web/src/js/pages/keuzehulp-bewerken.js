// One instrument in "Keuzehulp beheer" (#/keuzehulp/beheer/{id}, #/keuzehulp/beheer/nieuw; role instrumentbeheerder):
// every field of the API's `content`, the filters from the vocabulary (GET /vocabulaire), the B1 card for clients with
// counters, and the server's problems next to their fields ("b1.voorWie", "facets.leeftijd[1]", "links[0].url"), with
// a summary of links at the top. Saving keeps the status; "Publiceren" checks the whole card.
import { api } from "../api.js";
import { choiceGroup, selectField, textField } from "../components/form.js";
import { button, h, heading, link, paragraph, replaceChildren, setButtonBusy } from "../dom.js";
import { formatDateTime } from "../format.js";
import {
  B1_MAX,
  DUTCH_RESEARCH_CHOICES,
  REACH_CHOICES,
  TAGGED_FACETS,
  TEXT_LIMITS,
  UNITS,
  actionsFor,
  beheerHref,
  contentFromForm,
  emptyForm,
  facetChoices,
  facetLabel,
  formFromContent,
  formProblems,
  namedMessage,
  newInstrumentBody,
  problemsByField,
  statusLabel,
  templateState,
} from "../keuzehulp-beheer.js";
import { B1_FIELDS, EVIDENCE_LADDER } from "../keuzehulp-instrument.js";
import { instrumentHref } from "../keuzehulp-search.js";
import { alertBox, errorAlert, renderPage } from "../layout.js";
import { describeError } from "../problems.js";
import { characterCount } from "../reacties-model.js";

const backLink = () => h("p", { class: "nl-paragraph kk-back" }, link(beheerHref(), "← Alle instrumenten", { "data-testid": "terug" }));

export async function bewerkenPage({ id, focus, signal }) {
  renderPage({ title: "Instrument bewerken", focus: false, content: [backLink(), h("div", { "aria-busy": "true" }, paragraph("Het instrument wordt geladen…"))] });
  let instrument = null;
  let vocabulary;
  try {
    [instrument, vocabulary] = await Promise.all([id ? api.keuzehulp.beheer.get(id, { signal }) : null, api.keuzehulp.vocabulary({ signal })]);
  } catch (error) {
    if (signal.aborted || error?.name === "AbortError") return;
    renderPage({
      title: "Instrument niet beschikbaar",
      focus,
      content: [backLink(), heading(1, "Instrument niet beschikbaar"), errorAlert(error), error?.status === 404 ? null : button("Probeer opnieuw", { onclick: () => bewerkenPage({ id, focus: true, signal }) }, "secondary")],
    });
    return;
  }
  if (instrument?.origin) {
    // A copy of a national template: say when the template changed since (a missing list only hides that line).
    const templates = await api.keuzehulp.templates({ signal }).catch(() => []);
    instrument = { ...instrument, template: templateState(instrument.origin, templates) };
  }
  if (signal.aborted) return;
  showEditor({ instrument, vocabulary: Array.isArray(vocabulary) ? vocabulary : [], focus, signal });
}

function showEditor({ instrument, vocabulary, focus, signal }) {
  const state = { id: instrument?.id ?? null, key: instrument?.key ?? "", status: instrument?.status ?? null, name: instrument?.name ?? "" };
  const start = instrument ? formFromContent(instrument.content ?? instrument, instrument.key) : emptyForm();
  /** Every part that can show a problem, by the form field (see keuzehulp-beheer.js problemTarget). */
  const fields = new Map();

  const text = (path, label, { kind = "text", rows = 4, description = null, value = start[path] ?? "", attributes = {} } = {}) => {
    const field = textField({ id: `veld-${path}`, label, kind, rows, description, value, attributes: { autocomplete: "off", ...attributes } });
    fields.set(path, field);
    const limit = TEXT_LIMITS[path];
    if (limit) {
      const count = () => field.setCounter(characterCount(field.control.value, limit));
      field.control.addEventListener("input", count);
      count();
    }
    return field;
  };
  const select = (path, label, options, value, emptyLabel, description = null) => {
    const field = selectField({ id: `veld-${path}`, label, options, value, emptyLabel, problemPath: path, description });
    fields.set(path, field);
    return field;
  };

  // --- identity and description -----------------------------------------------------------------------------------
  const key = text("key", "Sleutel", {
    value: start.key,
    description: state.id ? "De sleutel verandert niet. Hij verbindt dit instrument met de CSV." : "Kleine letters, cijfers en streepjes, bijvoorbeeld sollicitatietraining. Een CSV-import met dezelfde sleutel werkt dit instrument bij.",
    attributes: { spellcheck: "false", maxlength: "60" },
  });
  if (state.id) key.setReadOnly(true);
  const name = text("name", "Naam");
  const aliases = text("aliases", "Andere namen", { kind: "textarea", rows: 2, description: "Eén naam per regel: hoe het instrument hier ook heet. De zoekfunctie vindt ook deze namen." });
  const category = select("category", "Fase in de route", facetChoices(vocabulary, "categorie", start.category ? [start.category] : []), start.category, "Kies een fase");
  const goal = text("goal", "Doel", { kind: "textarea" });
  const method = text("method", "Werkwijze", { kind: "textarea", rows: 5 });
  const targetGroup = text("targetGroup", "Doelgroep", { kind: "textarea", rows: 3 });
  const entryConditions = text("entryConditions", "Instroomvoorwaarden", { kind: "textarea", rows: 3 });
  const provider = text("provider", "Aanbieder");
  const locations = text("locations", "Locaties", { kind: "textarea", rows: 2, description: "Eén plaats per regel. Schrijf Online voor online." });

  // --- duration, intensity, costs, form, reach -------------------------------------------------------------------
  const durationProblem = h("p", { class: "utrecht-form-field-error-message kk-problem", id: "probleem-duration", "data-testid": "probleem-duration", hidden: true });
  const durationValue = h("input", { type: "number", min: "1", max: "999", step: "1", inputmode: "numeric", class: "utrecht-textbox utrecht-textbox--html-input kk-textbox--short", id: "veld-duration-value", "data-testid": "veld-duration-value" });
  durationValue.value = start.durationValue;
  const durationUnit = h("select", { class: "utrecht-select utrecht-select--html-select", id: "veld-duration-unit", "data-testid": "veld-duration-unit" }, UNITS.map(([value, label]) => h("option", { value }, label)));
  durationUnit.value = start.durationUnit;
  const continuous = h("input", { type: "checkbox", class: "utrecht-checkbox utrecht-checkbox--html-input", id: "veld-duration-continuous", "data-testid": "veld-duration-continuous" });
  continuous.checked = start.durationContinuous;
  const syncDuration = () => {
    durationValue.disabled = continuous.checked;
    durationUnit.disabled = continuous.checked;
  };
  continuous.addEventListener("change", syncDuration);
  syncDuration();
  const durationGroup = h(
    "div",
    { class: "utrecht-form-fieldset kk-field" },
    h(
      "fieldset",
      { class: "utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset kk-fieldset", id: "veld-duration", "aria-describedby": "duur-uitleg" },
      h("legend", { class: "utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend" }, "Duur"),
      h("div", { class: "utrecht-form-field-description", id: "duur-uitleg" }, "Hoe lang het duurt, of doorlopend (zonder einde)."),
      durationProblem,
      h(
        "div",
        { class: "kk-inline-fields" },
        h("label", { class: "kk-visually-hidden", for: "veld-duration-value" }, "Aantal"),
        durationValue,
        h("label", { class: "kk-visually-hidden", for: "veld-duration-unit" }, "Eenheid"),
        durationUnit,
      ),
      h(
        "div",
        { class: "utrecht-form-field utrecht-form-field--checkbox kk-choice" },
        h("div", { class: "utrecht-form-field__input" }, continuous),
        h("div", { class: "utrecht-form-field__label" }, h("label", { class: "utrecht-form-label utrecht-form-label--checkbox", for: "veld-duration-continuous" }, "Doorlopend")),
      ),
    ),
  );
  fields.set("duration", {
    element: durationGroup,
    control: durationValue,
    setProblems(messages = []) {
      durationProblem.hidden = messages.length === 0;
      durationProblem.textContent = messages.join(" ");
      durationGroup.classList.toggle("utrecht-form-fieldset--invalid", messages.length > 0);
      durationGroup.querySelector("fieldset").setAttribute("aria-describedby", messages.length > 0 ? "probleem-duration duur-uitleg" : "duur-uitleg");
    },
  });
  const intensity = text("intensityHoursPerWeek", "Intensiteit (uur per week)", { value: start.intensity, attributes: { inputmode: "decimal", class: "kk-textbox--short" } });
  const costs = text("costsEuro", "Kosten per klant (hele euro's)", { value: start.costsEuro, description: "0 is gratis. Leeg is onbekend.", attributes: { inputmode: "numeric", class: "kk-textbox--short" } });
  const costsExplanation = text("costsExplanation", "Toelichting op de kosten", { kind: "textarea", rows: 2 });
  const groupForms = choiceGroup({ id: "veld-groupForms", legend: "Vorm", choices: facetChoices(vocabulary, "vorm", start.groupForms), checked: start.groupForms });
  fields.set("groupForms", groupForms);
  const reach = select("reach", "Bereik", REACH_CHOICES, start.reach, "Niet bekend");

  // --- evidence ----------------------------------------------------------------------------------------------------
  const level = select("evidence.level", "Erkenning", EVIDENCE_LADDER, start.evidenceLevel, "Niet beoordeeld", "De trede op de erkenningsladder. Niet beoordeeld zegt niet dat het niet werkt.");
  level.control.querySelector("option[value='']")?.remove();
  level.control.value = start.evidenceLevel;
  const recognisedOn = text("evidence.recognisedOn", "Erkend op", { kind: "date", value: start.recognisedOn, description: "Alleen bij een erkend instrument." });
  const dutchResearch = select("evidence.dutchResearch", "Onderzoek in Nederland", DUTCH_RESEARCH_CHOICES, start.dutchResearch, "Onbekend");
  dutchResearch.control.querySelector("option[value='']")?.remove();
  dutchResearch.control.value = start.dutchResearch;
  const researchNote = text("evidence.researchNote", "Toelichting op het onderzoek", { kind: "textarea", value: start.researchNote, description: "Wat onderzoek in Nederland vond. Verplicht bij een wettelijk instrument." });
  const statutory = choiceGroup({ id: "veld-evidence.statutory", legend: "Wettelijk instrument", choices: [["ja", "Dit is een wettelijk instrument (dan geen erkenning, wel de onderzoeksresultaten)"]], checked: start.statutory ? ["ja"] : [] });
  fields.set("evidence.statutory", statutory);

  const clientWishes = text("clientWishes", "Wensen en behoeften van klanten", { kind: "textarea", rows: 3 });
  const links = text("links", "Links", { kind: "textarea", rows: 3, value: start.links, description: "Eén link per regel: Titel = https://…" });

  // --- facets ---------------------------------------------------------------------------------------------------------
  const facetGroups = TAGGED_FACETS.filter((facet) => vocabulary.some((entry) => entry?.name === facet) || (start.facets[facet] ?? []).length > 0).map((facet) => {
    const chosen = start.facets[facet] ?? [];
    const group = choiceGroup({
      id: `veld-facets.${facet}`,
      legend: facetLabel(vocabulary, facet),
      choices: facetChoices(vocabulary, facet, chosen),
      checked: chosen,
      description: facet === "werkwijze" ? "Werkwijzen uit Kopkrakers die dit instrument in de praktijk brengt." : null,
    });
    fields.set(`facets.${facet}`, group);
    const summaryCount = h("span", { class: "kk-kh__facet-chosen" });
    const details = h("details", { class: "kk-kh__facet kk-edit-facet", open: chosen.length > 0 ? true : null, "data-testid": `facet-${facet}` }, h("summary", { class: "kk-kh__facet-summary" }, facetLabel(vocabulary, facet), summaryCount), group.element);
    const count = () => {
      const n = group.values().length;
      summaryCount.textContent = n > 0 ? ` (${n} gekozen)` : "";
    };
    group.element.addEventListener("change", count);
    count();
    return { facet, group, details };
  });

  // --- the B1 card ------------------------------------------------------------------------------------------------------
  const b1Fields = B1_FIELDS.map(([field, headingText]) => {
    const box = textField({ id: `veld-b1.${field}`, label: headingText, kind: "textarea", rows: 3, value: start.b1[field] ?? "", attributes: { autocomplete: "off" } });
    fields.set(`b1.${field}`, box);
    const count = () => box.setCounter(characterCount(box.control.value, B1_MAX));
    box.control.addEventListener("input", count);
    count();
    return [field, box];
  });

  // --- reading the form ---------------------------------------------------------------------------------------------------
  const readForm = () => ({
    key: key.control.value,
    name: name.control.value,
    aliases: aliases.control.value,
    category: category.control.value,
    goal: goal.control.value,
    method: method.control.value,
    targetGroup: targetGroup.control.value,
    entryConditions: entryConditions.control.value,
    provider: provider.control.value,
    locations: locations.control.value,
    durationValue: durationValue.value,
    durationUnit: durationUnit.value,
    durationContinuous: continuous.checked,
    intensity: intensity.control.value,
    costsEuro: costs.control.value,
    costsExplanation: costsExplanation.control.value,
    groupForms: groupForms.values(),
    reach: reach.control.value,
    evidenceLevel: level.control.value,
    recognisedOn: recognisedOn.control.value,
    dutchResearch: dutchResearch.control.value,
    researchNote: researchNote.control.value,
    statutory: statutory.values().includes("ja"),
    clientWishes: clientWishes.control.value,
    links: links.control.value,
    facets: Object.fromEntries([...Object.entries(start.facets), ...facetGroups.map(({ facet, group }) => [facet, group.values()])]),
    b1: Object.fromEntries(b1Fields.map(([field, box]) => [field, box.control.value])),
  });

  // --- messages, problems ---------------------------------------------------------------------------------------------------
  const messages = h("div", { class: "kk-messages", tabindex: "-1" });
  const statusLine = h("p", { class: "nl-paragraph kk-meta", "data-testid": "instrument-status" });
  const actions = h("div", { class: "kk-button-group" });
  const saveButton = button("Opslaan", { type: "submit", "data-testid": "opslaan" });
  const title = heading(1, "");

  function focusTarget(field) {
    const entry = fields.get(field);
    if (!entry) return null;
    if (entry.controls) return entry.controls[0] ?? null;
    return entry.control ?? null;
  }

  function showProblems(byField, message, testId = "foutmelding") {
    for (const [path, field] of fields) field.setProblems?.(byField.get(path) ?? []);
    for (const { facet, details } of facetGroups) if (byField.has(`facets.${facet}`)) details.open = true;
    const alert = alertBox("error", message, [], { "data-testid": testId });
    const items = [...byField.entries()].flatMap(([field, list]) => list.map((text) => [field, text]));
    if (items.length > 0) {
      alert.querySelector(".utrecht-alert__message").append(
        h(
          "ul",
          { class: "utrecht-unordered-list kk-problem-list", "data-testid": "fouten-overzicht" },
          items.map(([field, text], index) => {
            const target = focusTarget(field);
            const label = fieldName(field);
            const words = namedMessage(label, text);
            return h(
              "li",
              { class: "utrecht-unordered-list__item" },
              target
                ? link(`#${target.id}`, words, {
                    "data-testid": `fout-link-${index}`,
                    onclick: (event) => {
                      event.preventDefault();
                      target.closest("details")?.setAttribute("open", "");
                      target.scrollIntoView({ block: "center" });
                      target.focus({ preventScroll: true });
                    },
                  })
                : words,
            );
          }),
        ),
      );
    }
    replaceChildren(messages, alert);
    messages.focus();
  }

  function fieldName(field) {
    if (!field) return "";
    const control = focusTarget(field);
    const entry = fields.get(field);
    const legend = entry?.element?.querySelector("legend")?.textContent;
    const label = control ? document.querySelector(`label[for="${CSS.escape(control.id)}"]`)?.textContent : null;
    return (legend || label || "").trim();
  }

  function clearProblems() {
    for (const field of fields.values()) field.setProblems?.([]);
    replaceChildren(messages);
  }

  function refreshHeader() {
    title.textContent = state.id ? `${state.name || "Instrument"} bewerken` : "Nieuw instrument";
    document.title = `${title.textContent} - Kenniskompas`;
    replaceChildren(
      statusLine,
      h("span", {}, "Status: "),
      h("span", { class: `nl-data-badge kk-status-badge kk-status-badge--${String(state.status ?? "nieuw").toLowerCase()}`, "data-testid": "status", "data-value": state.status ?? "" }, state.status ? statusLabel(state.status) : "nog niet opgeslagen"),
      state.status === "GEPUBLICEERD" ? link(instrumentHref(state.id), "Bekijk zoals professionals het zien") : null,
    );
    const publish = state.id && actionsFor(state.status).includes("publiceren")
      ? button(state.status === "INGETROKKEN" ? "Opnieuw publiceren" : "Publiceren", { "data-testid": "publiceren", onclick: (event) => publishNow(event.currentTarget) }, "secondary")
      : null;
    replaceChildren(actions, saveButton, publish);
  }

  // --- saving and publishing -------------------------------------------------------------------------------------------------
  let busy = false;
  async function save() {
    if (busy) return null;
    clearProblems();
    const form = readForm();
    const local = formProblems(form, { isNew: !state.id });
    if (local.size > 0) {
      showProblems(new Map([...local].map(([field, text]) => [field, [text]])), "Nog niet opgeslagen. Pas dit eerst aan:");
      return null;
    }
    busy = true;
    setButtonBusy(saveButton, true, "Bezig met opslaan…");
    let saved;
    try {
      saved = state.id ? await api.keuzehulp.beheer.update(state.id, contentFromForm(form)) : await api.keuzehulp.beheer.create(newInstrumentBody(form));
    } catch (error) {
      busy = false;
      setButtonBusy(saveButton, false);
      if (signal.aborted) return null;
      failed(error, "Nog niet opgeslagen.");
      return null;
    }
    busy = false;
    setButtonBusy(saveButton, false);
    if (signal.aborted) return null;
    const created = !state.id;
    Object.assign(state, { id: saved?.id ?? state.id, key: saved?.key ?? form.key, status: saved?.status ?? state.status, name: saved?.name ?? form.name });
    if (created) {
      window.history.replaceState(null, "", beheerHref(state.id));
      key.setReadOnly(true);
    }
    refreshHeader();
    replaceChildren(messages, alertBox("ok", created ? "Het instrument is opgeslagen als concept. Publiceer het als het af is." : "Opgeslagen.", [], { "data-testid": "opgeslagen" }));
    messages.focus();
    return saved;
  }

  function failed(error, intro) {
    const errors = Array.isArray(error?.problem?.errors) ? error.problem.errors : [];
    if (error?.status === 422 && errors.length > 0) {
      showProblems(problemsByField(errors), `${intro} ${errors.length === 1 ? "Er is 1 probleem:" : `Er zijn ${errors.length} problemen:`}`);
    } else if (error?.status === 409) {
      replaceChildren(messages, alertBox("error", describeError(error).message, [], { "data-testid": "foutmelding" }));
      messages.focus();
      if (!state.id) key.setProblems([describeError(error).message]);
    } else {
      replaceChildren(messages, errorAlert(error));
      messages.focus();
    }
  }

  async function publishNow(trigger) {
    if (busy || trigger.getAttribute("aria-disabled") === "true") return;
    // Publish what is on the screen.
    const saved = await save();
    if (!saved) return;
    busy = true;
    setButtonBusy(trigger, true, "Bezig…");
    try {
      const published = await api.keuzehulp.beheer.publish(state.id);
      state.status = published?.status ?? "GEPUBLICEERD";
      refreshHeader();
      replaceChildren(messages, alertBox("ok", "Opgeslagen en gepubliceerd. Professionals vinden het nu in de Keuzehulp.", [], { "data-testid": "gepubliceerd" }));
      messages.focus();
    } catch (error) {
      if (!signal.aborted) failed(error, "Opgeslagen, maar nog niet gepubliceerd.");
    } finally {
      busy = false;
      if (trigger.isConnected) setButtonBusy(trigger, false);
    }
  }

  const section = (idText, headingText, intro, ...children) =>
    h("section", { class: "kk-editor__section", "aria-labelledby": idText }, heading(2, headingText, { id: idText }), intro ? paragraph(intro, { class: "kk-hint" }) : null, ...children);

  const form = h(
    "form",
    { class: "kk-editor", novalidate: true, "aria-labelledby": "instrument-titel" },
    section("sectie-wat", "Wat het is", null, key.element, name.element, aliases.element, category.element, goal.element, method.element, targetGroup.element, entryConditions.element),
    section("sectie-praktisch", "Praktisch", null, provider.element, locations.element, durationGroup, intensity.element, costs.element, costsExplanation.element, groupForms.element, reach.element),
    section("sectie-onderbouwing", "Onderbouwing", "Wetenschappelijke onderbouwing en onderzoek in Nederland blijven voor de lezer apart.", level.element, recognisedOn.element, dutchResearch.element, researchNote.element, statutory.element),
    section("sectie-klanten", "Klanten en meer informatie", null, clientWishes.element, links.element),
    section("sectie-filters", "Filters", "Waarmee professionals dit instrument vinden. Kies je bij een kenmerk over de klant niets, dan is het instrument voor iedereen.", facetGroups.map(({ details }) => details)),
    section("sectie-b1", "Kaart voor klanten (B1)", "Eenvoudig Nederlands, in de je-vorm. Deze kaart staat op de openbare pagina en in 'Samen bekijken'. Voor publiceren moeten alle zes de vragen beantwoord zijn.", b1Fields.map(([, box]) => box.element)),
    h("div", { class: "kk-editor__actions" }, messages, actions),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    save();
  });

  refreshHeader();
  const history = Array.isArray(instrument?.history) ? instrument.history : [];
  renderPage({
    title: title.textContent,
    focus,
    content: [
      backLink(),
      h("p", { class: "kk-pre-heading" }, "Keuzehulp beheer"),
      title,
      statusLine,
      instrument?.template?.changed
        ? alertBox(
            "info",
            `Het landelijke sjabloon "${instrument.template.name}" is gewijzigd sinds je kopie (versie ${instrument.template.copiedVersion}, nu versie ${instrument.template.currentVersion}). Vergelijk en neem over wat je wilt.`,
            [],
            { "data-testid": "sjabloon-gewijzigd", role: null },
          )
        : null,
      form,
      history.length > 0
        ? h(
            "section",
            { class: "kk-editor__section", "aria-labelledby": "sectie-geschiedenis" },
            heading(2, "Geschiedenis", { id: "sectie-geschiedenis" }),
            h("ol", { class: "utrecht-unordered-list" }, history.map((entry) => h("li", { class: "utrecht-unordered-list__item" }, [entry?.at ? `${formatDateTime(entry.at)}, ` : "", entry?.by ? `${entry.by}: ` : "", String(entry?.change ?? "")]))),
          )
        : null,
    ],
  });
  title.id = "instrument-titel";
}
