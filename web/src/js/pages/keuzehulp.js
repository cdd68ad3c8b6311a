// The Keuzehulp (#/keuzehulp, professionals and instrumentbeheerders): the organisation's instruments, searched like a
// webshop. Facets from the API's answer, grouped (the route phase, about the client, what it works on, a Kopkraker's way
// of working, evidence/duration/costs, form and location), each value with the number it would give; a value that gives
// nothing is shown but disabled. Search by name, sort, pages, "Wis alle filters", the count in a live region. Every
// choice lives in the hash, so a search can be shared or bookmarked and the back button goes back a filter; main.js
// hands a changed hash to this page (`follow`) instead of drawing it again, so focus stays on the box just ticked.
import { api } from "../api.js";
import { textField, selectField } from "../components/form.js";
import { compareBar, compareCheckbox } from "../components/keuzehulp-vergelijk.js";
import { button, h, heading, link, paragraph, replaceChildren } from "../dom.js";
import { evidenceBadge, ratingLine } from "../keuzehulp-instrument.js";
import {
  MAX_SEARCH_LENGTH,
  PAGE_SIZE,
  SORTINGS,
  chosenChips,
  clearedFilters,
  facetGroups,
  filterCount,
  hasFilters,
  instrumentHref,
  keuzehulpHref,
  pageCount,
  resultCountText,
  searchQuery,
  toggleValue,
  withPage,
  withSearch,
  withSorting,
  withoutParameters,
} from "../keuzehulp-search.js";
import { alertBox, errorAlert, renderPage } from "../layout.js";
import { describeError } from "../problems.js";

/** Where "← Terug naar de zoekresultaten" on an instrument leads: the last search, in this tab. */
const LAST_SEARCH_KEY = "kk-keuzehulp-laatste-zoekopdracht";

export function lastSearchHref() {
  try {
    const href = window.sessionStorage.getItem(LAST_SEARCH_KEY);
    return href && href.startsWith("#/keuzehulp") ? href : "#/keuzehulp";
  } catch {
    return "#/keuzehulp";
  }
}

function rememberSearch(href) {
  try {
    window.sessionStorage.setItem(LAST_SEARCH_KEY, href);
  } catch {
    // Then the back link goes to the plain search.
  }
}

const WIDE = "(min-width: 64em)";

const safeId = (value) => String(value).replace(/[^A-Za-z0-9_-]+/g, "-");

export async function keuzehulpPage({ state: initial, focus, signal, follow }) {
  let state = initial ?? { filters: {} };
  let facets = [];
  let order = [];
  /** Facets whose list the user opened or closed; one with a choice opens by itself unless closed. */
  const open = new Set(["categorie"]);
  const closed = new Set();

  // --- the search box and the sort ----------------------------------------------------------------------------
  const search = textField({
    id: "kh-zoek",
    label: "Zoek op naam",
    kind: "search",
    value: state.zoek ?? "",
    description: "Ook andere namen die een instrument hier heeft, vind je zo.",
    attributes: { maxlength: String(MAX_SEARCH_LENGTH), autocomplete: "off" },
  });
  const searchForm = h(
    "form",
    { class: "kk-filters__search kk-kh__search", role: "search", "aria-label": "Instrumenten zoeken", novalidate: true },
    search.element,
    button("Zoeken", { type: "submit", "data-testid": "kh-zoeken" }),
  );
  searchForm.addEventListener("submit", (event) => {
    event.preventDefault();
    apply(withSearch(state, search.control.value));
  });

  const sort = selectField({
    id: "kh-sortering",
    label: "Sorteren",
    options: SORTINGS.filter(([code]) => code !== "naam"),
    emptyLabel: SORTINGS[0][1],
    value: state.sortering ?? "",
  });
  sort.control.addEventListener("change", () => apply(withSorting(state, sort.control.value)));

  // --- filters ------------------------------------------------------------------------------------------------
  const clearAll = button("Wis alle filters", { "data-testid": "kh-filters-wissen" }, "secondary");
  clearAll.addEventListener("click", () => {
    search.control.value = "";
    apply(clearedFilters(state));
    search.control.focus();
  });
  const facetArea = h("div", { class: "kk-kh__facets", "data-testid": "kh-filters" });
  const panelSummary = h("summary", { class: "kk-kh__panel-summary" }, "Filters");
  // On a phone the results are under the filters: a button closes the panel and goes to them.
  const showResults = button("Toon de resultaten", { class: "kk-kh__to-results", "data-testid": "kh-naar-resultaten" }, "secondary");
  const panel = h(
    "details",
    { class: "kk-kh__panel", open: window.matchMedia?.(WIDE).matches ? true : null, "data-testid": "kh-filterpaneel" },
    panelSummary,
    h("div", { class: "kk-kh__panel-body" }, paragraph("Het getal achter een filter is het aantal instrumenten dat je vindt als je het aanzet.", { class: "kk-hint" }), clearAll, facetArea, showResults),
  );
  showResults.addEventListener("click", () => {
    panel.open = false;
    const target = resultArea.querySelector("h2");
    target.setAttribute("tabindex", "-1");
    target.scrollIntoView({ block: "start" });
    target.focus({ preventScroll: true });
  });
  const aside = h("section", { class: "kk-kh__filters", "aria-labelledby": "kh-filters-titel" }, heading(2, "Filters", { id: "kh-filters-titel", class: "kk-visually-hidden" }), panel);

  // --- results ------------------------------------------------------------------------------------------------
  const count = h("p", { class: "nl-paragraph kk-kh__count", role: "status", "aria-live": "polite", "data-testid": "kh-aantal" });
  const chips = h("div", { class: "kk-kh__chips" });
  const problem = h("div", { class: "kk-messages", tabindex: "-1" });
  const results = h("div", { class: "kk-kh__list-slot" });
  const paging = h("nav", { class: "kk-paging", "aria-label": "Pagina's" });
  const bar = compareBar();
  const resultArea = h(
    "section",
    { class: "kk-kh__results", "aria-labelledby": "kh-resultaten-titel" },
    heading(2, "Instrumenten", { id: "kh-resultaten-titel", class: "kk-visually-hidden" }),
    h("div", { class: "kk-kh__toolbar" }, count, sort.element),
    chips,
    problem,
    results,
    paging,
  );

  renderPage({
    title: "Keuzehulp",
    focus,
    wide: true,
    content: [
      heading(1, "Keuzehulp"),
      paragraph("Zoek een instrument dat past bij je klant. Kies filters over de klant en over waar de route aan moet werken.", { class: "nl-paragraph--lead" }),
      searchForm,
      h("div", { class: "kk-kh" }, aside, resultArea),
      bar.element,
    ],
  });

  // --- changing the search: through the hash, so back and forward work ------------------------------------------
  function apply(next) {
    const href = keuzehulpHref(next, order);
    if (window.location.hash === href) {
      state = next;
      load();
    } else {
      // main.js hands the new hash back through `update`.
      window.location.hash = href;
    }
  }

  function update(route) {
    state = route.state ?? { filters: {} };
    search.control.value = state.zoek ?? "";
    sort.control.value = state.sortering ?? "";
    load();
  }
  follow?.(update);

  let loading = null;
  async function load() {
    loading?.abort();
    const current = new AbortController();
    loading = current;
    const stop = () => current.abort();
    signal.addEventListener("abort", stop, { once: true });
    results.setAttribute("aria-busy", "true");
    let answer;
    try {
      answer = await api.keuzehulp.search(searchQuery(state, PAGE_SIZE), { signal: current.signal });
    } catch (error) {
      if (error?.name === "AbortError" || current.signal.aborted) return;
      showFailure(error);
      return;
    } finally {
      results.removeAttribute("aria-busy");
      signal.removeEventListener("abort", stop);
    }
    if (current.signal.aborted) return;
    replaceChildren(problem);
    facets = Array.isArray(answer?.facets) ? answer.facets : [];
    order = facets.map((facet) => facet?.name).filter(Boolean);
    rememberSearch(keuzehulpHref(state, order));
    renderFacets();
    renderChips();
    const total = Number(answer?.total) || 0;
    announce(resultCountText(total, hasFilters(state)));
    count.dataset.value = String(total);
    showResults.querySelector(".nl-button__label").textContent = total === 1 ? "Toon het resultaat" : `Toon de ${total} resultaten`;
    const items = Array.isArray(answer?.items) ? answer.items : [];
    replaceChildren(results, items.length > 0 ? h("ul", { class: "kk-kh__list", "data-testid": "kh-resultaten" }, items.map((item) => h("li", {}, card(item)))) : null);
    renderPaging(total);
  }

  function announce(text) {
    // The same text again (another page of as many results) is still read out.
    if (count.textContent === text) count.textContent = "";
    setTimeout(() => {
      count.textContent = text;
    }, 30);
  }

  /** A bookmarked link with a value the Keuzehulp does not know: the API's message and two ways on. */
  function showFailure(error) {
    const { message, fieldMessages } = describeError(error);
    const named = Array.isArray(error?.problem?.errors) ? error.problem.errors.map((entry) => entry?.field).filter(Boolean) : [];
    count.textContent = "";
    delete count.dataset.value;
    replaceChildren(results);
    replaceChildren(paging);
    if (error?.status !== 422) {
      replaceChildren(problem, errorAlert(error), button("Probeer opnieuw", { onclick: () => load() }, "secondary"));
      return;
    }
    const alert = alertBox(
      "error",
      fieldMessages.length > 0 ? "Deze zoekopdracht heeft een filter dat deze Keuzehulp niet kent:" : `Deze zoekopdracht kan niet: ${message}`,
      fieldMessages,
      { "data-testid": "foutmelding" },
    );
    const actions = h(
      "div",
      { class: "kk-button-group" },
      named.length > 0
        ? button("Verder zonder deze filters", { "data-testid": "kh-zonder-onbekend", onclick: () => apply(withoutParameters(state, named)) })
        : null,
      button("Wis alle filters", {
        "data-testid": "kh-fout-wissen",
        onclick: () => {
          search.control.value = "";
          apply(clearedFilters({}));
        },
      }, "secondary"),
    );
    replaceChildren(problem, alert, actions);
    problem.focus();
  }

  function renderFacets() {
    const active = document.activeElement;
    const focusedId = active && facetArea.contains(active) ? active.id : null;
    const groups = facetGroups(facets, state);
    const chosen = filterCount(state);
    panelSummary.textContent = chosen > 0 ? `Filters (${chosen} gekozen)` : "Filters";
    clearAll.hidden = !hasFilters(state);
    replaceChildren(
      facetArea,
      groups.map((group) =>
        h(
          "div",
          { class: "kk-kh__group", "data-testid": `kh-groep-${group.key}` },
          // A group of one facet with the same name ("Werkt aan") needs no title of its own.
          group.facets.length === 1 && group.facets[0].label === group.title ? null : heading(3, group.title, { class: "kk-kh__group-title" }),
          group.facets.map((facet) => facetElement(facet)),
        ),
      ),
    );
    if (focusedId) document.getElementById(focusedId)?.focus();
  }

  function facetElement(facet) {
    const openNow = open.has(facet.name) || (facet.chosen > 0 && !closed.has(facet.name));
    const legendId = `kh-facet-${safeId(facet.name)}`;
    const details = h(
      "details",
      { class: "kk-kh__facet", open: openNow ? true : null, "data-testid": `kh-facet-${facet.name}` },
      h(
        "summary",
        { class: "kk-kh__facet-summary" },
        facet.label,
        facet.chosen > 0 ? h("span", { class: "kk-kh__facet-chosen" }, ` (${facet.chosen} gekozen)`) : null,
      ),
      h(
        "fieldset",
        { class: "kk-fieldset kk-kh__values" },
        h("legend", { class: "kk-visually-hidden", id: legendId }, facet.label),
        facet.values.map((value) => valueElement(facet, value)),
      ),
    );
    details.addEventListener("toggle", () => {
      if (details.open) {
        open.add(facet.name);
        closed.delete(facet.name);
      } else {
        open.delete(facet.name);
        closed.add(facet.name);
      }
    });
    return details;
  }

  function valueElement(facet, value) {
    const id = `kh-${safeId(facet.name)}-${safeId(value.code)}`;
    const control = h("input", {
      type: "checkbox",
      class: "utrecht-checkbox utrecht-checkbox--html-input",
      id,
      name: facet.name,
      value: value.code,
      "data-testid": `filter-${facet.name}-${value.code}`,
      "data-count": String(value.count),
      disabled: value.disabled ? true : null,
    });
    control.checked = value.checked;
    control.addEventListener("change", () => apply(toggleValue(state, facet.name, value.code, control.checked)));
    return h(
      "div",
      { class: `utrecht-form-field utrecht-form-field--checkbox kk-choice kk-kh__value${value.disabled ? " kk-kh__value--empty" : ""}` },
      h("div", { class: "utrecht-form-field__input" }, control),
      h(
        "div",
        { class: "utrecht-form-field__label" },
        h(
          "label",
          { class: `utrecht-form-label utrecht-form-label--checkbox${value.disabled ? " utrecht-form-label--disabled" : ""}`, for: id },
          value.label,
          " ",
          h("span", { class: "kk-kh__count-badge" }, `(${value.count})`),
        ),
      ),
    );
  }

  function renderChips() {
    const list = chosenChips(facets, state);
    const text = state.zoek ? [{ label: `"${state.zoek}"`, facetLabel: "Zoekwoord", next: withSearch(state, ""), facet: "zoek", code: "" }] : [];
    const all = [...text, ...list];
    replaceChildren(
      chips,
      all.length === 0
        ? null
        : h(
            "div",
            { class: "kk-kh__chip-row" },
            h("p", { class: "nl-paragraph kk-kh__chip-title", id: "kh-gekozen" }, "Gekozen:"),
            h(
              "ul",
              { class: "kk-kh__chip-list", "aria-labelledby": "kh-gekozen" },
              all.map((chip) =>
                h(
                  "li",
                  {},
                  h(
                    "button",
                    {
                      type: "button",
                      class: "kk-chip",
                      "data-testid": `kh-gekozen-${chip.facet}${chip.code ? `-${chip.code}` : ""}`,
                      onclick: () => {
                        if (chip.facet === "zoek") search.control.value = "";
                        apply(chip.next);
                      },
                    },
                    h("span", { class: "kk-visually-hidden" }, "Filter weghalen: "),
                    `${chip.facetLabel}: ${chip.label}`,
                    h("span", { "aria-hidden": "true", class: "kk-chip__x" }, " ×"),
                  ),
                ),
              ),
            ),
          ),
    );
  }

  function card(item) {
    const id = String(item?.id ?? "");
    const name = String(item?.name ?? "");
    const titleId = `kh-titel-${safeId(id)}`;
    const aliases = Array.isArray(item?.aliases) ? item.aliases.filter((alias) => typeof alias === "string" && alias) : [];
    const rating = ratingLine(item?.professionalReviews);
    const evidence = evidenceBadge(item?.evidence);
    const facts = [
      ["Aanbieder", item?.provider],
      ["Duur", item?.duration],
      ["Kosten", item?.costs],
    ].filter(([, value]) => typeof value === "string" && value.trim() !== "");
    return h(
      "article",
      { class: "kk-kh-card", "aria-labelledby": titleId, "data-testid": `instrument-${id}` },
      h(
        "p",
        { class: "nl-paragraph kk-kh-card__meta" },
        item?.category?.label ? h("span", { class: "nl-data-badge kk-kh-card__category" }, item.category.label) : null,
        h("span", { class: `nl-data-badge kk-evidence-badge kk-evidence-badge--${item?.evidence?.statutory ? "wettelijk" : safeId(item?.evidence?.level ?? "niet-beoordeeld")}`, "data-testid": `erkenning-${id}` }, evidence),
      ),
      heading(3, link(instrumentHref(id), name, { "data-testid": `instrument-link-${id}` }), { id: titleId, class: "kk-kh-card__title" }),
      aliases.length > 0 ? paragraph(`Ook bekend als: ${aliases.join(", ")}`, { class: "kk-hint kk-kh-card__aliases" }) : null,
      item?.goal ? paragraph(item.goal, { class: "kk-kh-card__goal" }) : null,
      facts.length > 0
        ? h(
            "dl",
            { class: "kk-kh-card__facts" },
            facts.map(([key, value]) => h("div", {}, h("dt", {}, key), h("dd", {}, value))),
          )
        : null,
      rating ? paragraph(rating, { class: "kk-kh-card__rating", "data-testid": `beoordeling-${id}` }) : null,
      h("div", { class: "kk-kh-card__footer" }, compareCheckbox({ id, name, onRefused: (text) => bar.say(text) })),
    );
  }

  function renderPaging(total) {
    const pages = pageCount(total, PAGE_SIZE);
    const page = Math.min(Number(state.pagina) || 1, pages);
    if (pages <= 1) {
      replaceChildren(paging);
      return;
    }
    const pageLink = (number, text, testId) =>
      link(keuzehulpHref(withPage(state, number), order), text, {
        "data-testid": testId,
        onclick: (event) => {
          event.preventDefault();
          apply(withPage(state, number));
          resultArea.querySelector("h2")?.setAttribute("tabindex", "-1");
          resultArea.querySelector("h2")?.focus();
        },
      });
    replaceChildren(
      paging,
      page > 1 ? pageLink(page - 1, "← Vorige", "kh-pagina-vorige") : null,
      h("span", { "data-testid": "kh-pagina" }, `Pagina ${page} van ${pages}`),
      page < pages ? pageLink(page + 1, "Volgende →", "kh-pagina-volgende") : null,
    );
  }

  await load();
}
