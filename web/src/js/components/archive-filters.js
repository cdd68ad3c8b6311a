// The archive's search form: a free-text search and four filters whose options come from the API's `filters`.
// A filter applies as soon as it is chosen (only the list below changes, focus stays); the text search applies
// on "Zoeken". The page writes the values into the hash so a search can be shared.
import { audienceName } from "../case-format.js";
import { button, h } from "../dom.js";
import { ARCHIVE_FILTERS, hasFilters } from "../routes.js";
import { selectField, textField } from "./form.js";

const asList = (value) => (Array.isArray(value) ? value.filter((entry) => typeof entry === "string" && entry) : []);

/** [value, label] pairs; a value from a shared link that is no longer offered stays choosable. */
function choices(values, current, label = (value) => value) {
  const list = asList(values);
  if (current && !list.includes(current)) list.push(current);
  return list.map((value) => [value, label(value)]);
}

export function createArchiveFilters({ options, values, onChange }) {
  const search = textField({
    id: "zoek",
    label: "Zoeken",
    kind: "search",
    value: values.zoek ?? "",
    description: "Zoek in titel, dilemma, naam van de klant, thema en aanpakken.",
    attributes: { maxlength: "100", autocomplete: "off" },
  });
  const selects = {
    thema: selectField({ id: "filter-thema", label: "Thema", emptyLabel: "Alle thema's", options: choices(options.themes, values.thema), value: values.thema }),
    begrip: selectField({ id: "filter-begrip", label: "Begrip", emptyLabel: "Alle begrippen", options: choices(options.concepts, values.begrip), value: values.begrip }),
    doelgroep: selectField({
      id: "filter-doelgroep",
      label: "Doelgroep",
      emptyLabel: "Alle doelgroepen",
      options: choices(options.audiences, values.doelgroep, audienceName),
      value: values.doelgroep,
    }),
    uitkering: selectField({
      id: "filter-uitkering",
      label: "Uitkering",
      emptyLabel: "Alle uitkeringen",
      options: choices(options.benefitTypes, values.uitkering),
      value: values.uitkering,
    }),
  };

  const current = () => {
    const next = { zoek: search.control.value.trim() };
    for (const [name, field] of Object.entries(selects)) next[name] = field.control.value;
    return Object.fromEntries(ARCHIVE_FILTERS.filter((name) => next[name]).map((name) => [name, next[name]]));
  };

  const clear = button("Wis zoeken en filters", { "data-testid": "filters-wissen", hidden: !hasFilters(values) }, "secondary");
  const apply = () => {
    const next = current();
    clear.hidden = !hasFilters(next);
    onChange(next);
  };
  clear.addEventListener("click", () => {
    search.control.value = "";
    for (const field of Object.values(selects)) field.control.value = "";
    apply();
    search.control.focus();
  });
  for (const field of Object.values(selects)) field.control.addEventListener("change", apply);

  return h(
    "form",
    {
      class: "kk-filters",
      role: "search",
      "aria-label": "Kopkrakers zoeken",
      novalidate: true,
      onsubmit: (event) => {
        event.preventDefault();
        apply();
      },
    },
    h("div", { class: "kk-filters__search" }, search.element, button("Zoeken", { type: "submit", "data-testid": "zoeken" })),
    h("div", { class: "kk-filters__selects" }, Object.values(selects).map((field) => field.element)),
    clear,
  );
}
