// "Mijn profiel" (#/profiel): a professional's function and years in the field, both optional. They only feed the
// stemoverzicht's percentages per group; the API never shows a small group.
import { api } from "../api.js";
import { selectField } from "../components/form.js";
import { button, h, heading, paragraph, replaceChildren, setButtonBusy } from "../dom.js";
import { alertBox, errorAlert, renderPage } from "../layout.js";
import { describeError } from "../problems.js";
import { NOT_SAYING, PROFILE_FIELDS, formValues, problemsPerField, profileBody } from "../profile-form.js";

const intro = () => [
  heading(1, "Mijn profiel"),
  paragraph("Vul in wat je functie is en hoe lang je al in het vak werkt. Je mag allebei leeg laten.", { class: "nl-paragraph--lead" }),
  paragraph("We gebruiken dit alleen voor percentages per groep, en kleine groepen laten we nooit zien.", { "data-testid": "profiel-uitleg" }),
];

export async function profielPage({ focus, signal }) {
  const body = h("div", { class: "kk-stack", "aria-busy": "true" }, paragraph("Je profiel wordt geladen…"));
  renderPage({ title: "Mijn profiel", focus, content: [intro(), body] });

  let profile;
  let vocabularies;
  try {
    [profile, vocabularies] = await Promise.all([api.profiel({ signal }), api.profielWaarden({ signal })]);
  } catch (error) {
    if (signal.aborted || error?.name === "AbortError") return;
    body.removeAttribute("aria-busy");
    replaceChildren(body, errorAlert(error), button("Probeer opnieuw", { onclick: () => profielPage({ focus: true, signal }) }, "secondary"));
    return;
  }
  if (signal.aborted) return;
  body.removeAttribute("aria-busy");
  replaceChildren(body, profileForm({ profile, vocabularies, signal }));
}

function profileForm({ profile, vocabularies, signal }) {
  const { values, choices } = formValues(profile, vocabularies);
  const fields = new Map(
    PROFILE_FIELDS.map(({ field, id, label }) => [
      field,
      selectField({ id, label, options: choices[field], value: values[field], emptyLabel: NOT_SAYING, problemPath: field }),
    ]),
  );
  const messages = h("div", { class: "kk-messages", tabindex: "-1" });
  const saveButton = button("Opslaan", { type: "submit", "data-testid": "profiel-opslaan" });
  let busy = false;

  async function save() {
    if (busy) return;
    busy = true;
    replaceChildren(messages);
    for (const field of fields.values()) field.setProblems([]);
    setButtonBusy(saveButton, true, "Bezig met opslaan…");
    const current = Object.fromEntries([...fields].map(([name, field]) => [name, field.control.value]));
    try {
      await api.saveProfiel(profileBody(current));
    } catch (error) {
      if (signal.aborted) return;
      showFailure(error);
      return;
    } finally {
      busy = false;
      setButtonBusy(saveButton, false);
    }
    if (signal.aborted) return;
    replaceChildren(
      messages,
      alertBox("ok", "Je profiel is opgeslagen. Het telt voor de keuzes die je vanaf nu maakt.", [], { "data-testid": "profiel-opgeslagen" }),
    );
    messages.focus();
  }

  function showFailure(error) {
    const perField = problemsPerField(error?.problem);
    let first = null;
    for (const [name, field] of fields) {
      field.setProblems(perField[name]);
      if (perField[name].length > 0) first ??= field.control;
    }
    const { message } = describeError(error);
    replaceChildren(messages, alertBox("error", message, perField[""], { "data-testid": "foutmelding" }));
    (first ?? messages).focus();
  }

  const form = h(
    "form",
    { class: "kk-profile-form", novalidate: true, "aria-label": "Mijn profiel" },
    [...fields.values()].map((field) => field.element),
    messages,
    saveButton,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    save();
  });
  return form;
}
