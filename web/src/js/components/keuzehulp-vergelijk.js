// The "Vergelijk" selection of the Keuzehulp: at most three instruments, kept in sessionStorage so it survives going
// from the search to an instrument and back (and a reload), gone with the tab or at sign-out. A checkbox per instrument
// and a sticky bar with "Vergelijk (2)".
import { h, linkButton, replaceChildren } from "../dom.js";
import { COMPARE_MAX, compareHref, compareLinkText, parseCompareSelection, toggleCompare } from "../keuzehulp-search.js";

const KEY = "kk-keuzehulp-vergelijk";
const EVENT = "kk-vergelijk-gewijzigd";

function storage() {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export function compareSelection() {
  return parseCompareSelection(storage()?.getItem(KEY) ?? "[]");
}

export function setCompareSelection(ids) {
  try {
    storage()?.setItem(KEY, JSON.stringify(ids));
  } catch {
    // Without storage the selection lives as long as the page.
  }
  window.dispatchEvent(new CustomEvent(EVENT, { detail: { ids } }));
}

export function forgetCompareSelection() {
  try {
    storage()?.removeItem(KEY);
  } catch {
    // Nothing stored.
  }
}

/**
 * A "Vergelijk" checkbox for one instrument. A fourth is refused: the box unticks and `onRefused` says why (the bar's
 * live region).
 */
export function compareCheckbox({ id, name, onRefused = () => {} }) {
  const controlId = `vergelijk-${id}`;
  const control = h("input", {
    type: "checkbox",
    class: "utrecht-checkbox utrecht-checkbox--html-input",
    id: controlId,
    "data-testid": controlId,
  });
  control.checked = compareSelection().includes(id);
  control.addEventListener("change", () => {
    const result = toggleCompare(compareSelection(), id, control.checked);
    if (result.refused) {
      control.checked = false;
      onRefused(result.refused);
      return;
    }
    setCompareSelection(result.ids);
  });
  const sync = () => {
    if (!control.isConnected) {
      window.removeEventListener(EVENT, sync);
      return;
    }
    control.checked = compareSelection().includes(id);
  };
  window.addEventListener(EVENT, sync);
  return h(
    "div",
    { class: "utrecht-form-field utrecht-form-field--checkbox kk-choice kk-compare-choice" },
    h("div", { class: "utrecht-form-field__input" }, control),
    h(
      "div",
      { class: "utrecht-form-field__label" },
      h("label", { class: "utrecht-form-label utrecht-form-label--checkbox", for: controlId }, "Vergelijk", h("span", { class: "kk-visually-hidden" }, ` ${name}`)),
    ),
  );
}

/**
 * The sticky bar under the page: "Vergelijk (2)" once something is chosen (a link from two on), a way to empty the
 * selection, and the live region for "at most three".
 */
export function compareBar() {
  const message = h("p", { class: "kk-visually-hidden", "aria-live": "polite", "data-testid": "vergelijk-melding" });
  const body = h("div", { class: "kk-compare-bar__content" });
  const bar = h("div", { class: "kk-compare-bar", "data-testid": "vergelijk-balk" }, body, message);

  function render() {
    const ids = compareSelection();
    bar.hidden = ids.length === 0;
    const clear = h(
      "button",
      {
        type: "button",
        class: "nl-button nl-button--secondary kk-compare-bar__clear",
        "data-testid": "vergelijk-wissen",
        onclick: () => {
          setCompareSelection([]);
          say("De selectie om te vergelijken is leeg.");
        },
      },
      h("span", { class: "nl-button__label" }, "Wis selectie"),
    );
    replaceChildren(
      body,
      ids.length >= 2
        ? linkButton(compareHref(ids), compareLinkText(ids), { "data-testid": "vergelijk-link" })
        : h("p", { class: "nl-paragraph", "data-testid": "vergelijk-link-uit" }, `${compareLinkText(ids)}: kies er nog een om te vergelijken.`),
      h("p", { class: "nl-paragraph kk-hint" }, `Je kunt ${COMPARE_MAX} instrumenten naast elkaar zetten.`),
      clear,
    );
  }

  function say(text) {
    message.textContent = "";
    setTimeout(() => {
      message.textContent = text;
    }, 50);
  }

  const onChange = () => {
    if (!bar.isConnected) {
      window.removeEventListener(EVENT, onChange);
      return;
    }
    render();
  };
  window.addEventListener(EVENT, onChange);
  render();
  return { element: bar, say, refresh: render };
}
