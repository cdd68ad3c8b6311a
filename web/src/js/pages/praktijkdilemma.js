// "Dilemma inbrengen" (#/praktijkdilemma, role professional): TNO's intake form (seed 001, appendix 1). Informed
// consent first; then the optional background, one or two dilemmas (the question, two approaches, knowledge sources,
// which approach was chosen) and a closing remark. The draft stays on this device (localStorage, per organisation and person)
// until it is sent or wiped, so a reload or a failed send never loses text. The server's 422 findings show next to
// their fields, with a summary of links at the top that gets focus.
import { api } from "../api.js";
import { choiceGroup, selectField, textField } from "../components/form.js";
import {
  NOT_SAYING,
  OTHER,
  PRIVACY_HINT,
  approachLabel,
  choiceId,
  controlId,
  counter,
  countedFields,
  draftOwner,
  emptyDilemma,
  emptyDraft,
  forgetDraft,
  isEmptyDraft,
  loadDraft,
  questionnaireModel,
  receivedText,
  saveDraft,
  sendFailure,
  submissionBody,
  waitText,
} from "../dilemma-form.js";
import { button, h, heading, link, paragraph, paragraphs, replaceChildren, setButtonBusy } from "../dom.js";
import { formatDateTime } from "../format.js";
import { alertBox, errorAlert, renderPage } from "../layout.js";

const TITLE = "Dilemma inbrengen";
const LEAD = "Twijfelde je in je werk sterk tussen twee aanpakken? Beschrijf dat dilemma. De redactie maakt er misschien een nieuwe Kopkraker van.";

/** localStorage, or null when the browser does not allow it (then the draft lives only on the page). */
function deviceStorage() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export async function praktijkdilemmaPage({ focus, session, signal }) {
  const body = h("div", { class: "kk-stack", "aria-busy": "true" }, paragraph("Het formulier wordt geladen…"));
  renderPage({ title: TITLE, focus, content: [heading(1, TITLE), paragraph(LEAD, { class: "nl-paragraph--lead" }), body] });

  let questionnaire;
  try {
    questionnaire = await api.praktijkdilemmas.vragenlijst({ signal });
  } catch (error) {
    if (signal.aborted || error?.name === "AbortError") return;
    body.removeAttribute("aria-busy");
    replaceChildren(body, errorAlert(error), button("Probeer opnieuw", { onclick: () => praktijkdilemmaPage({ focus: true, session, signal }) }, "secondary"));
    return;
  }
  if (signal.aborted) return;
  const model = questionnaireModel(questionnaire);
  const owner = draftOwner(session);
  const storage = deviceStorage();
  const restored = loadDraft(storage, owner, model);
  showForm({ model, owner, storage, restored, focus, signal });
}

function showForm({ model, owner, storage, restored, focus, signal, notice = null }) {
  const { limits } = model;
  let draft = restored?.draft ?? emptyDraft();
  /** Every field that can show a problem, by its API path. */
  const fields = new Map();

  // --- consent ----------------------------------------------------------------------------------------------------
  const consent = consentField();
  consent.control.checked = draft.consent;
  fields.set("consent", consent);

  // --- background -------------------------------------------------------------------------------------------------
  const functionField = selectField({
    id: controlId("background.function"),
    label: "Functie",
    options: model.functions,
    value: draft.background.function,
    emptyLabel: NOT_SAYING,
    problemPath: "background.function",
  });
  const functionOther = textField({
    id: controlId("background.functionOther"),
    label: "Functie, namelijk …",
    value: draft.background.functionOther,
    attributes: { autocomplete: "off" },
  });
  const education = selectField({
    id: controlId("background.educationLevel"),
    label: "Opleiding",
    description: "Je hoogst afgeronde opleiding.",
    options: model.educationLevels,
    value: draft.background.educationLevel,
    emptyLabel: NOT_SAYING,
    problemPath: "background.educationLevel",
  });
  const years = selectField({
    id: controlId("background.yearsInField"),
    label: "Jaren in het vak",
    options: model.yearsInField,
    value: draft.background.yearsInField,
    emptyLabel: NOT_SAYING,
    problemPath: "background.yearsInField",
  });
  fields.set("background.function", functionField);
  fields.set("background.functionOther", functionOther);
  fields.set("background.educationLevel", education);
  fields.set("background.yearsInField", years);

  // --- dilemmas ---------------------------------------------------------------------------------------------------
  const dilemmaList = h("div", { class: "kk-stack kk-dilemma-list" });
  const addButton = button("Nog een dilemma toevoegen", { "data-testid": "dilemma-toevoegen" }, "secondary");
  const addHint = paragraph(`Je kunt ${limits.dilemmas === 2 ? "twee" : limits.dilemmas} verschillende dilemma's beschrijven.`, { class: "kk-hint" });

  // --- closing remark ---------------------------------------------------------------------------------------------
  const remark = textField({
    id: controlId("remark"),
    label: "Heb je nog opmerkingen over de Kopkrakers, dit formulier of je dilemma's?",
    kind: "textarea",
    rows: 4,
    value: draft.remark,
    description: "Niet verplicht.",
  });
  fields.set("remark", remark);

  // --- messages, draft status, actions ----------------------------------------------------------------------------
  const messages = h("div", { class: "kk-messages", tabindex: "-1" });
  const draftStatus = paragraph("", { class: "kk-hint", "data-testid": "concept-status" });
  const sendButton = button("Versturen", { type: "submit", "data-testid": "dilemma-versturen" });
  const wipeButton = button("Concept wissen", { "data-testid": "concept-wissen" }, "secondary");

  const rest = h(
    "div",
    { class: "kk-intake__rest", "data-testid": "dilemma-formulier", hidden: !draft.consent },
    alertBox("info", PRIVACY_HINT, [], { "data-testid": "privacy-hint", role: null }),
    h(
      "section",
      { class: "kk-editor__section", "aria-labelledby": "achtergrond-titel" },
      heading(2, "Over jou", { id: "achtergrond-titel" }),
      paragraph("Voor de statistiek. Je hoeft niets in te vullen: kies 'Zeg ik liever niet' als je iets niet wilt zeggen.", { class: "kk-hint" }),
      functionField.element,
      functionOther.element,
      education.element,
      years.element,
    ),
    h(
      "section",
      { class: "kk-editor__section", "aria-labelledby": "dilemmas-titel" },
      heading(2, "Jouw dilemma", { id: "dilemmas-titel" }),
      paragraph(
        "Een dilemma: in de begeleiding van een cliënt moest een vraag worden opgelost, en je twijfelde sterk tussen twee manieren van aanpak. Probeer het zo goed mogelijk voor de geest te halen.",
      ),
      dilemmaList,
      addHint,
      addButton,
    ),
    h("section", { class: "kk-editor__section", "aria-labelledby": "afronding-titel" }, heading(2, "Afronding", { id: "afronding-titel" }), remark.element),
    h("div", { class: "kk-editor__actions" }, draftStatus, h("div", { class: "kk-button-group" }, sendButton, wipeButton)),
  );

  const form = h(
    "form",
    { class: "kk-editor kk-intake", novalidate: true, "aria-labelledby": "dilemma-titel" },
    h(
      "section",
      { class: "kk-intake__consent", "aria-labelledby": "toestemming-titel" },
      heading(2, "Toestemming", { id: "toestemming-titel" }),
      h("div", { class: "kk-consent", "data-testid": "toestemming-tekst" }, paragraphs(model.consent)),
      consent.element,
    ),
    rest,
  );

  // --- rendering the dilemmas -------------------------------------------------------------------------------------
  function renderDilemmas() {
    for (const key of [...fields.keys()]) if (key.startsWith("dilemmas[")) fields.delete(key);
    replaceChildren(dilemmaList, draft.dilemmas.map((dilemma, index) => dilemmaSection(dilemma, index)));
    addButton.hidden = draft.dilemmas.length >= limits.dilemmas;
    addHint.hidden = addButton.hidden;
    refresh();
  }

  function dilemmaSection(dilemma, index) {
    const at = `dilemmas[${index}]`;
    const number = index + 1;
    const titleId = `dilemma-${index}-titel`;
    const problem = textField({
      id: controlId(`${at}.problem`),
      label: "Wat was de vraag in de begeleiding van de cliënt? Wat moest worden opgelost?",
      kind: "textarea",
      rows: 6,
      value: dilemma.problem,
      description: "Beschrijf de situatie zonder namen of andere gegevens waarmee iemand te herkennen is.",
    });
    const approach1 = textField({ id: controlId(`${at}.approach1`), label: "Aanpak 1", kind: "textarea", rows: 3, value: dilemma.approach1 });
    const approach2 = textField({ id: controlId(`${at}.approach2`), label: "Aanpak 2", kind: "textarea", rows: 3, value: dilemma.approach2 });
    const sources = choiceGroup({
      id: controlId(`${at}.knowledgeSources`),
      legend: "Welke kennis had je over de twee aanpakken? Mijn bronnen van kennis waren …",
      description: "Je kunt meer dan één bron kiezen.",
      choices: model.knowledgeSources,
      checked: dilemma.knowledgeSources,
    });
    const otherSource = textField({
      id: controlId(`${at}.otherKnowledgeSource`),
      label: "Anders, namelijk …",
      value: dilemma.otherKnowledgeSource,
      attributes: { autocomplete: "off" },
    });
    const chosen = choiceGroup({
      id: controlId(`${at}.chosenApproach`),
      legend: "Welke aanpak heb je uiteindelijk gekozen?",
      type: "radio",
      choices: [
        ["1", approachLabel(1, dilemma.approach1)],
        ["2", approachLabel(2, dilemma.approach2)],
      ],
      checked: dilemma.chosenApproach ? [String(dilemma.chosenApproach)] : [],
    });
    chosen.element.classList.add("kk-intake__chosen");
    fields.set(`${at}.problem`, problem);
    fields.set(`${at}.approach1`, approach1);
    fields.set(`${at}.approach2`, approach2);
    fields.set(`${at}.knowledgeSources`, sources);
    fields.set(`${at}.otherKnowledgeSource`, otherSource);
    fields.set(`${at}.chosenApproach`, chosen);

    const removeButton =
      index > 0
        ? button(`Dilemma ${number} verwijderen`, { "data-testid": `dilemma-verwijderen-${index}`, onclick: () => removeDilemma(index) }, "secondary")
        : null;
    return h(
      "section",
      { class: "kk-intake__dilemma", "aria-labelledby": titleId, "data-testid": `dilemma-${index}` },
      heading(3, `Dilemma ${number}`, { id: titleId, tabindex: "-1" }),
      problem.element,
      h(
        "div",
        { class: "kk-intake__approaches", role: "group", "aria-labelledby": `dilemma-${index}-aanpakken` },
        paragraph("Tussen welke twee manieren van aanpak twijfelde je om de vraag op te lossen?", { id: `dilemma-${index}-aanpakken`, class: "kk-intake__question" }),
        approach1.element,
        approach2.element,
      ),
      sources.element,
      otherSource.element,
      chosen.element,
      removeButton,
    );
  }

  function addDilemma() {
    draft = readDraft();
    if (draft.dilemmas.length >= limits.dilemmas) return;
    draft.dilemmas.push(emptyDilemma());
    renderDilemmas();
    store();
    document.getElementById(`dilemma-${draft.dilemmas.length - 1}-titel`)?.focus();
  }

  function removeDilemma(index) {
    draft = readDraft();
    const dilemma = draft.dilemmas[index];
    const written = dilemma && !isEmptyDraft({ ...emptyDraft(), dilemmas: [dilemma] });
    if (written && !window.confirm(`Dilemma ${index + 1} verwijderen? Wat je daar schreef, gaat dan weg.`)) return;
    draft.dilemmas.splice(index, 1);
    renderDilemmas();
    store();
    addButton.focus();
  }
  addButton.addEventListener("click", addDilemma);

  // --- reading the form, revealing fields, counters -----------------------------------------------------------------
  function readDraft() {
    return {
      consent: consent.control.checked,
      background: {
        function: functionField.control.value,
        functionOther: functionOther.control.value,
        educationLevel: education.control.value,
        yearsInField: years.control.value,
      },
      dilemmas: draft.dilemmas.map((_, i) => {
        const at = `dilemmas[${i}]`;
        const chosen = fields.get(`${at}.chosenApproach`).values()[0];
        return {
          problem: fields.get(`${at}.problem`).control.value,
          approach1: fields.get(`${at}.approach1`).control.value,
          approach2: fields.get(`${at}.approach2`).control.value,
          knowledgeSources: fields.get(`${at}.knowledgeSources`).values(),
          otherKnowledgeSource: fields.get(`${at}.otherKnowledgeSource`).control.value,
          chosenApproach: chosen ? Number(chosen) : null,
        };
      }),
      remark: remark.control.value,
    };
  }

  /** Shows what depends on other answers, and the counters. */
  function refresh() {
    rest.hidden = !consent.control.checked;
    functionOther.element.hidden = functionField.control.value !== OTHER;
    draft.dilemmas.forEach((_, i) => {
      const at = `dilemmas[${i}]`;
      fields.get(`${at}.otherKnowledgeSource`).element.hidden = !fields.get(`${at}.knowledgeSources`).values().includes(OTHER);
      for (const number of [1, 2]) {
        const label = form.querySelector(`label[for="${CSS.escape(choiceId(`${at}.chosenApproach`, number))}"]`);
        if (label) label.textContent = approachLabel(number, fields.get(`${at}.approach${number}`).control.value);
      }
    });
    for (const [path, limit] of countedFields(draft)) {
      const field = fields.get(path);
      field?.setCounter(counter(field.control.value, limits[limit]));
    }
  }

  let storeFailed = false;
  function store() {
    const now = new Date();
    const ok = saveDraft(storage, owner, draft, now);
    if (!ok) storeFailed = true;
    showDraftStatus(ok ? now : null);
  }

  function showDraftStatus(savedAt) {
    if (storeFailed) {
      draftStatus.textContent = "Je concept kan op dit apparaat niet bewaard worden. Verstuur het voordat je deze pagina sluit.";
    } else if (isEmptyDraft(draft)) {
      draftStatus.textContent = "Wat je invult, bewaren we als concept op dit apparaat tot je het verstuurt of wist.";
    } else {
      const time = savedAt ? savedAt.toLocaleTimeString("nl-NL", { hour: "2-digit", minute: "2-digit" }) : null;
      draftStatus.textContent = `Concept bewaard op dit apparaat${time ? ` om ${time}` : ""}. Het blijft staan tot je het verstuurt of wist.`;
    }
  }

  form.addEventListener("input", () => {
    draft = readDraft();
    refresh();
    store();
  });
  form.addEventListener("change", (event) => {
    draft = readDraft();
    refresh();
    store();
    // Consent given: the form opens below, and the next Tab goes into it.
    if (event.target === consent.control && consent.control.checked) consent.setProblems([]);
  });

  // --- wiping the draft -------------------------------------------------------------------------------------------
  wipeButton.addEventListener("click", () => {
    if (!isEmptyDraft(readDraft()) && !window.confirm("Concept wissen? Alles wat je hebt ingevuld, gaat weg.")) return;
    forgetDraft(storage, owner);
    showForm({
      model,
      owner,
      storage,
      restored: null,
      focus: true,
      signal,
      notice: alertBox("ok", "Je concept is gewist. Je kunt opnieuw beginnen.", [], { "data-testid": "concept-gewist" }),
    });
  });

  // --- sending ----------------------------------------------------------------------------------------------------
  let busy = false;
  async function send() {
    if (busy || sendButton.getAttribute("aria-disabled") === "true") return;
    draft = readDraft();
    store();
    if (!draft.consent) {
      consent.setProblems(["Geef eerst toestemming; zonder toestemming bewaren we niets."]);
      consent.control.focus();
      return;
    }
    busy = true;
    replaceChildren(messages);
    for (const field of fields.values()) field.setProblems?.([]);
    setButtonBusy(sendButton, true, "Bezig met versturen…");
    const body = submissionBody(draft, model);
    let received;
    try {
      received = await api.praktijkdilemmas.submit(body);
    } catch (error) {
      busy = false;
      setButtonBusy(sendButton, false);
      if (signal.aborted) return;
      showFailure(error, body);
      return;
    }
    busy = false;
    forgetDraft(storage, owner);
    if (signal.aborted) return;
    showThanks(received);
  }

  function showFailure(error, body) {
    const failure = sendFailure(error, body);
    for (const [path, field] of fields) field.setProblems?.(failure.byField.get(path) ?? []);
    const alert = alertBox("error", failure.message, [], { "data-testid": "foutmelding" });
    if (failure.summary.length > 0) {
      alert.querySelector(".utrecht-alert__message").append(
        h(
          "ul",
          { class: "utrecht-unordered-list kk-problem-list", "data-testid": "fouten-overzicht" },
          failure.summary.map((entry, index) => {
            const target = focusTarget(entry);
            return h(
              "li",
              { class: "utrecht-unordered-list__item" },
              target
                ? link(`#${target.id}`, entry.message, {
                    "data-testid": `fout-link-${index}`,
                    onclick: (event) => {
                      // An in-page link, not a route: the hash stays "#/praktijkdilemma".
                      event.preventDefault();
                      target.scrollIntoView({ block: "center" });
                      target.focus({ preventScroll: true });
                    },
                  })
                : entry.message,
            );
          }),
        ),
      );
    }
    if (failure.kind === "wait" && failure.waitSeconds) holdSendButton(failure.waitSeconds);
    replaceChildren(messages, alert);
    messages.focus();
  }

  /** The control a summary link moves to: the one the server named, else the first of its field's group. */
  function focusTarget(entry) {
    const named = entry.focus ? document.getElementById(entry.focus) : null;
    if (named) return named;
    const field = fields.get(entry.field ?? "");
    return field?.control ?? field?.controls?.[0] ?? null;
  }

  /** After a 429: the button says how long to wait and comes back by itself; the text stays. */
  function holdSendButton(seconds) {
    const until = Date.now() + seconds * 1000;
    const label = sendButton.querySelector(".nl-button__label");
    setButtonBusy(sendButton, true, `Wacht nog ${waitText(seconds)}`);
    const timer = setInterval(() => {
      const left = Math.ceil((until - Date.now()) / 1000);
      if (left <= 0 || !sendButton.isConnected) {
        clearInterval(timer);
        setButtonBusy(sendButton, false);
      } else {
        label.textContent = `Wacht nog ${waitText(left)}`;
      }
    }, 1000);
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    send();
  });

  // --- thanks -----------------------------------------------------------------------------------------------------
  function showThanks(received) {
    const ids = Array.isArray(received?.dilemmaIds) ? received.dilemmaIds : [];
    renderPage({
      title: "Bedankt voor je dilemma",
      focus: true,
      content: h(
        "div",
        { class: "kk-stack", "data-testid": "dilemma-ontvangen" },
        heading(1, "Bedankt voor je dilemma"),
        alertBox("ok", receivedText(ids), [], { "data-testid": "dilemma-ontvangen-tekst", "data-ids": ids.join(" "), role: null }),
        paragraph(
          "Je antwoorden zijn anoniem bewaard. Ze zijn niet aan jou gekoppeld: niemand kan zien dat dit dilemma van jou komt. Daarom kunnen we het later ook niet voor je terugzoeken, veranderen of verwijderen.",
          { "data-testid": "anoniem-uitleg" },
        ),
        paragraph("De redactie leest elk dilemma. Misschien wordt het een nieuwe Kopkraker."),
        paragraph("Het concept op dit apparaat is gewist."),
        h(
          "div",
          { class: "kk-button-group" },
          button("Nog een dilemma inbrengen", {
            "data-testid": "nog-een-dilemma",
            onclick: () => showForm({ model, owner, storage, restored: null, focus: true, signal }),
          }),
          link("#/", "Naar de Kopkrakers"),
        ),
      ),
    });
  }

  // --- the page ---------------------------------------------------------------------------------------------------
  renderDilemmas();
  showDraftStatus(restored?.savedAt ? new Date(restored.savedAt) : null);
  const restoredNotice =
    restored && !isEmptyDraft(restored.draft)
      ? alertBox(
          "info",
          `We hebben je concept${restored.savedAt ? ` van ${formatDateTime(restored.savedAt)}` : ""} teruggezet. Ga verder waar je was, of kies 'Concept wissen' om opnieuw te beginnen.`,
          [],
          { "data-testid": "concept-hersteld", role: null },
        )
      : null;
  renderPage({
    title: TITLE,
    focus,
    content: [heading(1, TITLE, { id: "dilemma-titel" }), paragraph(LEAD, { class: "nl-paragraph--lead" }), notice, restoredNotice, messages, form],
  });
}

/** The required consent checkbox, with room for the server's problem. */
function consentField() {
  const id = controlId("consent");
  const problem = h("p", { class: "utrecht-form-field-error-message kk-problem", id: "probleem-consent", "data-testid": "probleem-consent", hidden: true });
  const hint = h("p", { class: "utrecht-form-field-description kk-hint", id: "toestemming-uitleg" }, "Na het vinkje verschijnt de rest van het formulier.");
  const control = h("input", {
    type: "checkbox",
    class: "utrecht-checkbox utrecht-checkbox--html-input",
    id,
    name: id,
    "data-testid": id,
    "aria-required": "true",
    "aria-describedby": "toestemming-uitleg",
  });
  const field = h(
    "div",
    { class: "utrecht-form-field utrecht-form-field--checkbox kk-choice kk-consent__choice" },
    h("div", { class: "utrecht-form-field__input" }, control),
    h("div", { class: "utrecht-form-field__label" }, h("label", { class: "utrecht-form-label utrecht-form-label--checkbox", for: id }, "Ik heb dit gelezen en doe mee (verplicht)")),
  );
  const element = h("div", { class: "kk-field" }, problem, field, hint);
  return {
    element,
    control,
    setProblems(messages = []) {
      problem.hidden = messages.length === 0;
      replaceChildren(problem, messages.length > 0 ? [h("span", { class: "kk-visually-hidden" }, "Fout: "), messages.join(" ")] : []);
      if (messages.length > 0) {
        control.setAttribute("aria-invalid", "true");
        control.setAttribute("aria-describedby", "probleem-consent toestemming-uitleg");
      } else {
        control.removeAttribute("aria-invalid");
        control.setAttribute("aria-describedby", "toestemming-uitleg");
      }
    },
  };
}
