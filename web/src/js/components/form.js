// Form fields with the Utrecht form CSS (form-field, label, textbox, textarea, select, checkbox, radio,
// fieldset). Every control has a visible label; descriptions, counters and problems are tied to it with
// aria-describedby, in the order they are read.
import { h, replaceChildren } from "../dom.js";

/** Sets aria-describedby from the ids of the described-by elements that are there and not empty. */
function describe(control, elements) {
  const ids = elements.filter((element) => element && !element.hidden && element.textContent.trim() !== "").map((element) => element.id);
  if (ids.length > 0) control.setAttribute("aria-describedby", ids.join(" "));
  else control.removeAttribute("aria-describedby");
}

/**
 * A labelled text control: `kind` is "text", "url", "search" (an input) or "textarea". `id` is also its test id.
 * Returns the field element and hooks to show a counter and problems.
 */
export function textField({ id, label, kind = "text", value = "", description = null, rows = 4, testId = id, attributes = {} }) {
  const descriptionElement = description
    ? h("div", { class: "utrecht-form-field-description", id: `${id}-uitleg` }, description)
    : null;
  const path = id.replace(/^veld-/, "");
  const problem = h("p", { class: "utrecht-form-field-error-message kk-problem", id: `probleem-${path}`, "data-testid": `probleem-${path}`, hidden: true });
  const counter = h("p", { class: "utrecht-form-field-description kk-counter", id: `telling-${path}`, "data-testid": `telling-${path}`, hidden: true });
  const { class: extraClass = "", ...rest } = attributes;
  const control =
    kind === "textarea"
      ? h("textarea", { ...rest, class: `utrecht-textarea utrecht-textarea--html-textarea ${extraClass}`.trim(), id, name: id, rows, "data-testid": testId })
      : h("input", {
          ...rest,
          class: `utrecht-textbox utrecht-textbox--html-input${kind === "url" ? " utrecht-textbox--url" : ""} ${extraClass}`.trim(),
          type: kind,
          id,
          name: id,
          "data-testid": testId,
        });
  control.value = value ?? "";
  const element = h(
    "div",
    { class: "utrecht-form-field utrecht-form-field--text kk-field" },
    h("div", { class: "utrecht-form-field__label" }, h("label", { class: "utrecht-form-label", for: id }, label)),
    descriptionElement,
    problem,
    h("div", { class: "utrecht-form-field__input" }, control),
    counter,
  );
  const refresh = () => describe(control, [descriptionElement, problem, counter]);
  refresh();
  return {
    element,
    control,
    /** Shows the live counter ({text, over, under}) or hides it (null). */
    setCounter(count) {
      counter.hidden = !count;
      counter.textContent = count?.text ?? "";
      counter.classList.toggle("kk-counter--over", Boolean(count?.over));
      counter.dataset.over = count?.over ? "true" : "false";
      refresh();
    },
    counter,
    setProblems(messages = []) {
      setProblemText(problem, messages);
      element.classList.toggle("utrecht-form-field--invalid", messages.length > 0);
      control.classList.toggle(kind === "textarea" ? "utrecht-textarea--invalid" : "utrecht-textbox--invalid", messages.length > 0);
      if (messages.length > 0) control.setAttribute("aria-invalid", "true");
      else control.removeAttribute("aria-invalid");
      refresh();
    },
    setReadOnly(readOnly) {
      control.readOnly = readOnly;
      control.classList.toggle(kind === "textarea" ? "utrecht-textarea--read-only" : "utrecht-textbox--read-only", readOnly);
    },
  };
}

function setProblemText(problem, messages) {
  problem.hidden = messages.length === 0;
  replaceChildren(problem, messages.length > 0 ? [h("span", { class: "kk-visually-hidden" }, "Fout: "), messages.join(" ")] : []);
}

/**
 * A select with a first empty option (`emptyLabel`, e.g. "all" or "zeg ik liever niet"); `options` are [value, label]
 * pairs. With `problemPath` it can show the server's problem for that field as `probleem-<problemPath>`.
 */
export function selectField({ id, label, options, value = "", emptyLabel, testId = id, description = null, problemPath = null }) {
  const control = h(
    "select",
    { class: "utrecht-select utrecht-select--html-select", id, name: id, "data-testid": testId },
    h("option", { value: "" }, emptyLabel),
    options.map(([optionValue, optionLabel]) => h("option", { value: optionValue }, optionLabel)),
  );
  control.value = value ?? "";
  const descriptionElement = description
    ? h("div", { class: "utrecht-form-field-description", id: `${id}-uitleg` }, description)
    : null;
  const problem = problemPath
    ? h("p", { class: "utrecht-form-field-error-message kk-problem", id: `probleem-${problemPath}`, "data-testid": `probleem-${problemPath}`, hidden: true })
    : null;
  const element = h(
    "div",
    { class: "utrecht-form-field utrecht-form-field--text kk-field" },
    h("div", { class: "utrecht-form-field__label" }, h("label", { class: "utrecht-form-label", for: id }, label)),
    descriptionElement,
    problem,
    h("div", { class: "utrecht-form-field__input" }, control),
  );
  const refresh = () => describe(control, [descriptionElement, problem]);
  refresh();
  return {
    element,
    control,
    setProblems(messages = []) {
      if (!problem) return;
      setProblemText(problem, messages);
      element.classList.toggle("utrecht-form-field--invalid", messages.length > 0);
      control.classList.toggle("utrecht-select--invalid", messages.length > 0);
      if (messages.length > 0) control.setAttribute("aria-invalid", "true");
      else control.removeAttribute("aria-invalid");
      refresh();
    },
  };
}

/** A group of checkboxes or radio buttons ("checkbox" / "radio") under a legend. */
export function choiceGroup({ id, legend, type = "checkbox", name = id, choices, checked = [], description = null, testId = id, groups = null }) {
  const descriptionElement = description
    ? h("div", { class: "utrecht-form-field-description", id: `${id}-uitleg` }, description)
    : null;
  const path = id.replace(/^veld-/, "");
  const problem = h("p", { class: "utrecht-form-field-error-message kk-problem", id: `probleem-${path}`, "data-testid": `probleem-${path}`, hidden: true });
  const controls = [];
  const choiceElement = ([value, label]) => {
    const controlId = `${id}-${value.replace(/[^A-Za-z0-9]+/g, "-")}`;
    const control = h("input", {
      type,
      class: type === "radio" ? "utrecht-radio-button utrecht-radio-button--html-input" : "utrecht-checkbox utrecht-checkbox--html-input",
      id: controlId,
      name,
      value,
      "data-testid": controlId,
    });
    control.checked = checked.includes(value);
    controls.push(control);
    return h(
      "div",
      { class: `utrecht-form-field utrecht-form-field--${type === "radio" ? "radio" : "checkbox"} kk-choice` },
      h("div", { class: "utrecht-form-field__input" }, control),
      h(
        "div",
        { class: "utrecht-form-field__label" },
        h("label", { class: `utrecht-form-label utrecht-form-label--${type === "radio" ? "radio" : "checkbox"}`, for: controlId }, label),
      ),
    );
  };
  const body = groups
    ? groups.map(([title, entries], index) =>
        h(
          "div",
          { class: "kk-choice-group", role: "group", "aria-labelledby": `${id}-groep-${index}` },
          h("p", { class: "kk-choice-group__title", id: `${id}-groep-${index}` }, title),
          entries.map(choiceElement),
        ),
      )
    : choices.map(choiceElement);
  const fieldset = h(
    "fieldset",
    { class: "utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset kk-fieldset", id, "data-testid": testId },
    h("legend", { class: "utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend" }, legend),
    descriptionElement,
    problem,
    body,
  );
  const element = h("div", { class: "utrecht-form-fieldset kk-field" }, fieldset);
  const refresh = () => describe(fieldset, [descriptionElement, problem]);
  refresh();
  return {
    element,
    controls,
    values: () => controls.filter((control) => control.checked).map((control) => control.value),
    setProblems(messages = []) {
      setProblemText(problem, messages);
      element.classList.toggle("utrecht-form-fieldset--invalid", messages.length > 0);
      refresh();
    },
    setReadOnly(readOnly) {
      for (const control of controls) control.disabled = readOnly;
    },
  };
}
