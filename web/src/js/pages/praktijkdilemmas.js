// "Praktijkdilemma's" (#/praktijkdilemmas, role redacteur): the inbox of dilemmas professionals handed in, from every
// organisation, newest first. Tabs per status with their counts, filters on theme, organisation and text (all in the
// hash, so a view can be shared), and per dilemma: the respondent's answers, the theme (or a new one), the status
// steps (not used needs a reason) and the history. "Gebruikt" follows from publishing a Kopkraker that names the
// dilemma under "Geïnspireerd door praktijkdilemma's".
import { api } from "../api.js";
import { countedText } from "../components/reacties.js";
import { selectField, textField } from "../components/form.js";
import { button, h, heading, link, paragraph, paragraphs, replaceChildren, setButtonBusy } from "../dom.js";
import { formatDate, formatDateTime } from "../format.js";
import { errorAlert, renderPage } from "../layout.js";
import {
  PAGE_SIZE,
  REASON_MAX,
  STATUS_STEPS,
  THEME_LABEL_MAX,
  countText,
  dilemmaModel,
  hasInboxFilters,
  inboxHref,
  inboxQuery,
  moveCount,
  pageCount,
  statusTabs,
} from "../praktijkdilemmas-model.js";
import { describeError } from "../problems.js";
import { RAPPORTAGE_DILEMMAS_HREF, REDACTIE_HREF, kopkrakerHref } from "../routes.js";

const NEW_THEME = "__nieuw__";

export async function praktijkdilemmasPage({ filters: initial = {}, focus, signal }) {
  const body = h("div", { class: "kk-stack", "aria-busy": "true" }, paragraph("Dilemma's laden…"));
  renderPage({
    title: "Praktijkdilemma's",
    focus,
    content: [
      heading(1, "Praktijkdilemma's"),
      paragraph("Dilemma's die professionals inbrachten, uit alle organisaties. Geef elk dilemma een thema en een status. Wie het instuurde, weten we niet: de antwoorden zijn anoniem.", {
        class: "nl-paragraph--lead",
      }),
      paragraph(link(RAPPORTAGE_DILEMMAS_HREF, "Rapportage: functies, bronnen van kennis en thema's", { "data-testid": "rapportage-link" })),
      body,
    ],
  });

  let themesAnswer;
  let tenants;
  try {
    [themesAnswer, tenants] = await Promise.all([
      api.praktijkdilemmas.themes({ signal }),
      // Without the list of organisations the filter simply has no choices.
      api.tenants().catch(() => null),
    ]);
  } catch (error) {
    if (signal.aborted || error?.name === "AbortError") return;
    body.removeAttribute("aria-busy");
    replaceChildren(body, errorAlert(error), button("Probeer opnieuw", { onclick: () => praktijkdilemmasPage({ filters: initial, focus: true, signal }) }, "secondary"));
    return;
  }
  if (signal.aborted) return;
  body.removeAttribute("aria-busy");
  createInbox({ body, initial, themesAnswer, tenants, signal });
}

function createInbox({ body, initial, themesAnswer, tenants, signal }) {
  let filters = { ...initial };
  let themes = (Array.isArray(themesAnswer?.themes) ? themesAnswer.themes : []).filter((theme) => typeof theme?.code === "string");
  const statuses = Array.isArray(themesAnswer?.statuses) ? themesAnswer.statuses : null;
  const organisations = (Array.isArray(tenants?.tenants) ? tenants.tenants : []).filter((tenant) => typeof tenant?.id === "string");
  let perStatus = {};

  const announcement = h("p", { class: "kk-visually-hidden", "aria-live": "polite", "data-testid": "praktijkdilemmas-melding" });
  const announce = (text) => {
    announcement.textContent = "";
    setTimeout(() => {
      announcement.textContent = text;
    }, 50);
  };

  // --- tabs and filters -------------------------------------------------------------------------------------------
  const tabs = h("ul", { class: "kk-tabs__list" });
  const tabNav = h("nav", { class: "kk-tabs", "aria-label": "Status", "data-testid": "status-tabs" }, tabs);

  const themeFilter = selectField({
    id: "pd-filter-thema",
    label: "Thema",
    emptyLabel: "Alle thema's",
    options: themeChoices(themes, filters.thema),
    value: filters.thema ?? "",
  });
  const organisationFilter = selectField({
    id: "pd-filter-organisatie",
    label: "Organisatie",
    emptyLabel: "Alle organisaties",
    options: organisationChoices(organisations, filters.organisatie),
    value: filters.organisatie ?? "",
  });
  const search = textField({
    id: "pd-zoek",
    label: "Zoeken",
    kind: "search",
    value: filters.zoek ?? "",
    description: "Zoek op nummer (PD-0042) of op een woord uit de vraag of de aanpakken.",
    attributes: { maxlength: "100", autocomplete: "off" },
  });
  const clear = button("Wis filters", { "data-testid": "pd-filters-wissen", hidden: !hasInboxFilters(filters) }, "secondary");
  const filterForm = h(
    "form",
    { class: "kk-filters", role: "search", "aria-label": "Dilemma's zoeken", novalidate: true },
    h("div", { class: "kk-filters__search" }, search.element, button("Zoeken", { type: "submit", "data-testid": "pd-zoeken" })),
    h("div", { class: "kk-filters__selects" }, themeFilter.element, organisationFilter.element),
    clear,
  );
  const fromForm = () => ({
    ...(filters.status ? { status: filters.status } : {}),
    ...(themeFilter.control.value ? { thema: themeFilter.control.value } : {}),
    ...(organisationFilter.control.value ? { organisatie: organisationFilter.control.value } : {}),
    ...(search.control.value.trim() ? { zoek: search.control.value.trim() } : {}),
  });
  filterForm.addEventListener("submit", (event) => {
    event.preventDefault();
    apply(fromForm());
  });
  themeFilter.control.addEventListener("change", () => apply(fromForm()));
  organisationFilter.control.addEventListener("change", () => apply(fromForm()));
  clear.addEventListener("click", () => {
    search.control.value = "";
    themeFilter.control.value = "";
    organisationFilter.control.value = "";
    apply(fromForm());
    search.control.focus();
  });

  // --- the list -------------------------------------------------------------------------------------------------------
  const count = h("p", { class: "nl-paragraph kk-archive__count", role: "status", "data-testid": "praktijkdilemmas-aantal" });
  const results = h("div", { class: "kk-stack" });
  const paging = h("nav", { class: "kk-paging", "aria-label": "Pagina's" });
  let loading = null;

  function apply(next, { focusList = false } = {}) {
    filters = next;
    clear.hidden = !hasInboxFilters(filters);
    window.history.replaceState(null, "", inboxHref(filters));
    return load({ focusList });
  }

  async function load({ focusList = false } = {}) {
    loading?.abort();
    loading = new AbortController();
    const stop = () => loading.abort();
    signal.addEventListener("abort", stop, { once: true });
    results.setAttribute("aria-busy", "true");
    count.textContent = "Dilemma's laden…";
    let answer;
    try {
      answer = await api.praktijkdilemmas.list(inboxQuery(filters), { signal: loading.signal });
    } catch (error) {
      if (error?.name === "AbortError") return;
      count.textContent = "";
      replaceChildren(results, errorAlert(error));
      replaceChildren(paging);
      return;
    } finally {
      results.removeAttribute("aria-busy");
      signal.removeEventListener("abort", stop);
    }
    perStatus = answer?.perStatus ?? {};
    renderTabs();
    const items = Array.isArray(answer?.items) ? answer.items : [];
    const total = Number(answer?.total) || 0;
    count.textContent = countText(total, hasInboxFilters(filters) || Boolean(filters.status));
    replaceChildren(
      results,
      items.length > 0 ? h("ul", { class: "kk-moderation-list", "data-testid": "praktijkdilemmas" }, items.map((item) => h("li", {}, itemElement(item)))) : null,
    );
    renderPaging(total);
    if (focusList) results.querySelector("h2")?.focus();
  }

  function renderTabs() {
    replaceChildren(
      tabs,
      statusTabs(perStatus, statuses).map((tab) => {
        const active = (filters.status ?? null) === tab.code;
        const next = { ...filters, status: tab.code ?? undefined, pagina: undefined };
        return h(
          "li",
          { class: "kk-tabs__item" },
          h(
            "a",
            {
              class: "kk-tabs__link",
              href: inboxHref(next),
              "aria-current": active ? "page" : null,
              "data-testid": `status-tab-${tab.code ?? "alle"}`,
              "data-value": String(tab.count),
              onclick: (event) => {
                event.preventDefault();
                apply(Object.fromEntries(Object.entries(next).filter(([, value]) => value !== undefined)));
              },
            },
            `${tab.label} `,
            h("span", { class: "kk-tabs__count" }, `(${tab.count})`),
          ),
        );
      }),
    );
  }

  function renderPaging(total) {
    const pages = pageCount(total, PAGE_SIZE);
    const page = Math.min(Number(filters.pagina) || 1, pages);
    if (pages <= 1) {
      replaceChildren(paging);
      return;
    }
    const to = (number) => ({ ...filters, pagina: number > 1 ? number : undefined });
    const pageLink = (number, text, testId) =>
      link(inboxHref(to(number)), text, {
        "data-testid": testId,
        onclick: (event) => {
          event.preventDefault();
          apply(Object.fromEntries(Object.entries(to(number)).filter(([, value]) => value !== undefined)), { focusList: true });
        },
      });
    replaceChildren(
      paging,
      page > 1 ? pageLink(page - 1, "← Vorige", "pagina-vorige") : null,
      h("span", { "data-testid": "pagina" }, `Pagina ${page} van ${pages}`),
      page < pages ? pageLink(page + 1, "Volgende →", "pagina-volgende") : null,
    );
  }

  // --- one dilemma ------------------------------------------------------------------------------------------------------
  function itemElement(item) {
    const model = dilemmaModel(item);
    const id = model.id;
    const titleId = `pd-titel-${id}`;
    const messages = h("div", { class: "kk-messages", tabindex: "-1" });

    const replace = (updated, { focusKey, said }) => {
      const next = itemElement(updated);
      article.replaceWith(next);
      next.querySelector(`[data-focus="${focusKey}"]`)?.focus();
      announce(said);
    };
    const fail = (error) => {
      replaceChildren(messages, errorAlert(error));
      messages.focus();
    };

    // Theme.
    const themeSelect = selectField({
      id: `pd-thema-${id}`,
      label: "Thema",
      emptyLabel: "Nog geen thema",
      options: [...themeChoices(themes, model.theme, model.themeLabel), [NEW_THEME, "Nieuw thema…"]],
      value: model.theme,
    });
    themeSelect.control.dataset.focus = "thema";
    const newTheme = textField({
      id: `pd-nieuw-thema-${id}`,
      label: "Naam van het nieuwe thema",
      attributes: { maxlength: String(THEME_LABEL_MAX), autocomplete: "off" },
    });
    newTheme.element.hidden = true;
    themeSelect.control.addEventListener("change", () => {
      newTheme.element.hidden = themeSelect.control.value !== NEW_THEME;
      if (!newTheme.element.hidden) newTheme.control.focus();
    });
    const saveTheme = button("Thema opslaan", { "data-testid": `pd-thema-opslaan-${id}` }, "secondary");
    saveTheme.addEventListener("click", async () => {
      if (saveTheme.getAttribute("aria-disabled") === "true") return;
      replaceChildren(messages);
      newTheme.setProblems([]);
      let code = themeSelect.control.value;
      setButtonBusy(saveTheme, true, "Bezig…");
      try {
        if (code === NEW_THEME) {
          const label = newTheme.control.value.trim();
          if (!label) {
            newTheme.setProblems(["Geef het nieuwe thema een naam."]);
            newTheme.control.focus();
            return;
          }
          let added;
          try {
            added = await api.praktijkdilemmas.addTheme(label);
          } catch (error) {
            if (error?.status === 409 || error?.status === 422) {
              const { message, fieldMessages } = describeError(error);
              newTheme.setProblems(fieldMessages.length > 0 ? fieldMessages : [message]);
              newTheme.control.focus();
              return;
            }
            throw error;
          }
          themes = [...themes, added];
          addThemeEverywhere(added);
          code = added.code;
        }
        const updated = await api.praktijkdilemmas.setTheme(id, code || null);
        replace(updated, { focusKey: "thema", said: code ? `Thema van ${id} opgeslagen: ${updated?.theme?.label ?? code}.` : `${id} heeft geen thema meer.` });
      } catch (error) {
        if (!signal.aborted) fail(error);
      } finally {
        setButtonBusy(saveTheme, false);
      }
    });

    // Status.
    const statusLine = h(
      "p",
      { class: "nl-paragraph kk-pd-status", tabindex: "-1", "data-focus": "status", id: `pd-statusregel-${id}` },
      "Status: ",
      h("span", { class: `nl-data-badge kk-status-badge kk-pd-badge--${model.status.toLowerCase()}`, "data-testid": `pd-status-${id}`, "data-value": model.status }, model.statusLabel),
      model.reason ? h("span", { "data-testid": `pd-reden-tekst-${id}` }, ` Reden: ${model.reason}`) : null,
    );
    const reasonPanel = h("div", { class: "kk-reaction__panel" });
    const stepButtons = model.steps.map((to) => {
      const step = STATUS_STEPS[to];
      const element = button(step.label, { "data-testid": `pd-stap-${to}-${id}`, "aria-expanded": to === "NIET_GEBRUIKT" ? "false" : null }, to === "IN_BEHANDELING" ? "primary" : "secondary");
      element.addEventListener("click", () => (to === "NIET_GEBRUIKT" ? askReason(element) : setStatus(to, null, element)));
      return element;
    });

    async function setStatus(to, reason, trigger, reasonField = null) {
      if (trigger.getAttribute("aria-disabled") === "true") return;
      replaceChildren(messages);
      setButtonBusy(trigger, true, "Bezig…");
      let updated;
      try {
        updated = await api.praktijkdilemmas.setStatus(id, to, reason);
      } catch (error) {
        setButtonBusy(trigger, false);
        if (signal.aborted) return;
        const problems = Array.isArray(error?.problem?.errors) ? error.problem.errors.filter((entry) => entry?.field === "reason").map((entry) => entry.message) : [];
        if (reasonField && problems.length > 0) {
          reasonField.setProblems(problems);
          reasonField.control.focus();
        } else {
          fail(error);
        }
        return;
      }
      perStatus = moveCount(perStatus, model.status, updated?.status?.code ?? to);
      renderTabs();
      replace(updated, { focusKey: "status", said: `${id} ${STATUS_STEPS[to]?.done ?? "is bijgewerkt"}.` });
    }

    function askReason(trigger) {
      if (trigger.getAttribute("aria-expanded") === "true") {
        replaceChildren(reasonPanel);
        trigger.setAttribute("aria-expanded", "false");
        return;
      }
      trigger.setAttribute("aria-expanded", "true");
      const reason = countedText({
        id: `pd-reden-${id}`,
        label: "Waarom gebruik je dit dilemma niet?",
        max: REASON_MAX,
        rows: 2,
        description: "Andere redacteuren lezen dit later terug.",
      });
      const confirm = button("Niet gebruiken", { type: "submit", "data-testid": `pd-reden-bevestigen-${id}` });
      const cancel = button("Annuleren", {}, "secondary");
      const panel = h("form", { class: "kk-inline-form", novalidate: true, "aria-label": `${id} niet gebruiken` }, reason.element, h("div", { class: "kk-button-group" }, confirm, cancel));
      panel.addEventListener("submit", (event) => {
        event.preventDefault();
        reason.setProblems([]);
        if (reason.value() === "") {
          reason.setProblems(["Schrijf kort op waarom. Dat is verplicht."]);
          reason.control.focus();
          return;
        }
        setStatus("NIET_GEBRUIKT", reason.value(), confirm, reason);
      });
      cancel.addEventListener("click", () => {
        replaceChildren(reasonPanel);
        trigger.setAttribute("aria-expanded", "false");
        trigger.focus();
      });
      replaceChildren(reasonPanel, panel);
      reason.control.focus();
    }

    const article = h(
      "article",
      { class: "kk-moderation-item kk-pd", "data-testid": `praktijkdilemma-${id}`, "aria-labelledby": titleId },
      heading(2, id, { id: titleId, tabindex: "-1", class: "kk-pd__title" }),
      h(
        "p",
        { class: "nl-paragraph kk-reaction__meta" },
        h("span", { class: "kk-reaction__author", "data-testid": `pd-organisatie-${id}` }, model.organisation),
        model.receivedOn ? h("span", {}, `ingestuurd op ${formatDate(model.receivedOn)}`) : null,
      ),
      model.sameSubmission.length > 0
        ? paragraph(
            [
              "In hetzelfde formulier: ",
              model.sameSubmission.flatMap((other, index) => [
                index > 0 ? ", " : null,
                link(inboxHref({ zoek: other }), other, {
                  "data-testid": `pd-samen-${id}-${other}`,
                  onclick: (event) => {
                    event.preventDefault();
                    search.control.value = other;
                    themeFilter.control.value = "";
                    organisationFilter.control.value = "";
                    apply({ zoek: other }, { focusList: true });
                  },
                }),
              ]),
            ],
            { class: "kk-hint" },
          )
        : null,
      h(
        "dl",
        { class: "utrecht-data-list kk-profile kk-pd__background", "aria-label": "Achtergrond", "data-testid": `pd-achtergrond-${id}` },
        model.background.map(([key, value]) =>
          h("div", { class: "utrecht-data-list__item" }, h("dt", { class: "utrecht-data-list__item-key" }, key), h("dd", { class: "utrecht-data-list__item-value" }, value)),
        ),
      ),
      heading(3, "Wat moest worden opgelost?"),
      h("div", { class: "kk-reaction__text", "data-testid": `pd-vraag-${id}` }, paragraphs(model.problem)),
      heading(3, "De twee aanpakken"),
      h(
        "div",
        { class: "kk-pd__approaches" },
        model.approaches.map((approach) =>
          h(
            "div",
            { class: `kk-pd__approach${approach.chosen ? " kk-pd__approach--chosen" : ""}`, "data-testid": `pd-aanpak-${approach.number}-${id}` },
            h(
              "p",
              { class: "nl-paragraph kk-pd__approach-title" },
              h("strong", {}, `Aanpak ${approach.number}`),
              approach.chosen ? h("span", { class: "nl-data-badge kk-choice-badge--chosen", "data-testid": `pd-gekozen-${id}` }, "Gekozen") : null,
            ),
            h("div", { class: "kk-reaction__text" }, paragraphs(approach.text)),
          ),
        ),
      ),
      heading(3, "Bronnen van kennis"),
      h("ul", { class: "utrecht-unordered-list", "data-testid": `pd-bronnen-${id}` }, model.sources.map((source) => h("li", { class: "utrecht-unordered-list__item" }, source))),
      model.remark ? [heading(3, "Opmerking"), h("div", { class: "kk-reaction__text", "data-testid": `pd-opmerking-${id}` }, paragraphs(model.remark))] : null,
      h(
        "div",
        { class: "kk-inline-form kk-pd__triage", role: "group", "aria-labelledby": `pd-triage-${id}` },
        heading(3, `Thema en status van ${id}`, { id: `pd-triage-${id}` }),
        model.used.map((used) =>
          paragraph([used.caseId ? link(kopkrakerHref(used.caseId), used.text) : used.text], { class: "kk-pd__used", "data-testid": `pd-gebruikt-${id}` }),
        ),
        h("div", { class: "kk-workflow" }, themeSelect.element, saveTheme),
        newTheme.element,
        statusLine,
        stepButtons.length > 0 ? h("div", { class: "kk-button-group" }, stepButtons) : null,
        reasonPanel,
        model.status === "GEBRUIKT"
          ? null
          : paragraph(
              [
                "'Gebruikt' zet je niet hier: noem ",
                h("strong", {}, id),
                " bij 'Geïnspireerd door praktijkdilemma's' in de ",
                link(REDACTIE_HREF, "Kopkraker-editor"),
                ". Verschijnt die Kopkraker, dan staat dit dilemma vanzelf op gebruikt.",
              ],
              { class: "kk-hint", "data-testid": `pd-gebruikt-uitleg-${id}` },
            ),
        messages,
      ),
      h(
        "details",
        { class: "kk-audit" },
        h("summary", {}, `Geschiedenis (${model.history.length})`),
        model.history.length === 0
          ? paragraph("Nog niets veranderd sinds het binnenkwam.")
          : h(
              "ol",
              { class: "utrecht-unordered-list", "data-testid": `pd-geschiedenis-${id}` },
              model.history.map((entry) =>
                h("li", { class: "utrecht-unordered-list__item" }, entry.at ? `${formatDateTime(entry.at)}, ` : "", entry.by ? `${entry.by}: ` : "", entry.change),
              ),
            ),
      ),
    );
    return article;
  }

  /** A theme someone just added becomes a choice in every theme select on the page and in the filter. */
  function addThemeEverywhere(theme) {
    for (const select of body.querySelectorAll("select[id^='pd-thema-'], #pd-filter-thema")) {
      if ([...select.options].some((option) => option.value === theme.code)) continue;
      const option = h("option", { value: theme.code }, theme.label);
      const before = [...select.options].find((entry) => entry.value === NEW_THEME);
      select.insertBefore(option, before ?? null);
    }
  }

  replaceChildren(body, tabNav, filterForm, count, announcement, results, paging);
  renderTabs();
  load();
}

/** [code, label] pairs for the theme selects; a theme from a shared link or the item that the list lacks stays choosable. */
function themeChoices(themes, current = "", currentLabel = "") {
  const pairs = themes.map((theme) => [theme.code, theme.label || theme.code]);
  if (current && !pairs.some(([code]) => code === current)) pairs.push([current, currentLabel || current]);
  return pairs;
}

function organisationChoices(organisations, current = "") {
  const pairs = organisations.map((tenant) => [tenant.id, tenant.name || tenant.id]);
  if (current && !pairs.some(([id]) => id === current)) pairs.push([current, current]);
  return pairs;
}

