// One Kopkraker: the case, the dilemma, the two options, my choice and (after voting) the stemoverzicht.
import { api } from "../api.js";
import { createDerdeOpties } from "../components/derde-opties.js";
import { createReacties } from "../components/reacties.js";
import { createStemoverzicht } from "../components/stemoverzicht.js";
import { createExportControl } from "../components/stemoverzicht-export.js";
import { button, h, heading, link, paragraph, paragraphs, replaceChildren, setButtonBusy } from "../dom.js";
import { formatDate } from "../format.js";
import { alertBox, errorAlert, renderPage } from "../layout.js";
import { hasProfile } from "../profile-form.js";
import { keuzehulpHref } from "../keuzehulp-search.js";
import { hasRole, mayVote } from "../roles.js";

/** The nine profile fields of the case format, in their fixed order. */
export const PROFILE_ORDER = [
  "naam",
  "leeftijd",
  "thuissituatie",
  "opleiding",
  "werkloosheidsduur",
  "werkervaring",
  "wensVanDeKlant",
  "belemmeringen",
  "sociaalNetwerk",
];

/** The fixed sections of an option, with their headings. */
export const OPTION_SECTIONS = [
  ["goodIdea", "Goed idee!"],
  ["howItWorks", "Hoe werkt het?"],
  ["evidence", "Waaruit blijkt dat het werkt?"],
  ["caution", "Let op"],
];

export function sortedProfile(profile) {
  const rank = (field) => {
    const index = PROFILE_ORDER.indexOf(field);
    return index === -1 ? PROFILE_ORDER.length : index;
  };
  return [...(profile ?? [])].sort((a, b) => rank(a.field) - rank(b.field));
}

/** Only web links (or links within our own site) may become an href. */
export function safeHref(url) {
  if (typeof url !== "string" || url.trim() === "") return null;
  if (url.startsWith("/") && !url.startsWith("//")) return url;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * Where "Deze werkwijze toepassen?" leads: the professional's own Keuzehulp filtered on the option's ways of working
 * when it names them, else the option's link (or nowhere).
 */
export function applyHref(option) {
  const codes = (Array.isArray(option?.werkwijzen) ? option.werkwijzen : []).filter((code) => typeof code === "string" && code.trim() !== "");
  if (codes.length > 0) return keuzehulpHref({ filters: { werkwijze: codes } });
  return safeHref(option?.applyUrl);
}

const backLink = () => h("p", { class: "nl-paragraph kk-back" }, link("#/", "← Alle Kopkrakers", { "data-testid": "terug" }));

export async function kopkrakerPage({ id, focus, session, signal }) {
  renderPage({ title: "Kopkraker", focus: false, content: [backLink(), h("div", { "aria-busy": "true" }, paragraph("De Kopkraker wordt geladen…"))] });

  const professional = mayVote(session.user);
  let kopkraker;
  let vote = null;
  let voteError = null;
  let profile = null;
  try {
    [kopkraker, vote, profile] = await Promise.all([
      api.kopkraker(id),
      professional
        ? api.myVote(id).catch((error) => {
            voteError = error;
            return null;
          })
        : null,
      // Only to suggest filling in the profile; without it the page simply gives no such hint.
      professional ? api.profiel().catch(() => null) : null,
    ]);
  } catch (error) {
    if (signal.aborted) return;
    const retry = button("Probeer opnieuw", { onclick: () => kopkrakerPage({ id, focus: true, session, signal }) }, "secondary");
    renderPage({
      title: "Kopkraker niet beschikbaar",
      focus,
      content: [backLink(), heading(1, "Kopkraker niet beschikbaar"), errorAlert(error), error?.status === 404 ? null : retry],
    });
    return;
  }
  if (signal.aborted) return;

  const options = Array.isArray(kopkraker.options) ? kopkraker.options : [];
  // Redacteuren and analisten may download the national results without having voted: inside the stemoverzicht
  // once it shows, until then in a section of its own.
  const exportControl = hasRole(session.user, "redacteur") || hasRole(session.user, "analist") ? createExportControl(kopkraker.id) : null;
  const overview = createStemoverzicht({
    caseId: kopkraker.id,
    options,
    tenantName: session.tenant.name,
    profileHint: profile !== null && !hasProfile(profile),
    extra: exportControl,
  });
  signal.addEventListener("abort", () => overview.stop());
  const overviewSlot = h("div", { class: "kk-overview-slot" });
  const exportSection = exportControl
    ? h("section", { class: "kk-export-section", "aria-labelledby": "uitslag-titel" }, heading(2, "Uitslag", { id: "uitslag-titel" }), exportControl)
    : null;
  // "Waarom koos je dit?" and "Een andere aanpak?" come with the stemoverzicht: only after voting, so that
  // colleagues' reasons do not steer one's own choice either.
  const reacties = createReacties({ caseId: kopkraker.id, options });
  const derdeOpties = createDerdeOpties({ caseId: kopkraker.id });
  const showOverview = () => {
    if (overview.element.isConnected) return;
    exportSection?.remove();
    if (exportControl) overview.element.append(exportControl);
    overviewSlot.append(overview.element, reacties.element, derdeOpties.element);
    reacties.start();
    derdeOpties.start();
  };
  const optionViews = options.map((option) => optionView(option, (optionId, view) => choose(optionId, view)));
  let busy = false;

  async function choose(optionId, view) {
    if (busy) return;
    busy = true;
    view.clearError();
    setButtonBusy(view.button, true, "Je keuze wordt opgeslagen…");
    try {
      vote = await api.vote(kopkraker.id, optionId);
    } catch (error) {
      view.showError(error);
      return;
    } finally {
      busy = false;
      setButtonBusy(view.button, false);
    }
    if (signal.aborted) return;
    showChoice();
    const changed = overview.element.isConnected;
    showOverview();
    // After a change of vote my own reactions say "koos" the new option: read the list again.
    if (changed) reacties.refresh();
    overview.show({ optionId: vote.optionId ?? optionId, justVoted: true });
    overview.focus();
  }

  const changedNotice = h("div", { class: "kk-messages" });
  function showChoice() {
    for (const view of optionViews) view.setChosen(vote?.optionId === view.optionId, Boolean(vote));
    replaceChildren(changedNotice, changedAfterVote(kopkraker, vote)
      ? alertBox("info", "Deze Kopkraker is aangepast nadat je koos.", [], { "data-testid": "aangepast-na-keuze", role: "status" })
      : null);
  }

  renderPage({
    title: `Kopkraker ${kopkraker.number ?? ""}: ${kopkraker.title}`.replace(" :", ":"),
    focus,
    content: [
      backLink(),
      caseView(kopkraker, {
        notices: changedNotice,
        beforeOptions: voteError ? errorAlert(voteError) : null,
        optionFooter: (option) => optionViews.find((view) => view.optionId === option.id)?.footer,
      }),
      overviewSlot,
    ],
  });

  showChoice();
  if (vote) {
    showOverview();
    overview.show({ optionId: vote.optionId, justVoted: false });
  } else if (exportSection) {
    overviewSlot.append(exportSection);
  }
}

/** True when I voted on an older version of the case than the one shown. */
export function changedAfterVote(kopkraker, vote) {
  const voted = Number(vote?.caseVersion);
  const current = Number(kopkraker?.version);
  return Number.isFinite(voted) && Number.isFinite(current) && voted < current;
}

/**
 * The case card as professionals see it: its number and title (the h1), theme and date, the case, and the two
 * options. The Kopkraker page adds the choice to each option (`optionFooter`); the editor's preview uses the
 * same function, so what an editor previews is what professionals get.
 */
export function caseView(kopkraker, { notices = null, beforeOptions = null, optionFooter = () => null } = {}) {
  const published = formatDate(kopkraker.publishedAt);
  const options = Array.isArray(kopkraker.options) ? kopkraker.options : [];
  return [
    h("p", { class: "kk-pre-heading" }, `Kopkraker ${kopkraker.number ?? ""}`.trim()),
    heading(1, kopkraker.title, { "data-testid": "kopkraker-titel" }),
    h(
      "p",
      { class: "nl-paragraph kk-meta" },
      kopkraker.theme ? h("span", { class: "nl-data-badge" }, kopkraker.theme) : null,
      published ? h("span", {}, `Verschenen op ${published}`) : null,
    ),
    notices,
    caseSection(kopkraker),
    h(
      "section",
      { class: "kk-choose", "aria-labelledby": "wat-zou-jij-doen" },
      heading(2, "Wat zou jij doen?", { id: "wat-zou-jij-doen" }),
      paragraph("Lees beide aanpakken. Kies daarna de aanpak die jij zou gebruiken. Na je keuze zie je wat collega's kozen."),
      beforeOptions,
      h("div", { class: "kk-options" }, options.map((option) => optionCard(option, optionFooter(option)))),
    ),
  ];
}

function caseSection(kopkraker) {
  return h(
    "section",
    { class: "kk-case", "aria-labelledby": "de-casus" },
    heading(2, "De casus", { id: "de-casus" }),
    h(
      "dl",
      { class: "utrecht-data-list kk-profile", "data-testid": "profiel" },
      sortedProfile(kopkraker.profile).map((entry) =>
        h(
          "div",
          { class: "utrecht-data-list__item", "data-field": entry.field },
          h("dt", { class: "utrecht-data-list__item-key" }, entry.label),
          h("dd", { class: "utrecht-data-list__item-value utrecht-data-list__item-value--html-dd" }, entry.value),
        ),
      ),
    ),
    heading(3, "Huidige situatie", { id: "huidige-situatie" }),
    paragraphs(kopkraker.background),
    h(
      "div",
      { class: "kk-dilemma", "data-testid": "dilemma" },
      h("p", { class: "kk-dilemma__label" }, "Het dilemma"),
      h("p", { class: "kk-dilemma__question" }, h("strong", {}, kopkraker.dilemma)),
    ),
  );
}

/** One option: its title, summary, the four fixed sections and the "Deze werkwijze toepassen?" link (to the Keuzehulp when it names ways of working). */
function optionCard(option, footer) {
  const titleId = `aanpak-${option.id}-titel`;
  const href = applyHref(option);
  return h(
    "article",
    { class: "kk-option", id: `aanpak-${option.id}`, "data-testid": `aanpak-${option.id}`, "aria-labelledby": titleId },
    heading(3, `Aanpak ${option.id}: ${option.title}`, { id: titleId, class: "kk-option__title" }),
    paragraph(option.summary, { class: "nl-paragraph--lead kk-option__summary" }),
    OPTION_SECTIONS.map(([key, title]) => [heading(4, title), paragraphs(option[key])]),
    href
      ? paragraph(
          link(href, ["Deze werkwijze toepassen?", h("span", { class: "kk-visually-hidden" }, ` (aanpak ${option.id})`)], {
            "data-testid": `toepassen-${option.id}`,
          }),
        )
      : null,
    footer,
  );
}

/** The choice part of an option on the Kopkraker page: "Kies deze aanpak", or "Jij koos deze aanpak". */
function optionView(option, onChoose) {
  const titleId = `aanpak-${option.id}-titel`;
  const chosenMarker = h("p", { class: "kk-chosen", "data-testid": `gekozen-${option.id}`, hidden: true },
    h("span", { "aria-hidden": "true" }, "✓ "),
    "Jij koos deze aanpak",
  );
  const choiceButton = button("Kies deze aanpak", {
    id: `kies-${option.id}`,
    "data-testid": `kies-${option.id}`,
    "aria-describedby": titleId,
    class: "kk-choose-button",
  });
  const errorSlot = h("div", { class: "kk-messages" });
  const footer = h("div", { class: "kk-option__choice" }, chosenMarker, choiceButton, errorSlot);
  choiceButton.addEventListener("click", () => onChoose(option.id, view));

  const view = {
    optionId: option.id,
    footer,
    button: choiceButton,
    setChosen(chosen) {
      footer.closest(".kk-option")?.classList.toggle("kk-option--chosen", chosen);
      chosenMarker.hidden = !chosen;
      // You cannot choose what you already chose; the other option's button changes the vote.
      choiceButton.hidden = chosen;
    },
    showError(error) {
      replaceChildren(errorSlot, errorAlert(error));
    },
    clearError() {
      replaceChildren(errorSlot);
    },
  };
  return view;
}
