// The stemoverzicht: what colleagues chose, in my organisation, nationwide and per group (kind of organisation,
// function, years in the field). Shown only after I voted. It stays live over server-sent events: the first
// snapshot comes at once on connect, every change after that as it happens. Groups too small to show safely come
// as "suppressed" and are explained in words.
import { api } from "../api.js";
import { barWidth, formatPercentage, formatVotes } from "../format.js";
import { h, heading, link, paragraph, replaceChildren } from "../dom.js";
import { createThrottledAnnouncer, startEventStream } from "../live.js";
import { errorAlert } from "../layout.js";
import { PROFIEL_HREF } from "../routes.js";
import {
  breakdownModels,
  breakdownSuppressionNote,
  idPart,
  mayMissMyVote,
  minimumGroupSizeOf,
  partModel,
  suppressionMessage,
  updateAnnouncement,
  visibleSignature,
} from "../stemoverzicht-model.js";

const LIVE_TEXT = {
  live: "De uitslag wordt vanzelf bijgewerkt.",
  reconnecting: "Even geen verbinding. We proberen het steeds opnieuw.",
  stopped: "De uitslag wordt niet meer vanzelf bijgewerkt.",
};
const timeFormat = new Intl.DateTimeFormat("nl-NL", { hour: "2-digit", minute: "2-digit", second: "2-digit" });

/**
 * `profileHint`: show the link to "Mijn profiel" (the voter has none, so counts as "onbekend"). `extra`: an
 * element shown at the end (the CSV download for redacteuren and analisten).
 */
export function createStemoverzicht({ caseId, options, tenantName, profileHint = false, extra = null }) {
  const status = h("p", { class: "nl-paragraph kk-status", role: "status" });
  const liveStatus = h("span", { "data-testid": "live-status", role: "status" });
  const updatedAt = h("span", { class: "kk-live__time", "data-testid": "live-bijgewerkt" });
  const announcement = h("p", { class: "kk-visually-hidden", "aria-live": "polite", "data-testid": "live-melding" });
  const choice = paragraph("", { "data-testid": "mijn-keuze", class: "kk-my-choice" });
  const problem = h("div", { class: "kk-messages" });
  const groups = h("div", { class: "kk-result-groups", "aria-busy": "true" }, paragraph("De uitslag wordt geladen…"));
  const breakdownBody = h("div", { class: "kk-breakdowns" });
  const breakdownSection = h(
    "section",
    { class: "kk-breakdown-section", "aria-labelledby": "per-groep-titel", hidden: true },
    heading(3, "Per groep, in het hele land", { id: "per-groep-titel" }),
    paragraph("Hoe kozen collega's per soort organisatie, per functie en per aantal jaren in het vak?"),
    profileHint
      ? paragraph(
          [
            "Je hebt je functie en jaren in het vak niet ingevuld. Daarom tel je hier mee als 'onbekend'. Vul ze in bij ",
            link(PROFIEL_HREF, "Mijn profiel"),
            ". Dat telt voor de keuzes die je daarna maakt.",
          ],
          { class: "kk-hint", "data-testid": "profiel-hint" },
        )
      : null,
    breakdownBody,
  );
  const title = heading(2, "Wat kozen collega's?", { id: "stemoverzicht-titel", tabindex: "-1" });
  const element = h(
    "section",
    { class: "kk-stemoverzicht", id: "stemoverzicht", "data-testid": "stemoverzicht", "aria-labelledby": "stemoverzicht-titel" },
    title,
    choice,
    paragraph("Je kunt je keuze altijd veranderen. Kies dan bij de andere aanpak voor 'Kies deze aanpak'.", { class: "kk-hint" }),
    status,
    h("p", { class: "nl-paragraph kk-live" }, liveStatus, " ", updatedAt),
    announcement,
    problem,
    groups,
    breakdownSection,
    extra,
  );

  const announcer = createThrottledAnnouncer({
    write: (text) => {
      announcement.textContent = text;
    },
  });

  let myOptionId = null;
  let savedMessage = "";
  let lastShown = null;
  let lastSignature = null;
  let baseline = null;
  let stream = null;
  let lastEventId = null;
  let stopped = true;
  let stoppedForGood = false;
  let everLive = false;

  // Only touch a live region when its text really changes, so nothing is read out twice.
  const setText = (target, text) => {
    if (target.textContent !== text) target.textContent = text;
  };

  const optionLabel = (optionId) => {
    const option = options.find((entry) => entry.id === optionId);
    return option ? `Aanpak ${option.id}: ${option.title}` : `Aanpak ${optionId}`;
  };

  function showVoteStatus() {
    if (!lastShown) return;
    const missing = mayMissMyVote(lastShown, myOptionId, baseline);
    if (!missing) baseline = null;
    setText(status, missing ? "Jouw stem wordt zo meegeteld. De uitslag wordt vanzelf bijgewerkt." : savedMessage);
  }

  function onSnapshot(overview) {
    replaceChildren(problem);
    const signature = visibleSignature(overview, options);
    if (signature !== lastSignature) {
      // The first snapshot is not announced: "Je keuze is opgeslagen" or the page itself says enough.
      if (lastSignature !== null) announcer.announce(updateAnnouncement(overview, options));
      lastSignature = signature;
      render(overview);
    }
    lastShown = overview;
    setText(updatedAt, `Bijgewerkt om ${timeFormat.format(new Date())}.`);
    showVoteStatus();
  }

  function onState(state, error, failures = 0) {
    if (state === "live") {
      everLive = true;
      setText(liveStatus, LIVE_TEXT.live);
    } else if (state === "reconnecting") {
      // One dropped connection that comes straight back is not worth a message; two in a row are.
      if (failures >= 2 || !everLive) setText(liveStatus, LIVE_TEXT.reconnecting);
      if (!lastShown) replaceChildren(problem, errorAlert(error, { role: "status" }));
    } else if (state === "stopped") {
      stoppedForGood = true;
      stream = null;
      setText(liveStatus, LIVE_TEXT.stopped);
      replaceChildren(problem, errorAlert(error, { role: "status" }));
    }
  }

  function connect() {
    if (stream || stopped || stoppedForGood) return;
    stream = startEventStream({
      lastEventId,
      connect: ({ lastEventId: id, signal }) => api.stemoverzichtLive(caseId, { lastEventId: id, signal }),
      onEvent: (event) => {
        if (event.type !== "stemoverzicht" || stopped) return;
        let overview;
        try {
          overview = JSON.parse(event.data);
        } catch {
          return;
        }
        onSnapshot(overview);
      },
      onState,
    });
  }

  function disconnect() {
    if (!stream) return;
    lastEventId = stream.lastEventId;
    stream.stop();
    stream = null;
  }

  // A tab in the background holds no connection; coming back, Last-Event-ID brings only what changed meanwhile.
  const onVisibility = () => {
    if (document.hidden) disconnect();
    else connect();
  };

  function render(overview) {
    groups.removeAttribute("aria-busy");
    const organisation = overview?.organisation;
    const k = minimumGroupSizeOf(overview);
    replaceChildren(
      groups,
      resultGroup({ key: "organisatie", title: `Mijn organisatie: ${organisation?.name ?? tenantName}`, model: partModel(organisation, options), k }),
      resultGroup({ key: "landelijk", title: "Landelijk", model: partModel(overview?.nationwide, options), k }),
    );
    const breakdowns = breakdownModels(overview, options);
    breakdownSection.hidden = breakdowns.length === 0;
    replaceChildren(breakdownBody, breakdowns.map((breakdown) => breakdownTable(breakdown, k)));
  }

  function resultGroup({ key, title, model, k }) {
    let body;
    if (!model) body = paragraph("Er zijn nog te weinig stemmen om dit te laten zien.", { "data-testid": `${key}-totaal` });
    else if (model.suppressed) body = paragraph(suppressionMessage(k), { "data-testid": `onderdrukt-${key}`, class: "kk-suppressed" });
    else
      body = [
        paragraph(`In totaal ${formatVotes(model.total)}.`, { "data-testid": `${key}-totaal`, "data-value": String(model.total), class: "kk-total" }),
        h("ul", { class: "kk-results" }, model.entries.map((entry) => resultRow(key, entry))),
      ];
    return h("div", { class: "kk-result-group", "data-testid": key }, heading(3, title), body);
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

  /** One table per dimension: a row per group, a column per option; a suppressed group says so in its row. */
  function breakdownTable(breakdown, k) {
    const base = `breakdown-${breakdown.dimension}`;
    const headerCell = (text, numeric = false) =>
      h("th", { class: `utrecht-table__header-cell${numeric ? " utrecht-table__header-cell--numeric-column" : ""}`, scope: "col" }, text);
    const row = (group) => {
      const testId = `${base}-${group.group}`;
      const groupCell = h(
        "th",
        // A row header, styled as a cell so the row's line runs under it too.
        { class: "utrecht-table__cell kk-breakdown__group", scope: "row" },
        group.label,
        group.suppressed
          ? null
          : h("span", { class: "kk-breakdown__total", "data-testid": `${testId}-totaal`, "data-value": String(group.total) }, formatVotes(group.total)),
      );
      const cells = group.suppressed
        ? h(
            "td",
            { class: "utrecht-table__cell kk-breakdown__suppressed", colspan: String(options.length || 1), "data-testid": `onderdrukt-${breakdown.dimension}-${group.group}` },
            "Niet getoond: te weinig stemmen",
          )
        : group.entries.map((entry) =>
            h(
              "td",
              { class: "utrecht-table__cell utrecht-table__cell--numeric-data" },
              h("strong", { "data-testid": `${testId}-${entry.optionId}-percentage`, "data-value": String(entry.percentage) }, formatPercentage(entry.percentage)),
              h("span", { class: "kk-breakdown__count", "data-testid": `${testId}-${entry.optionId}-aantal`, "data-value": String(entry.count) }, formatVotes(entry.count)),
            ),
          );
      return h("tr", { class: "utrecht-table__row" }, groupCell, cells);
    };
    return h(
      "div",
      { class: "kk-breakdown", "data-testid": base, id: `breakdown-${idPart(breakdown.dimension)}` },
      breakdown.groups.length === 0
        ? [heading(4, breakdown.label), paragraph("Nog geen stemmen.")]
        : h(
            "table",
            { class: "utrecht-table utrecht-table--html-table kk-breakdown__table" },
            h("caption", { class: "utrecht-table__caption" }, breakdown.label),
            h(
              "thead",
              { class: "utrecht-table__header" },
              h("tr", { class: "utrecht-table__row" }, headerCell("Groep"), options.map((option) => headerCell(`Aanpak ${option.id}`, true))),
            ),
            h("tbody", { class: "utrecht-table__body" }, breakdown.groups.map(row)),
          ),
      breakdown.suppressedCount > 0
        ? paragraph(breakdownSuppressionNote(k, breakdown.suppressedCount), {
            class: "kk-hint kk-suppressed",
            "data-testid": `onderdrukt-${breakdown.dimension}`,
          })
        : null,
    );
  }

  return {
    element,
    /** Shows the overview for my vote and keeps it live; `justVoted` also says the vote was saved. */
    show({ optionId, justVoted }) {
      // After a change of vote, say so until the new option has gained a vote compared with what was shown.
      baseline = justVoted && lastShown && optionId !== myOptionId ? lastShown : null;
      myOptionId = optionId;
      replaceChildren(choice, "Jij koos: ", h("strong", {}, optionLabel(optionId)), ".");
      savedMessage = justVoted ? "Je keuze is opgeslagen." : "";
      setText(status, justVoted ? "Je keuze is opgeslagen. De uitslag wordt bijgewerkt…" : "");
      // A vote is what the stream needed (403 means "not voted"), so after one it may try again.
      if (justVoted) stoppedForGood = false;
      if (lastShown) {
        // "jouw keuze" moves to the other option at once; the numbers follow with the next event.
        render(lastShown);
        if (!justVoted) showVoteStatus();
      }
      if (stopped) {
        stopped = false;
        document.addEventListener("visibilitychange", onVisibility);
      }
      if (!document.hidden) connect();
    },
    focus() {
      title.focus();
    },
    stop() {
      stopped = true;
      document.removeEventListener("visibilitychange", onVisibility);
      disconnect();
      announcer.cancel();
    },
  };
}
