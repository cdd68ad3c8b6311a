// The editor for one Kopkraker (#/redactie/{id}, or #/redactie/nieuw): the fields in TNO's fixed order with live
// word counts, the server's format problems next to their fields, a preview exactly as professionals see it
// (the Kopkraker page's own rendering), the workflow steps the status allows, and the history.
import { api } from "../api.js";
import {
  AUDIENCES,
  BENEFIT_TYPES,
  CONCEPT_GROUPS,
  OPTION_FIELDS,
  PROFILE_FIELDS,
  WERKWIJZEN_MAX,
  actorName,
  contentFromValues,
  countFor,
  describeWerkwijzen,
  isEditable,
  movesFrom,
  problemsByField,
  publicView,
  releaseInstant,
  statusName,
  textFieldPaths,
  valuesFromContent,
  wordLimit,
} from "../case-format.js";
import { choiceGroup, textField } from "../components/form.js";
import { button, h, heading, link, paragraph, replaceChildren, setButtonBusy } from "../dom.js";
import { formatDateTime } from "../format.js";
import { alertBox, errorAlert, renderPage } from "../layout.js";
import { describeError } from "../problems.js";
import { REDACTIE_HREF, redactieHref } from "../routes.js";
import { caseView } from "./kopkraker.js";

const OPTION_NAMES = ["Eerste aanpak", "Tweede aanpak"];
const ANNOUNCE_AFTER_MS = 1200;

const MOVES = {
  IN_REVIEW: { label: "Ter review aanbieden", testId: "ter-review", done: "De Kopkraker is ter review aangeboden." },
  DRAFT: { label: "Terug naar concept", testId: "terug-naar-concept", done: "De Kopkraker is weer een concept. Je kunt hem nu bewerken." },
  SCHEDULED: { label: "Goedkeuren en inplannen", testId: "inplannen", done: "Goedgekeurd en ingepland." },
  ARCHIVED: { label: "Archiveren", testId: "archiveren", done: "De Kopkraker is gearchiveerd." },
};
const PULL_BACK = { label: "Uit planning halen", testId: "uit-planning", done: "De Kopkraker is uit de planning gehaald en staat weer ter review." };

const backLink = () => h("p", { class: "nl-paragraph kk-back" }, link(REDACTIE_HREF, "← Alle Kopkrakers van de redactie", { "data-testid": "terug" }));

export async function editorPage({ id, focus, signal }) {
  renderPage({ title: "Kopkraker bewerken", focus: false, content: [backLink(), h("div", { "aria-busy": "true" }, paragraph("De Kopkraker wordt geladen…"))] });

  let data = null;
  let themes = [];
  let werkwijzen = null;
  try {
    [data, themes, werkwijzen] = await Promise.all([
      id ? api.redactie.get(id) : null,
      // Known themes as suggestions; without them the field is simply free text.
      api.kopkrakers().then((answer) => answer?.filters?.themes ?? []).catch(() => []),
      // The Keuzehulp's ways of working for "Deze werkwijze toepassen?"; without them the option keeps what it had.
      api.keuzehulp
        .vocabulary()
        .then((facets) => (Array.isArray(facets) ? facets.find((facet) => facet?.name === "werkwijze")?.values ?? null : null))
        .catch(() => null),
    ]);
  } catch (error) {
    if (signal.aborted) return;
    renderPage({
      title: "Kopkraker niet beschikbaar",
      focus,
      content: [
        backLink(),
        heading(1, "Kopkraker niet beschikbaar"),
        errorAlert(error),
        error?.status === 404 || error?.status === 403 ? null : button("Probeer opnieuw", { onclick: () => editorPage({ id, focus: true, signal }) }, "secondary"),
      ],
    });
    return;
  }
  if (signal.aborted) return;
  createEditor({ data, themes: Array.isArray(themes) ? themes : [], werkwijzen: Array.isArray(werkwijzen) ? werkwijzen : null, signal }).show(focus);
}

function createEditor({ data, themes, werkwijzen, signal }) {
  const state = {
    id: data?.id ?? null,
    number: data?.number ?? null,
    version: data?.version ?? null,
    status: data?.status ?? null,
    releaseAt: data?.releaseAt ?? null,
    publishedAt: data?.publishedAt ?? null,
    history: data?.history ?? [],
  };
  let dirty = false;

  // --- the form ---------------------------------------------------------------------------------------------
  const values = valuesFromContent(data);
  const fields = new Map();
  const text = (path, label, options = {}) => {
    const field = textField({ id: `veld-${path}`, label, value: values[path], ...options });
    fields.set(path, field);
    return field.element;
  };
  const sectionProblem = (path) => {
    const element = h("p", { class: "utrecht-form-field-error-message kk-problem", id: `probleem-${path}`, "data-testid": `probleem-${path}`, hidden: true });
    fields.set(path, {
      element,
      setProblems(messages = []) {
        element.hidden = messages.length === 0;
        element.textContent = messages.join(" ");
      },
    });
    return element;
  };

  const concepts = choiceGroup({
    id: "veld-concepts",
    legend: "Begrippen uit de theorie",
    description: "Kies de begrippen waar het dilemma over gaat.",
    groups: CONCEPT_GROUPS.map(([title, entries]) => [title, entries.map((concept) => [concept, concept])]),
    checked: data?.concepts ?? [],
  });
  const audience = choiceGroup({
    id: "veld-audience",
    legend: "Voor wie",
    type: "radio",
    name: "audience",
    choices: AUDIENCES,
    checked: data?.audience ? [data.audience] : [],
  });
  const benefitTypes = choiceGroup({
    id: "veld-benefitTypes",
    legend: "Uitkering",
    description: "Alleen voor een Kopkraker voor UWV: bij welke uitkeringen past hij?",
    choices: BENEFIT_TYPES.map((type) => [type, type]),
    checked: data?.benefitTypes ?? [],
  });
  fields.set("concepts", concepts);
  fields.set("audience", audience);
  fields.set("benefitTypes", benefitTypes);

  const themeList = h("datalist", { id: "bekende-themas" }, themes.map((theme) => h("option", { value: theme })));

  /** Per option its ways of working: a group of checkboxes (at most three), or what it had when the list is missing. */
  const werkwijzenGroups = [];
  const werkwijzenPart = (index, name) => {
    const path = `options[${index}].werkwijzen`;
    const chosen = values[path] ?? [];
    if (!werkwijzen) {
      werkwijzenGroups[index] = null;
      return paragraph(
        chosen.length > 0
          ? `Werkwijzen (voor de Keuzehulp): de lijst kan nu niet geladen worden. De gekozen werkwijzen blijven bewaard: ${chosen.join(", ")}.`
          : "Werkwijzen (voor de Keuzehulp): de lijst kan nu niet geladen worden. Probeer het later opnieuw.",
        { class: "kk-hint", "data-testid": `werkwijzen-onbekend-${index}` },
      );
    }
    const choices = werkwijzen.filter((value) => typeof value?.code === "string").map((value) => [value.code, value.label || value.code]);
    for (const code of chosen) if (!choices.some(([known]) => known === code)) choices.push([code, code]);
    const group = choiceGroup({
      id: `veld-${path}`,
      legend: ["Werkwijzen (voor de Keuzehulp)", h("span", { class: "kk-visually-hidden" }, ` (${name.toLowerCase()})`)],
      description: `Kies hoogstens ${WERKWIJZEN_MAX}. 'Deze werkwijze toepassen?' opent dan de Keuzehulp van de professional met de instrumenten die deze werkwijzen in de praktijk brengen.`,
      choices,
      checked: chosen,
    });
    group.element.classList.add("kk-werkwijzen");
    const counter = h("p", { class: "utrecht-form-field-description kk-counter", id: `telling-${path}`, "data-testid": `telling-${path}` });
    const showCount = (override = null) => {
      const count = override ?? describeWerkwijzen(group.values());
      counter.textContent = count.text;
      counter.classList.toggle("kk-counter--over", count.over);
      counter.dataset.over = count.over ? "true" : "false";
    };
    group.element.querySelector("fieldset").append(counter);
    group.element.addEventListener("change", (event) => {
      if (event.target.checked && group.values().length > WERKWIJZEN_MAX) {
        event.target.checked = false;
        showCount({ text: `Je kunt hoogstens ${WERKWIJZEN_MAX} werkwijzen kiezen. Haal er eerst een weg.`, over: true });
        announcer.textContent = counter.textContent;
        return;
      }
      showCount();
    });
    showCount();
    fields.set(path, group);
    werkwijzenGroups[index] = group;
    return group.element;
  };

  const optionSection = (index) => {
    const name = OPTION_NAMES[index] ?? `Aanpak ${index + 1}`;
    const titleId = `aanpak-${index}-sectie`;
    return h(
      "section",
      { class: "kk-editor__section", "aria-labelledby": titleId },
      heading(2, name, { id: titleId }),
      OPTION_FIELDS.map(([key, label, , kind]) =>
        text(`options[${index}].${key}`, [label, h("span", { class: "kk-visually-hidden" }, ` (${name.toLowerCase()})`)], {
          kind: kind === "long" ? "textarea" : kind === "url" ? "url" : "text",
          rows: 5,
          description: key === "id" ? "Eén letter, meestal A of B." : key === "applyUrl" ? "Een link die begint met https://. Kies je hieronder werkwijzen, dan gaat de link naar de Keuzehulp." : null,
          attributes: kind === "short" ? { maxlength: "40", autocomplete: "off", class: "kk-textbox--short" } : { autocomplete: "off" },
        }),
      ),
      werkwijzenPart(index, name),
    );
  };

  const saveMessages = h("div", { class: "kk-messages", tabindex: "-1" });
  const saveButton = button("Opslaan", { type: "submit", "data-testid": "opslaan" });
  const previewButton = button("Voorbeeld", { "data-testid": "voorbeeld" }, "secondary");
  const editNote = paragraph("", { class: "kk-hint", "data-testid": "bewerken-uitleg" });
  const announcer = h("p", { class: "kk-visually-hidden", role: "status" });

  const form = h(
    "form",
    { class: "kk-editor", novalidate: true, "aria-label": "Kopkraker" },
    text("title", "Titel", { attributes: { autocomplete: "off" } }),
    h(
      "section",
      { class: "kk-editor__section", "aria-labelledby": "sectie-klant" },
      heading(2, "De klant", { id: "sectie-klant" }),
      paragraph("De vaste velden, in deze volgorde. Elk veld heeft hoogstens 15 woorden.", { class: "kk-hint" }),
      sectionProblem("profile"),
      PROFILE_FIELDS.map(([key, label]) => text(`profile.${key}`, label, { attributes: { autocomplete: "off" } })),
    ),
    h(
      "section",
      { class: "kk-editor__section", "aria-labelledby": "sectie-situatie" },
      heading(2, "Huidige situatie en dilemma", { id: "sectie-situatie" }),
      text("background", "Huidige situatie", {
        kind: "textarea",
        rows: 12,
        description: "Samen met het dilemma 150 tot 170 woorden. Een witregel begint een nieuwe alinea.",
      }),
      text("dilemma", "Dilemma", { kind: "textarea", rows: 3, description: "De vraag waar de casus op uitkomt. Eindig met een vraagteken." }),
    ),
    h(
      "section",
      { class: "kk-editor__section", "aria-labelledby": "sectie-aanpakken" },
      heading(2, "De twee aanpakken", { id: "sectie-aanpakken" }),
      sectionProblem("options"),
    ),
    optionSection(0),
    optionSection(1),
    h(
      "section",
      { class: "kk-editor__section", "aria-labelledby": "sectie-labels" },
      heading(2, "Thema, begrippen en bronnen", { id: "sectie-labels" }),
      text("theme", "Thema", { attributes: { list: "bekende-themas", autocomplete: "off" }, description: "Kies een bekend thema of typ een nieuw." }),
      themeList,
      concepts.element,
      audience.element,
      benefitTypes.element,
      text("literature", "Literatuur", { kind: "textarea", rows: 5, description: "Eén bron per regel." }),
      text("inspiredBy", "Geïnspireerd door praktijkdilemma's", {
        description:
          "De nummers van de praktijkdilemma's waar deze Kopkraker uit voortkomt, bijvoorbeeld PD-0042, PD-0043. Verschijnt de Kopkraker, dan staan die dilemma's in de inbox vanzelf op 'gebruikt'.",
        attributes: { autocomplete: "off", spellcheck: "false" },
      }),
    ),
    h("div", { class: "kk-editor__actions" }, editNote, saveMessages, h("div", { class: "kk-button-group" }, saveButton, previewButton)),
    announcer,
  );

  // --- live word counts --------------------------------------------------------------------------------------
  const counted = [...textFieldPaths().filter((path) => wordLimit(path)), "inspiredBy"];
  const readValues = () => Object.fromEntries([...fields].filter(([, field]) => field.control && !field.controls).map(([path, field]) => [path, field.control.value]));
  const updateCounter = (path, current = readValues()) => fields.get(path)?.setCounter(countFor(path, current));
  for (const path of counted) updateCounter(path, values);

  let announceTimer = null;
  form.addEventListener("input", (event) => {
    dirty = true;
    const path = event.target.id?.replace(/^veld-/, "");
    const current = readValues();
    if (wordLimit(path ?? "") || path === "inspiredBy") updateCounter(path, current);
    if (path === "dilemma") updateCounter("background", current);
    const announced = path === "dilemma" ? "background" : path;
    const field = fields.get(announced);
    if (!field?.counter || field.counter.hidden) return;
    // Screen readers hear the count once typing pauses, not on every key.
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => {
      const label = form.querySelector(`label[for="veld-${announced}"]`)?.textContent ?? "";
      announcer.textContent = `${label}: ${field.counter.textContent}`;
    }, ANNOUNCE_AFTER_MS);
  });
  form.addEventListener("change", () => {
    dirty = true;
  });

  // The loaded values underneath: what the form has no control for (an option's ways of working when their list is
  // missing) goes back as it was.
  const content = () =>
    contentFromValues({ ...values, ...readValues() }, {
      concepts: concepts.values(),
      audience: audience.values()[0] ?? null,
      benefitTypes: benefitTypes.values(),
      // A group that could not be shown sends what the option had (contentFromValues falls back to the values).
      werkwijzen: werkwijzenGroups.map((group) => (group ? group.values() : null)),
    });

  // --- problems ---------------------------------------------------------------------------------------------
  function showProblems(problems) {
    const byField = problemsByField(problems);
    for (const [path, field] of fields) field.setProblems?.(byField.get(path) ?? []);
  }

  /** An alert with the message and every problem as a link to its field (the field gets focus). */
  function problemAlert(kind, message, problems = [], attributes = {}) {
    const alert = alertBox(kind, message, [], attributes);
    const list = (Array.isArray(problems) ? problems : []).filter((problem) => typeof problem?.message === "string");
    if (list.length > 0) {
      alert.querySelector(".utrecht-alert__message").append(
        h(
          "ul",
          { class: "utrecht-unordered-list kk-problem-list" },
          list.map((problem) => {
            const target = focusTarget(problem.field);
            return h(
              "li",
              { class: "utrecht-unordered-list__item" },
              target
                ? link(`#${target.id}`, problem.message, {
                    onclick: (event) => {
                      event.preventDefault();
                      target.focus();
                    },
                  })
                : problem.message,
            );
          }),
        ),
      );
    }
    return alert;
  }

  function focusTarget(path) {
    const field = fields.get(path ?? "");
    if (!field) return null;
    if (field.control) return field.control;
    if (field.controls) return field.controls[0] ?? null;
    return null;
  }

  function showFailure(error, slot) {
    const { message, fieldMessages } = describeError(error);
    const errors = Array.isArray(error?.problem?.errors) ? error.problem.errors : [];
    if (errors.some((entry) => entry?.field)) showProblems(errors);
    replaceChildren(
      slot,
      errors.length > 0
        ? problemAlert("error", message, errors, { "data-testid": "foutmelding" })
        : alertBox("error", message, fieldMessages, { "data-testid": "foutmelding" }),
    );
    slot.focus();
  }

  // --- saving -----------------------------------------------------------------------------------------------
  let busy = false;

  async function save({ report = true } = {}) {
    if (busy) return null;
    busy = true;
    replaceChildren(saveMessages);
    setButtonBusy(saveButton, true, "Bezig met opslaan…");
    let result;
    try {
      result = state.id ? await api.redactie.update(state.id, content()) : await api.redactie.create(content());
    } catch (error) {
      if (!signal.aborted) showFailure(error, saveMessages);
      return null;
    } finally {
      busy = false;
      setButtonBusy(saveButton, false);
    }
    if (signal.aborted) return null;
    const created = !state.id;
    apply(result);
    dirty = false;
    if (created) window.history.replaceState(null, "", redactieHref(state.id));
    if (report) {
      const problems = Array.isArray(result?.problems) ? result.problems : [];
      replaceChildren(
        saveMessages,
        problems.length === 0
          ? alertBox("ok", "Opgeslagen. De Kopkraker voldoet aan het format.", [], { "data-testid": "opgeslagen" })
          : problemAlert(
              "warning",
              `Opgeslagen. Nog ${problems.length} ${problems.length === 1 ? "punt" : "punten"} voordat je hem ter review kunt aanbieden:`,
              problems,
              { "data-testid": "opgeslagen" },
            ),
      );
      saveMessages.focus();
    }
    return result;
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (isEditable(state.status)) save();
  });

  // --- header, workflow and history ---------------------------------------------------------------------------
  const title = heading(1, "");
  const preHeading = h("p", { class: "kk-pre-heading" });
  const statusBadge = h("span", { class: "nl-data-badge kk-status-badge", "data-testid": "status" });
  const statusLine = h("p", { class: "nl-paragraph kk-meta" }, h("span", {}, "Status: ", statusBadge), h("span", { "data-testid": "moment" }));
  const workflowBody = h("div", { class: "kk-workflow" });
  const workflowMessages = h("div", { class: "kk-messages", tabindex: "-1" });
  const historyBody = h("div", {});

  function apply(result) {
    if (!result) return;
    Object.assign(state, {
      id: result.id ?? state.id,
      number: result.number ?? state.number,
      version: result.version ?? state.version,
      status: result.status ?? state.status,
      releaseAt: result.releaseAt ?? null,
      publishedAt: result.publishedAt ?? null,
      history: Array.isArray(result.history) ? result.history : state.history,
    });
    showProblems(result.problems);
    refresh();
  }

  function refresh() {
    title.textContent = state.id ? "Kopkraker bewerken" : "Nieuwe Kopkraker";
    document.title = `${title.textContent} - Kenniskompas`;
    preHeading.textContent = state.number ? `Kopkraker ${state.number}${state.version ? ` · versie ${state.version}` : ""}` : "Redactie";
    statusBadge.textContent = state.status ? statusName(state.status) : "nog niet opgeslagen";
    statusBadge.className = `nl-data-badge kk-status-badge kk-status-badge--${String(state.status ?? "nieuw").toLowerCase()}`;
    statusLine.lastChild.textContent =
      state.status === "SCHEDULED" && state.releaseAt
        ? `Verschijnt op ${formatDateTime(state.releaseAt)}`
        : state.status === "PUBLISHED" && state.publishedAt
          ? `Verschenen op ${formatDateTime(state.publishedAt)}`
          : "";

    const editable = isEditable(state.status);
    for (const [path, field] of fields) if (path !== "releaseAt") field.setReadOnly?.(!editable);
    saveButton.hidden = !editable;
    editNote.textContent = !editable
      ? "Je kunt deze Kopkraker nu niet bewerken. Alleen een concept of een gepubliceerde Kopkraker kun je aanpassen."
      : state.status === "PUBLISHED"
        ? "Let op: opslaan maakt een nieuwe versie die professionals meteen zien. Wie al koos, ziet dat de Kopkraker is aangepast."
        : "";
    editNote.hidden = editNote.textContent === "";
    renderWorkflow();
    renderHistory();
  }

  function renderWorkflow() {
    const moves = state.id ? movesFrom(state.status) : [];
    const parts = [];
    if (!state.id) parts.push(paragraph("Sla de Kopkraker eerst op. Daarna kun je hem ter review aanbieden."));
    if (state.id && moves.length === 0) parts.push(paragraph("Er zijn geen stappen meer mogelijk."));
    if (state.status === "DRAFT") parts.push(paragraph("Klaar met schrijven? Bied de Kopkraker aan ter review. Dat kan als hij aan het format voldoet."));
    if (state.status === "PUBLISHED") parts.push(paragraph("De Kopkraker is verschenen. Je kunt hem archiveren: professionals zien hem dan niet meer."));
    for (const to of moves) {
      if (to === "SCHEDULED") {
        const moment = textField({
          id: "veld-releaseAt",
          testId: "release-moment",
          label: "Verschijnt op",
          kind: "datetime-local",
          description: "De datum en de tijd waarop professionals de Kopkraker zien.",
          attributes: { min: localNow() },
        });
        fields.set("releaseAt", moment);
        parts.push(h("div", { class: "kk-workflow__schedule" }, moment.element, moveButton(to, "primary")));
      } else {
        parts.push(moveButton(to, to === "ARCHIVED" || to === "DRAFT" ? "secondary" : "primary"));
      }
    }
    if (!moves.includes("SCHEDULED")) fields.delete("releaseAt");
    replaceChildren(workflowBody, parts);
  }

  function moveButton(to, appearance) {
    const move = state.status === "SCHEDULED" && to === "IN_REVIEW" ? PULL_BACK : MOVES[to];
    const element = button(move.label, { "data-testid": move.testId, class: "kk-workflow__button" }, appearance);
    element.addEventListener("click", () => moveTo(to, move, element));
    return element;
  }

  async function moveTo(to, move, trigger) {
    if (busy || trigger.getAttribute("aria-disabled") === "true") return;
    replaceChildren(workflowMessages);
    let releaseAt;
    if (to === "SCHEDULED") {
      const moment = fields.get("releaseAt");
      releaseAt = releaseInstant(moment.control.value);
      if (!releaseAt) {
        moment.setProblems(["Kies de datum en de tijd waarop de Kopkraker verschijnt."]);
        moment.control.focus();
        return;
      }
      moment.setProblems([]);
    }
    if (to === "ARCHIVED" && !window.confirm("Archiveren? Professionals zien deze Kopkraker dan niet meer.")) return;
    if (to === "IN_REVIEW" && dirty && isEditable(state.status)) {
      // Review is of what is on the screen: save unsaved changes first.
      const saved = await save({ report: false });
      if (!saved) return;
    }
    busy = true;
    setButtonBusy(trigger, true, "Bezig…");
    let result;
    try {
      result = await api.redactie.move(state.id, to, releaseAt);
    } catch (error) {
      if (!signal.aborted) showFailure(error, workflowMessages);
      return;
    } finally {
      busy = false;
      setButtonBusy(trigger, false);
    }
    if (signal.aborted) return;
    apply(result);
    replaceChildren(saveMessages);
    replaceChildren(workflowMessages, alertBox("ok", move.done, [], { "data-testid": "stap-gelukt" }));
    workflowMessages.focus();
  }

  function renderHistory() {
    const steps = Array.isArray(state.history) ? state.history : [];
    replaceChildren(
      historyBody,
      steps.length === 0
        ? paragraph("Nog geen stappen gezet.")
        : h(
            // On a phone the table scrolls sideways in its own region instead of widening the page (which made the
            // browser zoom the whole editor out).
            "div",
            { class: "kk-table-scroll", role: "region", tabindex: "0", "aria-labelledby": "sectie-geschiedenis" },
            h(
            "table",
            { class: "utrecht-table utrecht-table--html-table kk-history", "data-testid": "geschiedenis", "aria-labelledby": "sectie-geschiedenis" },
            h(
              "thead",
              { class: "utrecht-table__header" },
              h("tr", { class: "utrecht-table__row" }, ["Wanneer", "Wie", "Van", "Naar"].map((label) => h("th", { class: "utrecht-table__header-cell", scope: "col" }, label))),
            ),
            h(
              "tbody",
              { class: "utrecht-table__body" },
              steps.map((step) =>
                h(
                  "tr",
                  { class: "utrecht-table__row" },
                  h("td", { class: "utrecht-table__cell" }, formatDateTime(step.at)),
                  h("td", { class: "utrecht-table__cell" }, actorName(step.by)),
                  h("td", { class: "utrecht-table__cell" }, statusName(step.from)),
                  h("td", { class: "utrecht-table__cell" }, statusName(step.to)),
                ),
              ),
            ),
          ),
          ),
    );
  }

  // --- preview ------------------------------------------------------------------------------------------------
  const editorContent = [
    backLink(),
    preHeading,
    title,
    statusLine,
    form,
    h(
      "section",
      { class: "kk-editor__section", "aria-labelledby": "sectie-status" },
      heading(2, "Status en planning", { id: "sectie-status" }),
      workflowMessages,
      workflowBody,
    ),
    h("section", { class: "kk-editor__section", "aria-labelledby": "sectie-geschiedenis" }, heading(2, "Geschiedenis", { id: "sectie-geschiedenis" }), historyBody),
  ];

  function showEditor({ focus, focusOn = null }) {
    renderPage({ title: title.textContent, focus: focus && !focusOn, content: editorContent });
    focusOn?.focus();
  }

  function showPreview() {
    const view = publicView(content(), { id: state.id ?? "voorbeeld", number: state.number, version: state.version ?? 1, publishedAt: state.publishedAt });
    const backButton = (testId) =>
      button("Terug naar bewerken", { "data-testid": testId, onclick: () => showEditor({ focus: false, focusOn: previewButton }) }, "secondary");
    renderPage({
      title: `Voorbeeld: ${view.title || "Kopkraker"}`,
      focus: true,
      content: [
        h(
          "div",
          { class: "kk-preview-bar" },
          alertBox("info", "Voorbeeld: zo zien professionals deze Kopkraker. Kiezen kan hier niet.", [], { "data-testid": "voorbeeld-melding", role: null }),
          backButton("terug-naar-bewerken"),
        ),
        h(
          "div",
          { class: "kk-preview", "data-testid": "voorbeeld-weergave" },
          caseView(view, {
            optionFooter: (option) =>
              h(
                "div",
                { class: "kk-option__choice" },
                button("Kies deze aanpak", { "aria-disabled": "true", "aria-describedby": `aanpak-${option.id}-titel`, class: "kk-choose-button" }),
              ),
          }),
        ),
        paragraph(backButton("terug-naar-bewerken-onder")),
      ],
    });
  }
  previewButton.addEventListener("click", showPreview);

  return {
    show(focus) {
      refresh();
      showProblems(data?.problems ?? []);
      showEditor({ focus });
    },
  };
}

/** Now as a datetime-local value (local time, to the minute), for the release moment's minimum. */
function localNow() {
  const now = new Date();
  const pad = (number) => String(number).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}
