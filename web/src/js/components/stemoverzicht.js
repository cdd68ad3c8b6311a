// The stemoverzicht: what colleagues chose, in my organisation and nationwide. Shown only after I
// voted. The overview is an eventually-consistent projection, so right after a vote it is fetched
// again until it counts my vote, and then refreshed every few seconds while the page is open.
import { api } from "../api.js";
import { barWidth, formatPercentage, formatVotes } from "../format.js";
import { h, heading, paragraph, replaceChildren } from "../dom.js";
import { errorAlert } from "../layout.js";
import { ApiError } from "../problems.js";

const REFRESH_MS = 5000;
const CATCH_UP_MS = 700;
const CATCH_UP_TRIES = 15;
// Right after a vote the projection may already count other votes but not yet mine (a first vote
// has no earlier overview to compare with), so the first refreshes come sooner.
const SOON_MS = 1500;
const SOON_REFRESHES = 3;

const organisationCount = (overview, optionId) =>
  overview?.organisation?.options?.find((entry) => entry.optionId === optionId)?.count ?? 0;

/**
 * True when my organisation's numbers include at least one vote for the option I chose. After a
 * change of vote, the count for the new option must also have gone up since the last overview shown.
 */
export function includesMyVote(overview, optionId, previous = null) {
  const count = organisationCount(overview, optionId);
  if (count < 1) return false;
  return previous ? count > organisationCount(previous, optionId) : true;
}

export function createStemoverzicht({ caseId, options, tenantName }) {
  const status = h("p", { class: "nl-paragraph kk-status", role: "status" });
  const choice = paragraph("", { "data-testid": "mijn-keuze", class: "kk-my-choice" });
  const problem = h("div", { class: "kk-messages" });
  const groups = h("div", { class: "kk-result-groups", "aria-busy": "true" }, paragraph("De uitslag wordt geladen…"));
  const title = heading(2, "Wat kozen collega's?", { id: "stemoverzicht-titel", tabindex: "-1" });
  const element = h(
    "section",
    { class: "kk-stemoverzicht", id: "stemoverzicht", "data-testid": "stemoverzicht", "aria-labelledby": "stemoverzicht-titel" },
    title,
    choice,
    paragraph("Je kunt je keuze altijd veranderen. Kies dan bij de andere aanpak voor 'Kies deze aanpak'.", { class: "kk-hint" }),
    status,
    problem,
    groups,
  );

  let myOptionId = null;
  let timer = null;
  let controller = null;
  let run = 0;
  let stopped = false;
  let savedMessage = "";
  let lastShown = null;
  let baseline = null;
  let soonLeft = 0;

  // Only touch the live region when its text really changes, so refreshes are not read out again.
  const setStatus = (text) => {
    if (status.textContent !== text) status.textContent = text;
  };

  const optionLabel = (optionId) => {
    const option = options.find((entry) => entry.id === optionId);
    return option ? `Aanpak ${option.id}: ${option.title}` : `Aanpak ${optionId}`;
  };

  async function fetchOnce() {
    controller?.abort();
    controller = new AbortController();
    return api.stemoverzicht(caseId, { signal: controller.signal });
  }

  function schedule(task, delay) {
    clearTimeout(timer);
    timer = setTimeout(task, delay);
  }

  async function refresh(currentRun, { catchUpLeft = 0 } = {}) {
    if (stopped || currentRun !== run) return;
    if (document.hidden && catchUpLeft === 0) {
      schedule(() => refresh(currentRun), REFRESH_MS);
      return;
    }
    let overview;
    try {
      overview = await fetchOnce();
    } catch (error) {
      if (error?.name === "AbortError" || stopped || currentRun !== run) return;
      replaceChildren(problem, errorAlert(error, { role: "status" }));
      // 401 already sent the user to sign-in; 403 means no vote is known: retrying will not help.
      if (error instanceof ApiError && (error.status === 401 || error.status === 403)) return;
      schedule(() => refresh(currentRun, { catchUpLeft: Math.max(0, catchUpLeft - 1) }), catchUpLeft > 0 ? CATCH_UP_MS : REFRESH_MS);
      return;
    }
    if (stopped || currentRun !== run) return;
    replaceChildren(problem);

    const counted = includesMyVote(overview, myOptionId, baseline);
    if (!counted && catchUpLeft > 0) {
      schedule(() => refresh(currentRun, { catchUpLeft: catchUpLeft - 1 }), CATCH_UP_MS);
      return;
    }
    renderOverview(overview);
    lastShown = overview;
    baseline = null;
    setStatus(counted ? savedMessage : "Jouw stem is misschien nog niet meegeteld. De uitslag wordt vanzelf bijgewerkt.");
    const soon = soonLeft > 0;
    soonLeft = Math.max(0, soonLeft - 1);
    schedule(() => refresh(currentRun), soon ? SOON_MS : REFRESH_MS);
  }

  function renderOverview(overview) {
    groups.removeAttribute("aria-busy");
    const organisation = overview?.organisation;
    replaceChildren(
      groups,
      resultGroup({
        key: "organisatie",
        title: `Mijn organisatie: ${organisation?.name ?? tenantName}`,
        group: organisation,
      }),
      resultGroup({ key: "landelijk", title: "Landelijk", group: overview?.nationwide }),
    );
  }

  function resultGroup({ key, title, group }) {
    const entries = options.map((option) => {
      const found = group?.options?.find((entry) => entry.optionId === option.id);
      return { optionId: option.id, count: found?.count ?? 0, percentage: found?.percentage ?? 0 };
    });
    // Options the overview knows but the case does not (should not happen) are still shown.
    for (const extra of group?.options ?? []) {
      if (!entries.some((entry) => entry.optionId === extra.optionId)) entries.push(extra);
    }
    const total = group?.total ?? 0;
    return h(
      "div",
      { class: "kk-result-group", "data-testid": key },
      heading(3, title),
      group
        ? paragraph(`In totaal ${formatVotes(total)}.`, { "data-testid": `${key}-totaal`, class: "kk-total" })
        : paragraph("Er zijn nog te weinig stemmen om dit te laten zien.", { "data-testid": `${key}-totaal` }),
      group
        ? h(
            "ul",
            { class: "kk-results" },
            entries.map((entry) => resultRow(key, entry)),
          )
        : null,
    );
  }

  function resultRow(key, { optionId, count, percentage }) {
    const fill = h("span", { class: "kk-bar__fill" });
    fill.style.inlineSize = barWidth(percentage);
    const mine = optionId === myOptionId;
    return h(
      "li",
      { class: `kk-result${mine ? " kk-result--mine" : ""}` },
      h("span", { class: "kk-result__label" }, optionLabel(optionId), mine ? h("span", { class: "kk-result__mine" }, " (jouw keuze)") : null),
      h(
        "span",
        { class: "kk-result__value" },
        h("strong", { "data-testid": `${key}-${optionId}-percentage`, "data-value": String(percentage) }, formatPercentage(percentage)),
        " ",
        h("span", { "data-testid": `${key}-${optionId}-aantal`, "data-value": String(count) }, `(${formatVotes(count)})`),
      ),
      // The bar repeats the percentage that is already written out, so screen readers skip it.
      h("span", { class: "kk-bar", "aria-hidden": "true" }, fill),
    );
  }

  return {
    element,
    /** Shows (or updates) the overview for my vote; `justVoted` waits until the projection counts it. */
    show({ optionId, justVoted }) {
      stopped = false;
      // After a change of vote, wait until the new option has gained a vote compared with what was shown.
      baseline = justVoted && lastShown && optionId !== myOptionId ? lastShown : null;
      myOptionId = optionId;
      soonLeft = justVoted ? SOON_REFRESHES : 0;
      replaceChildren(choice, "Jij koos: ", h("strong", {}, optionLabel(optionId)), ".");
      savedMessage = justVoted ? "Je keuze is opgeslagen." : "";
      setStatus(justVoted ? "Je keuze is opgeslagen. De uitslag wordt bijgewerkt…" : "");
      run += 1;
      refresh(run, { catchUpLeft: justVoted ? CATCH_UP_TRIES : 0 });
    },
    focus() {
      title.focus();
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      controller?.abort();
    },
  };
}
