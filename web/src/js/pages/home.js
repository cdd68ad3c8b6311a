// Home: the current (newest) Kopkraker up front, whether I chose yet, when the next one comes out, and the
// archive of the others with filters and a search that live in the hash ("#/?thema=…&zoek=…"), so a search
// can be shared.
import { api } from "../api.js";
import { createArchiveFilters } from "../components/archive-filters.js";
import { button, h, heading, link, paragraph, replaceChildren } from "../dom.js";
import { formatDate } from "../format.js";
import { errorAlert, renderPage } from "../layout.js";
import { mayVote } from "../roles.js";
import { hasFilters, homeHref, kopkrakerHref } from "../routes.js";

export async function homePage({ filters = {}, focus, session, signal }) {
  const body = h("div", { class: "kk-stack", "aria-busy": "true" }, paragraph("Kopkrakers laden…"));
  renderPage({
    title: "Kopkrakers",
    focus,
    content: [
      heading(1, "Kopkrakers"),
      paragraph("Lees wat er speelt en kies wat jij zou doen. Daarna zie je wat collega's kozen.", {
        class: "nl-paragraph--lead",
      }),
      body,
    ],
  });

  let all;
  let votes;
  let found;
  try {
    [all, votes, found] = await Promise.all([
      api.kopkrakers({}, { signal }),
      // Without "mijn keuzes" (not a professional, not there yet, or failing) the page shows no choice badges.
      mayVote(session?.user) ? api.myVotes({ signal }).catch(() => null) : null,
      hasFilters(filters) ? api.kopkrakers(filters, { signal }) : null,
    ]);
  } catch (error) {
    if (signal.aborted) return;
    body.removeAttribute("aria-busy");
    replaceChildren(body, errorAlert(error), button("Probeer opnieuw", { onclick: () => homePage({ filters, focus: true, session, signal }) }, "secondary"));
    return;
  }
  if (signal.aborted) return;

  const items = Array.isArray(all?.items) ? all.items : [];
  body.removeAttribute("aria-busy");
  if (items.length === 0) {
    replaceChildren(body, paragraph("Er zijn nog geen Kopkrakers. Kom later terug."));
    return;
  }

  const choices = choicesById(votes);
  const current = items[0];
  const results = h("div", { class: "kk-archive__results" });
  const count = h("p", { class: "nl-paragraph kk-archive__count", role: "status", "data-testid": "aantal-gevonden" });
  let searching = null;

  const showResults = (list, activeFilters) => {
    const searched = hasFilters(activeFilters);
    // Without a search the archive holds the others; a search looks through all of them, the current one too.
    const shown = searched ? list : list.filter((item) => item.id !== current.id);
    count.textContent = searched ? foundText(shown.length) : "";
    replaceChildren(
      results,
      shown.length > 0
        ? h("ul", { class: "kk-case-list", "data-testid": "kopkrakers" }, shown.map((item) => archiveCard(item, choices)))
        : paragraph(searched ? "Probeer een ander woord of minder filters." : "Er zijn nog geen eerdere Kopkrakers."),
    );
  };

  const filterForm = createArchiveFilters({
    options: all.filters ?? {},
    values: filters,
    onChange: async (next) => {
      window.history.replaceState(null, "", homeHref(next));
      searching?.abort();
      searching = new AbortController();
      const stop = () => searching.abort();
      signal.addEventListener("abort", stop, { once: true });
      if (!hasFilters(next)) {
        showResults(items, next);
        return;
      }
      results.setAttribute("aria-busy", "true");
      count.textContent = "Kopkrakers zoeken…";
      try {
        const answer = await api.kopkrakers(next, { signal: searching.signal });
        showResults(Array.isArray(answer?.items) ? answer.items : [], next);
      } catch (error) {
        if (error?.name === "AbortError") return;
        count.textContent = "";
        replaceChildren(results, errorAlert(error));
      } finally {
        results.removeAttribute("aria-busy");
        signal.removeEventListener("abort", stop);
      }
    },
  });

  replaceChildren(
    body,
    currentCard(current, choices),
    all.nextRelease
      ? paragraph(`De volgende Kopkraker verschijnt op ${formatDate(all.nextRelease)}.`, { "data-testid": "volgende-kopkraker", class: "kk-next" })
      : null,
    h(
      "section",
      { class: "kk-archive", "aria-labelledby": "archief-titel" },
      heading(2, "Eerdere Kopkrakers", { id: "archief-titel" }),
      paragraph("Zoek op een woord, of kies een thema, begrip, doelgroep of uitkering."),
      filterForm,
      count,
      results,
    ),
  );
  showResults(found ? (Array.isArray(found.items) ? found.items : []) : items, filters);
}

function foundText(count) {
  if (count === 0) return "Geen Kopkrakers gevonden.";
  return count === 1 ? "1 Kopkraker gevonden." : `${count} Kopkrakers gevonden.`;
}

/** caseId → my vote, from "mijn keuzes"; empty when that is not available. */
function choicesById(votes) {
  const byId = new Map();
  for (const vote of Array.isArray(votes?.items) ? votes.items : []) {
    if (vote?.caseId && !byId.has(vote.caseId)) byId.set(vote.caseId, vote);
  }
  byId.known = Boolean(votes && Array.isArray(votes.items));
  return byId;
}

/**
 * "Je koos aanpak A" / "Je hebt nog niet gekozen"; nothing when we do not know. In the archive only a choice is
 * shown (`onlyChosen`), so the list is not full of "not yet".
 */
function choiceBadge(choices, id, testId, { onlyChosen = false } = {}) {
  if (!choices.known) return null;
  const vote = choices.get(id);
  if (!vote && onlyChosen) return null;
  return h(
    "span",
    { class: `nl-data-badge kk-choice-badge${vote ? " kk-choice-badge--chosen" : ""}`, "data-testid": testId },
    vote ? `Je koos aanpak ${vote.optionId}` : "Je hebt nog niet gekozen",
  );
}

function currentCard(item, choices) {
  const published = formatDate(item.publishedAt);
  const badge = choiceBadge(choices, item.id, "huidige-keuze");
  return h(
    "section",
    { class: "kk-current", "data-testid": "huidige-kopkraker", "aria-labelledby": "huidige-kopkraker-titel" },
    h("p", { class: "kk-pre-heading" }, `Nieuwste Kopkraker${item.number ? ` · nummer ${item.number}` : ""}`),
    heading(2, link(kopkrakerHref(item.id), item.title, { "data-testid": `kopkraker-${item.id}`, class: "kk-current__link" }), {
      id: "huidige-kopkraker-titel",
      class: "kk-current__title",
    }),
    paragraph(item.dilemma, { class: "nl-paragraph--lead kk-current__dilemma" }),
    h(
      "p",
      { class: "nl-paragraph kk-meta" },
      item.theme ? h("span", { class: "nl-data-badge" }, item.theme) : null,
      published ? h("span", {}, `Verschenen op ${published}`) : null,
      badge,
    ),
    paragraph(
      link(kopkrakerHref(item.id), choices.get(item.id) ? "Bekijk wat collega's kozen" : "Lees de casus en kies", {
        class: "kk-current__action",
        "aria-describedby": "huidige-kopkraker-titel",
      }),
    ),
  );
}

function archiveCard(item, choices) {
  const published = formatDate(item.publishedAt);
  return h(
    "li",
    { class: "kk-case-card" },
    h(
      "article",
      { "aria-labelledby": `kopkraker-titel-${item.id}` },
      h("p", { class: "kk-pre-heading" }, `Kopkraker ${item.number ?? ""}`.trim()),
      heading(
        3,
        link(kopkrakerHref(item.id), item.title, { "data-testid": `kopkraker-${item.id}`, class: "kk-case-card__link" }),
        { id: `kopkraker-titel-${item.id}`, class: "kk-case-card__title" },
      ),
      paragraph(item.dilemma, { class: "kk-case-card__dilemma" }),
      h(
        "p",
        { class: "nl-paragraph kk-meta" },
        item.theme ? h("span", { class: "nl-data-badge" }, item.theme) : null,
        published ? h("span", {}, `Verschenen op ${published}`) : null,
        choiceBadge(choices, item.id, `keuze-${item.id}`, { onlyChosen: true }),
      ),
    ),
  );
}
