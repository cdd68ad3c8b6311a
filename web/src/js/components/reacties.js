// "Waarom koos je dit?": the write box and the colleagues' reactions under the stemoverzicht (only after voting).
// One reaction is redrawn in place after an action, and focus goes back to the same control in it, so keyboard and
// screen reader users do not lose their place; results of actions are spoken through one polite live region.
import { api } from "../api.js";
import { button, h, heading, paragraph, replaceChildren, setButtonBusy } from "../dom.js";
import { alertBox, errorAlert } from "../layout.js";
import {
  LIMITS,
  PAGE_SIZE,
  PRIVACY_HINT,
  SORTS,
  addPage,
  characterCount,
  countText,
  hasMore,
  initialList,
  isSendable,
  nextQuery,
  postFailure,
  prependItem,
  reactionModel,
  recognitionLabel,
  replaceItem,
  retryWhileNotVoted,
} from "../reacties-model.js";
import { textField } from "./form.js";

/** A text box with its live counter; `onInput` also clears old problems once the author changes the text. */
export function countedText({ id, label, max, description = null, rows = 5, testId = id, kind = "textarea" }) {
  const field = textField({ id, label, kind, rows, description, testId });
  const update = () => field.setCounter(characterCount(field.control.value, max));
  field.control.addEventListener("input", update);
  update();
  return { ...field, update, value: () => field.control.value.trim(), reset: () => { field.control.value = ""; update(); } };
}

/**
 * The failure of a post: the server's findings next to the box, the rest in `messages`. With a wait time (429) the
 * button says so and comes back by itself.
 */
export function showPostFailure(error, { field, messages, submit, fieldName = "text" }) {
  const failure = postFailure(error, fieldName);
  field.setProblems(failure.field);
  replaceChildren(messages, alertBox("error", failure.message, [], { "data-testid": "reactie-fout" }));
  if (failure.waitSeconds) holdButton(submit, failure.waitSeconds);
  (failure.field.length > 0 ? field.control : messages).focus();
  return failure;
}

/** Keeps a button unusable for `seconds`, counting down on its label. */
function holdButton(element, seconds) {
  let left = seconds;
  setButtonBusy(element, true, `Wacht ${left} s`);
  const timer = setInterval(() => {
    left -= 1;
    if (left <= 0 || !element.isConnected) {
      clearInterval(timer);
      setButtonBusy(element, false);
    } else {
      element.querySelector(".nl-button__label").textContent = `Wacht ${left} s`;
    }
  }, 1000);
}

const isBusy = (element) => element.getAttribute("aria-disabled") === "true";

export function createReacties({ caseId, options }) {
  let state = initialList("nieuw");
  let started = false;
  let loading = false;

  const announcement = h("p", { class: "kk-visually-hidden", "aria-live": "polite", "data-testid": "reacties-melding" });
  const announce = (text) => {
    // Emptied first, so the same text twice is still read out.
    announcement.textContent = "";
    setTimeout(() => {
      announcement.textContent = text;
    }, 50);
  };

  // The write box.
  const writeField = countedText({ id: "reactie-tekst", label: "Jouw reactie", max: LIMITS.reaction, description: PRIVACY_HINT, rows: 6 });
  const nationwide = h("input", {
    type: "checkbox",
    id: "reactie-landelijk",
    "data-testid": "reactie-landelijk",
    class: "utrecht-checkbox utrecht-checkbox--html-input",
    "aria-describedby": "reactie-landelijk-uitleg",
  });
  const writeMessages = h("div", { class: "kk-messages", tabindex: "-1" });
  const submit = button("Reactie plaatsen", { type: "submit", "data-testid": "reactie-plaatsen" });
  const form = h(
    "form",
    { class: "kk-reaction-form", novalidate: true, "aria-labelledby": "waarom-titel" },
    writeField.element,
    h(
      "div",
      { class: "utrecht-form-field utrecht-form-field--checkbox kk-choice" },
      h("div", { class: "utrecht-form-field__input" }, nationwide),
      h("div", { class: "utrecht-form-field__label" }, h("label", { class: "utrecht-form-label utrecht-form-label--checkbox", for: "reactie-landelijk" }, "Deel met alle organisaties")),
    ),
    paragraph("Zonder vinkje zien alleen collega's van je eigen organisatie je reactie.", { id: "reactie-landelijk-uitleg", class: "kk-hint" }),
    writeMessages,
    submit,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    post();
  });

  // The list.
  const sortSelect = h(
    "select",
    { class: "utrecht-select utrecht-select--html-select", id: "reacties-sortering", "data-testid": "reacties-sortering" },
    SORTS.map(([value, label]) => h("option", { value }, label)),
  );
  sortSelect.addEventListener("change", () => reload(sortSelect.value));
  const count = paragraph("", { "data-testid": "reacties-aantal", class: "kk-hint" });
  const listMessages = h("div", { class: "kk-messages", tabindex: "-1" });
  const list = h("ul", { class: "kk-reactions", "data-testid": "reacties", "aria-labelledby": "reacties-titel" });
  const more = button("Meer reacties", { "data-testid": "meer-reacties", hidden: true }, "secondary");
  more.addEventListener("click", () => loadMore());

  const listPart = h(
    "div",
    { class: "kk-reactions-part" },
    heading(3, "Reacties van collega's", { id: "reacties-titel", tabindex: "-1" }),
    h(
      "div",
      { class: "utrecht-form-field utrecht-form-field--text kk-field kk-sort" },
      h("div", { class: "utrecht-form-field__label" }, h("label", { class: "utrecht-form-label", for: "reacties-sortering" }, "Sorteer op")),
      h("div", { class: "utrecht-form-field__input" }, sortSelect),
    ),
    count,
    listMessages,
    list,
    more,
  );

  const element = h(
    "section",
    { class: "kk-discussion", id: "waarom", "data-testid": "waarom", "aria-labelledby": "waarom-titel" },
    heading(2, "Waarom koos je dit?", { id: "waarom-titel" }),
    paragraph("Vertel collega's waarom je deze aanpak koos. Zo leren we van elkaars afwegingen."),
    form,
    listPart,
    announcement,
  );

  async function post() {
    if (isBusy(submit)) return;
    replaceChildren(writeMessages);
    writeField.setProblems([]);
    if (!isSendable(writeField.control.value, LIMITS.reaction)) {
      writeField.setProblems([writeField.value() === "" ? "Schrijf eerst je reactie." : `Maak je reactie korter: hoogstens ${LIMITS.reaction} tekens.`]);
      writeField.control.focus();
      return;
    }
    setButtonBusy(submit, true, "Bezig met plaatsen…");
    let posted;
    try {
      posted = await retryWhileNotVoted(() => api.reacties.post(caseId, writeField.value(), nationwide.checked));
    } catch (error) {
      setButtonBusy(submit, false);
      showPostFailure(error, { field: writeField, messages: writeMessages, submit });
      return;
    }
    setButtonBusy(submit, false);
    writeField.reset();
    nationwide.checked = false;
    state = prependItem(state, posted);
    render();
    announce(posted.visibility === "LANDELIJK" ? "Je reactie is geplaatst. Alle organisaties zien hem." : "Je reactie is geplaatst.");
    list.querySelector(`[data-testid="reactie-${CSS.escape(posted.id)}"]`)?.focus();
  }

  async function load() {
    if (loading) return;
    loading = true;
    list.setAttribute("aria-busy", "true");
    replaceChildren(listMessages);
    const before = state.items.length;
    try {
      const answer = await retryWhileNotVoted(() => api.reacties.list(caseId, nextQuery(state, PAGE_SIZE)));
      state = addPage(state, answer);
    } catch (error) {
      const failure = postFailure(error);
      replaceChildren(listMessages, failure.notVoted
        ? alertBox("info", failure.message, [], { "data-testid": "kies-eerst", role: "status" })
        : [errorAlert(error, { role: "status" }), button("Probeer opnieuw", { onclick: () => load() }, "secondary")]);
      return before;
    } finally {
      loading = false;
      list.removeAttribute("aria-busy");
    }
    render();
    return before;
  }

  async function loadMore() {
    if (loading) return;
    const before = await load();
    // Focus the first reaction that came in, so "Meer reacties" leads on to what is new.
    const first = state.items[before];
    if (first) list.querySelector(`[data-testid="reactie-${CSS.escape(first.id)}"]`)?.focus();
  }

  function reload(sort) {
    state = initialList(sort);
    replaceChildren(list);
    return load();
  }

  function render() {
    count.textContent = countText(state);
    more.hidden = !hasMore(state);
    replaceChildren(list, state.items.map((item) => h("li", { class: "kk-reactions__item" }, reactionElement(item))));
  }

  /** Redraws one reaction (or the reaction a reply belongs to) and puts focus on `focusTestId` in it. */
  function update(updated, focusTestId = null) {
    state = replaceItem(state, updated);
    const top = updated.parentId ? state.items.find((item) => item.id === updated.parentId) : state.items.find((item) => item.id === updated.id);
    if (!top) return;
    const old = list.querySelector(`[data-testid="reactie-${CSS.escape(top.id)}"]`);
    const fresh = reactionElement(top);
    old?.replaceWith(fresh);
    if (focusTestId) fresh.querySelector(`[data-testid="${CSS.escape(focusTestId)}"]`)?.focus();
  }

  async function refetch(id) {
    return api.reacties.one(id);
  }

  function reactionElement(item) {
    return renderReaction(item, { options, handlersFor });
  }

  /** What the buttons of one reaction or reply do. */
  function handlersFor(item) {
    const model = reactionModel(item, options);
    return {
      onRecognise: async (control) => {
        if (isBusy(control)) return;
        control.setAttribute("aria-disabled", "true");
        try {
          const updated = await api.reacties.recognise(model.id, !model.recognisedByMe);
          update(updated, `herkenbaar-${model.id}`);
          announce(updated.recognisedByMe ? "Je vindt deze reactie herkenbaar." : "Je vindt deze reactie niet meer herkenbaar.");
        } catch (error) {
          control.removeAttribute("aria-disabled");
          announce(postFailure(error).message);
        }
      },
      onReply: async (text) => {
        const reply = await api.reacties.reply(model.id, text);
        update(await refetch(model.id), null);
        announce("Je antwoord is geplaatst.");
        list.querySelector(`[data-testid="reactie-${CSS.escape(reply.id)}"]`)?.focus();
      },
      onReport: async (reason) => {
        await api.reacties.report(model.id, reason);
        update({ ...item, reportedByMe: true }, `gemeld-${model.id}`);
        announce("Bedankt. Een moderator kijkt naar je melding.");
      },
      onEdit: async (text) => {
        const updated = await api.reacties.edit(model.id, text);
        update(updated.parentId ? await refetch(updated.parentId) : updated, null);
        list.querySelector(`[data-testid="reactie-${CSS.escape(model.id)}"]`)?.focus();
        announce("Je reactie is aangepast.");
      },
      onDelete: async () => {
        await api.reacties.remove(model.id);
        // Without replies it is gone; with replies the API keeps it as "verwijderd".
        const topId = item.parentId ?? model.id;
        let fresh = null;
        try {
          fresh = await refetch(topId);
        } catch {
          fresh = null;
        }
        if (fresh) update(fresh, null);
        else {
          state = { ...state, total: Math.max(0, state.total - 1), items: state.items.filter((entry) => entry.id !== topId) };
          render();
        }
        announce("Je reactie is verwijderd.");
        (list.querySelector(`[data-testid="reactie-${CSS.escape(topId)}"]`) ?? listPart.querySelector("#reacties-titel"))?.focus();
      },
    };
  }

  return {
    element,
    /** Loads the list once (the first time the section shows after voting). */
    start() {
      if (started) return;
      started = true;
      load();
    },
    /** After a change of vote: "koos A/B" follows the author's vote, so read the list again. */
    refresh() {
      if (started) reload(state.sort);
    },
  };
}

/** One reaction with its actions and (for a top-level reaction) its replies. */
function renderReaction(item, { options, handlersFor }) {
  const model = reactionModel(item, options);
  const handlers = handlersFor(item);
  const id = model.id;
  const testId = `reactie-${id}`;
  const actions = h("div", { class: "kk-reaction__actions" });
  const panel = h("div", { class: "kk-reaction__panel", id: `paneel-${model.id}` });

  const body = model.text !== null
    ? h("div", { class: "kk-reaction__text", "data-testid": `${testId}-tekst` }, model.text.split(/\n+/).map((line) => paragraph(line)))
    : paragraph(model.placeholder, { class: "kk-reaction__placeholder", "data-testid": `${testId}-status` });

  if (model.mayRecognise) {
    const toggle = button(recognitionLabel(model.recognitions), {
      "data-testid": `herkenbaar-${id}`,
      "aria-pressed": model.recognisedByMe ? "true" : "false",
      "data-value": String(model.recognitions),
    }, "secondary");
    toggle.classList.add("kk-toggle");
    toggle.classList.toggle("nl-button--pressed", model.recognisedByMe);
    toggle.addEventListener("click", () => handlers.onRecognise(toggle));
    actions.append(toggle);
  } else if (model.state === "visible" && model.recognitions > 0) {
    actions.append(h("span", { class: "kk-hint", "data-testid": `herkenbaar-${id}`, "data-value": String(model.recognitions) },
      model.recognitions === 1 ? "1 collega vindt dit herkenbaar" : `${model.recognitions} collega's vinden dit herkenbaar`));
  }

  const opener = (label, key, render) => {
    const control = button(label, { "data-testid": `${key}-${id}`, "aria-expanded": "false", "aria-controls": `paneel-${id}` }, "secondary");
    control.addEventListener("click", () => {
      const open = control.getAttribute("aria-expanded") === "true";
      for (const other of actions.querySelectorAll("[aria-expanded]")) other.setAttribute("aria-expanded", "false");
      replaceChildren(panel);
      if (open) return;
      control.setAttribute("aria-expanded", "true");
      const close = () => {
        control.setAttribute("aria-expanded", "false");
        replaceChildren(panel);
        control.focus();
      };
      panel.append(render(close));
      panel.querySelector("textarea, input, button")?.focus();
    });
    actions.append(control);
  };

  if (model.mayReply) opener("Reageer", "antwoord", (close) => textForm({
    id: `antwoord-tekst-${id}`, label: "Jouw antwoord", max: LIMITS.reply, description: PRIVACY_HINT,
    submitLabel: "Antwoord plaatsen", submitTestId: `antwoord-plaatsen-${id}`, onCancel: close,
    onSubmit: (text) => handlers.onReply(text),
  }));
  if (model.mayReport) {
    if (model.reportedByMe) actions.append(h("span", { class: "kk-hint", "data-testid": `gemeld-${id}`, tabindex: "-1" }, "Je hebt dit gemeld."));
    else opener("Melden", "melden", (close) => textForm({
      id: `melden-reden-${id}`, label: "Waarom meld je deze reactie?", max: LIMITS.reason, rows: 3,
      description: "Bijvoorbeeld: er staat een naam in, of de toon is niet oké. Een moderator van de organisatie van de schrijver kijkt ernaar.",
      submitLabel: "Melding versturen", submitTestId: `melden-versturen-${id}`, onCancel: close, fieldName: "reason",
      onSubmit: (text) => handlers.onReport(text),
    }));
  }
  if (model.mayEdit) opener("Aanpassen", "bewerken", (close) => textForm({
    id: `bewerken-tekst-${id}`, label: "Pas je reactie aan", max: model.isReply ? LIMITS.reply : LIMITS.reaction, value: model.text,
    description: PRIVACY_HINT, submitLabel: "Opslaan", submitTestId: `bewerken-opslaan-${id}`, onCancel: close,
    onSubmit: (text) => handlers.onEdit(text),
  }));
  if (model.mayDelete) opener("Verwijderen", "verwijderen", (close) => confirmDelete(id, close, handlers.onDelete));

  const meta = h(
    "p",
    { class: "nl-paragraph kk-reaction__meta" },
    model.option ? h("span", { class: `nl-data-badge kk-option-badge kk-option-badge--${String(model.optionId).toLowerCase()}`, "data-testid": `${testId}-keuze` }, model.option) : null,
    h("span", { class: "kk-reaction__author", "data-testid": `${testId}-auteur` }, model.mine ? `${model.author} (jij)` : model.author),
    model.time ? h("time", { datetime: model.postedAt }, model.time) : null,
    model.edited ? h("span", {}, "aangepast") : null,
    model.nationwide ? h("span", { "data-testid": `${testId}-landelijk` }, "gedeeld met alle organisaties") : null,
  );

  return h(
    "article",
    { class: `kk-reaction${model.isReply ? " kk-reaction--reply" : ""}${model.state !== "visible" ? " kk-reaction--muted" : ""}`,
      "data-testid": testId, "data-state": model.state, tabindex: "-1", "aria-label": `${model.isReply ? "Antwoord" : "Reactie"} van ${model.author}` },
    meta,
    body,
    model.note ? paragraph(model.note, { class: "kk-hint kk-reaction__note", "data-testid": `${testId}-status` }) : null,
    actions.childElementCount > 0 ? actions : null,
    panel,
    Array.isArray(item.replies) && item.replies.length > 0
      ? h("ul", { class: "kk-replies", "aria-label": "Antwoorden" }, item.replies.map((reply) => h("li", {}, renderReaction(reply, { options, handlersFor }))))
      : null,
  );
}

/** An inline form with one counted text box; the server's problems show next to the box. */
function textForm({ id, label, max, value = "", description = null, rows = 4, submitLabel, submitTestId, onSubmit, onCancel, fieldName = "text" }) {
  const field = countedText({ id, label, max, description, rows });
  field.control.value = value ?? "";
  field.update();
  const messages = h("div", { class: "kk-messages", tabindex: "-1" });
  const submit = button(submitLabel, { type: "submit", "data-testid": submitTestId });
  const cancel = button("Annuleren", { onclick: onCancel }, "secondary");
  const form = h("form", { class: "kk-inline-form", novalidate: true }, field.element, messages, h("div", { class: "kk-button-group" }, submit, cancel));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (isBusy(submit)) return;
    replaceChildren(messages);
    field.setProblems([]);
    if (!isSendable(field.control.value, max)) {
      field.setProblems([field.value() === "" ? "Schrijf eerst iets." : `Hoogstens ${max} tekens.`]);
      field.control.focus();
      return;
    }
    setButtonBusy(submit, true, "Bezig…");
    try {
      await onSubmit(field.value());
    } catch (error) {
      setButtonBusy(submit, false);
      showPostFailure(error, { field, messages, submit, fieldName });
    }
  });
  return form;
}

function confirmDelete(id, close, onDelete) {
  const messages = h("div", { class: "kk-messages", tabindex: "-1" });
  const yes = button("Ja, verwijderen", { "data-testid": `verwijderen-bevestigen-${id}` });
  yes.addEventListener("click", async () => {
    if (isBusy(yes)) return;
    setButtonBusy(yes, true, "Bezig…");
    try {
      await onDelete();
    } catch (error) {
      setButtonBusy(yes, false);
      replaceChildren(messages, errorAlert(error));
      messages.focus();
    }
  });
  return h(
    "div",
    { class: "kk-inline-form", role: "group", "aria-label": "Reactie verwijderen" },
    paragraph("Weet je zeker dat je deze reactie wilt verwijderen? Dit kan niet ongedaan worden."),
    messages,
    h("div", { class: "kk-button-group" }, yes, button("Nee, bewaren", { onclick: close }, "secondary")),
  );
}
